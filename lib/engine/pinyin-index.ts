// Pinyin search: 「sgys」 or 「sigeyishi」 finds 「四个意识…」. Readings come from pinyin-pro one
// character at a time (each distinct character once), because converting whole phrases
// costs about 0.1 ms each: 10 s for a 100,000-phrase bank. The index is built on the first
// pinyin query, so waking the service worker never pays for it.
import { pinyin } from 'pinyin-pro';
import { PrefixTable } from './prefix-table';
import type { IndexEntry } from './types';
import type { Candidate } from './start-index';

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
    const initials: { key: string; ref: number }[] = [];
    const full: { key: string; ref: number }[] = [];
    entries.forEach((entry, ref) => {
      const readings = [...entry.text.slice(0, INDEXED_CHARS)].map(readingOf).filter(Boolean);
      if (readings.length === 0) return;
      initials.push({ key: readings.map((r) => r[0]).join(''), ref });
      full.push({ key: readings.join(''), ref });
    });
    this.initials = new PrefixTable(initials);
    this.full = new PrefixTable(full);
  }

  /** Candidates for typed Latin letters (lower case), initials first, then full pinyin. */
  collect(letters: string, into: Candidate[], seen: Set<number>, maxCandidates: number): void {
    for (const table of [this.initials, this.full]) {
      const [from, to] = table.range(letters);
      for (let i = from; i < to && into.length < maxCandidates; i++) {
        const ref = table.refs[i]!;
        if (seen.has(ref)) continue;
        seen.add(ref);
        into.push({ ref, overlap: letters.length, offset: -1 });
      }
    }
  }
}
