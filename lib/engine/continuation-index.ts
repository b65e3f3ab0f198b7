// Continuation matching: the end of what the writer typed equals the start of a phrase.
// Phrase starts are kept in one array sorted by their canonical form, so every suffix of
// the typed text is one binary search away: no per-keystroke work grows with the bank.
import { matchNormalize } from '../text/match-normalize';
import type { IndexEntry } from './types';

/** Overlaps shorter than this match far too much to be a suggestion. */
export const MIN_OVERLAP = 2;
/** Typed suffixes longer than this are not tried: no standard phrase opening is that long. */
export const MAX_OVERLAP = 32;

export type ContinuationHit = { entry: IndexEntry; overlap: number };

export class ContinuationIndex {
  private readonly keys: string[];
  private readonly entries: IndexEntry[];

  constructor(entries: readonly IndexEntry[]) {
    const keyed = entries.map((entry) => ({ entry, key: matchNormalize(entry.text) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.keys = keyed.map((k) => k.key);
    this.entries = keyed.map((k) => k.entry);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Entries whose start equals a suffix of `before`, longest overlap first. At most
   * `perOverlap` entries are taken for each overlap length, so a two-character overlap that
   * opens thousands of phrases costs no more than a long one.
   */
  lookup(before: string, perOverlap: number, maxHits: number): ContinuationHit[] {
    const tail = matchNormalize(before.slice(-MAX_OVERLAP));
    const hits: ContinuationHit[] = [];
    const seen = new Set<string>();
    for (let overlap = tail.length; overlap >= MIN_OVERLAP && hits.length < maxHits; overlap--) {
      const prefix = tail.slice(tail.length - overlap);
      let taken = 0;
      for (let i = this.lowerBound(prefix); i < this.keys.length && taken < perOverlap; i++) {
        const key = this.keys[i]!;
        if (!key.startsWith(prefix)) break;
        // Nothing left to insert: the writer has already typed the whole phrase.
        if (key.length <= overlap) continue;
        const entry = this.entries[i]!;
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        hits.push({ entry, overlap });
        taken++;
      }
    }
    return hits;
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
