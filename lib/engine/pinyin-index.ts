// Pinyin search: 「sgys」 or 「sigeyishi」 finds 「四个意识…」. Readings come from pinyin-pro one
// character at a time (each distinct character once), because converting whole phrases
// costs about 0.1 ms each: 10 s for a 100,000-phrase bank. The index is built on the first
// pinyin query, so waking the service worker never pays for it.
import { pinyin } from 'pinyin-pro';
import { PrefixTable } from './prefix-table';
import type { IndexEntry } from './types';
import type { CandidateBuffer } from './candidates';
import type { CollectLimits } from './start-index';

const PINYIN_MODE = 2;

/** Characters of each phrase's opening that are indexed. */
const INDEXED_CHARS = 12;
const HAN = /[\u3400-\u9fff]/;

export class PinyinIndex {
  private readonly initials: PrefixTable;
  private readonly full: PrefixTable;

  constructor(entries: readonly IndexEntry[]) {
    const reading = new Map<string, string>();
    const readingOf = (ch: string): string => {
      let r = reading.get(ch);
      if (r === undefined) {
        // The most common reading; a polyphonic character (重, 长, 行) gets only that one.
        r = HAN.test(ch) ? (pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? '') : '';
        reading.set(ch, r);
      }
      return r;
    };
    const initials: string[] = [];
    const full: string[] = [];
    const refs: number[] = [];
    entries.forEach((entry, ref) => {
      const readings = [...entry.text.slice(0, INDEXED_CHARS)].map(readingOf).filter(Boolean);
      if (readings.length === 0) return;
      initials.push(readings.map((r) => r[0]).join(''));
      full.push(readings.join(''));
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
