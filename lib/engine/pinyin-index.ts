// Pinyin search: 「sgys」 or 「sigeyishi」 finds 「四个意识…」, by the opening of a phrase's
// pinyin (columns: pinyin-columns.ts). Built on the first pinyin query, or as the
// background warms up after waking, so the wake itself never pays for it.
import type { PinyinColumns } from '../text/pinyin-columns';
import { PrefixTable } from './prefix-table';
import type { CandidateBuffer } from './candidates';
import type { CollectLimits } from './start-index';

const PINYIN_MODE = 2;

export class PinyinIndex {
  private readonly initials: PrefixTable;
  private readonly full: PrefixTable;

  constructor(columns: PinyinColumns) {
    const refs: number[] = [];
    const initials: string[] = [];
    const full: string[] = [];
    columns.finish();
    columns.full.forEach((keys, ref) => {
      if (!keys) return;
      initials.push(columns.initials[ref]!);
      full.push(keys);
      refs.push(ref);
    });
    this.initials = new PrefixTable(initials, refs);
    this.full = new PrefixTable(full, refs);
  }

  /** Candidates for typed Latin letters (lower case), initials first, then full pinyin. */
  collect(letters: string, buffer: CandidateBuffer, { maxCandidates }: CollectLimits): void {
    const stop = buffer.count + maxCandidates;
    for (const table of [this.initials, this.full]) {
      const [from, to] = table.range(letters);
      for (let i = from; i < to && buffer.count < stop; i++) buffer.add(table.refs[i]!, letters.length, 0, PINYIN_MODE);
    }
  }
}
