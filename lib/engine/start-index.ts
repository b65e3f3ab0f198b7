// Continuation from the start of a phrase: the end of what the writer typed equals the
// start of a phrase ("…认真落实一岗" → 「一岗双责」). Every suffix of the typed text is one
// range lookup in a table of phrase starts, longest suffix first.
import { matchNormalize } from '../text/match-normalize';
import { PrefixTable } from './prefix-table';
import type { IndexEntry } from './types';
import { topByPrior } from './prior';

/** Overlaps shorter than this match far too much to be a suggestion. */
export const MIN_OVERLAP = 2;
/** Typed suffixes longer than this are not tried: no phrase opening needs more to be found. */
export const MAX_OVERLAP = 24;
/** Ranges up to this size are scored whole; larger ones through their precomputed best. */
const SCAN_LIMIT = 128;
/** Prefix lengths whose large ranges get a precomputed best list (short prefixes). */
const HOT_PREFIX_LENGTHS = [2, 3, 4];

export type Candidate = { ref: number; overlap: number; offset: number };

export class StartIndex {
  private readonly table: PrefixTable;
  /** For a short prefix opening more than SCAN_LIMIT phrases: those phrases, best prior first. */
  private readonly hot = new Map<string, Int32Array>();

  constructor(private readonly entries: readonly IndexEntry[]) {
    this.table = new PrefixTable(entries.map((entry, ref) => ({ key: matchNormalize(entry.text), ref })));
    this.precomputeHotRanges();
  }

  /** Candidates for the normalized typed tail, longest overlap first, each phrase once. */
  collect(tail: string, into: Candidate[], seen: Set<number>, maxCandidates: number): void {
    for (let overlap = Math.min(tail.length, MAX_OVERLAP); overlap >= MIN_OVERLAP; overlap--) {
      if (into.length >= maxCandidates) return;
      const prefix = tail.slice(tail.length - overlap);
      const [from, to] = this.table.range(prefix);
      if (from === to) continue;
      const refs = to - from > SCAN_LIMIT ? this.hot.get(prefix) ?? this.table.refs.subarray(from, from + SCAN_LIMIT) : this.table.refs.subarray(from, to);
      for (const ref of refs) {
        // Nothing left to insert once the writer has typed the whole phrase.
        if (seen.has(ref) || this.entries[ref]!.text.length <= overlap) continue;
        seen.add(ref);
        into.push({ ref, overlap, offset: 0 });
      }
    }
  }

  private precomputeHotRanges(): void {
    const { keys, refs } = this.table;
    for (const length of HOT_PREFIX_LENGTHS) {
      let start = 0;
      while (start < keys.length) {
        const prefix = keys[start]!.slice(0, length);
        let end = start + 1;
        while (end < keys.length && keys[end]!.startsWith(prefix)) end++;
        if (end - start > SCAN_LIMIT && prefix.length === length) {
          this.hot.set(prefix, topByPrior(refs.subarray(start, end), this.entries, SCAN_LIMIT));
        }
        start = end;
      }
    }
  }
}
