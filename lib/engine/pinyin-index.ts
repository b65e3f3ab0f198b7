// Pinyin search: 「sgys」 or 「sigeyishi」 finds 「四个意识…」 (readings: pinyin-readings.ts).
// The index is built on the first pinyin query, so waking the service worker never pays
// for it.
import { PinyinReadings } from '../text/pinyin-readings';
import { PrefixTable } from './prefix-table';
import type { IndexEntry } from './types';
import type { CandidateBuffer } from './candidates';
import type { CollectLimits } from './start-index';

const PINYIN_MODE = 2;

/** Characters of each phrase's opening that are indexed. */
const INDEXED_CHARS = 12;

export class PinyinIndex {
  private readonly initials: PrefixTable;
  private readonly full: PrefixTable;

  constructor(entries: readonly IndexEntry[]) {
    const readings = new PinyinReadings();
    const initials: string[] = [];
    const full: string[] = [];
    const refs: number[] = [];
    entries.forEach((entry, ref) => {
      const keys = readings.keysOf(entry.text, INDEXED_CHARS);
      if (!keys.full) return;
      initials.push(keys.initials);
      full.push(keys.full);
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
