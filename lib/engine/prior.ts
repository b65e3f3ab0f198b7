// The part of a phrase's rank that does not depend on the query: how many documents use
// it, how often the writer took it, favorites. Used to choose among thousands of phrases
// that share a short opening, before the query-dependent ranking sees them.
import type { IndexEntry } from './types';

export function priorScore(entry: IndexEntry): number {
  return Math.log2(1 + entry.docCount) * 2 + Math.log2(1 + (entry.useCount ?? 0)) * 3 + (entry.favorite ? 6 : 0);
}

/** The `limit` refs with the highest prior, best first (ties: shorter text first). */
export function topByPrior(refs: ArrayLike<number>, entries: readonly IndexEntry[], limit: number): Int32Array {
  const list = Array.from(refs);
  list.sort((a, b) => priorScore(entries[b]!) - priorScore(entries[a]!) || entries[a]!.text.length - entries[b]!.text.length);
  return Int32Array.from(list.slice(0, limit));
}
