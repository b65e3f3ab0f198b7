// The part of a phrase's rank that does not depend on the query: how many documents use
// it, how often the writer took it, favorites. It chooses among thousands of phrases that
// share a short opening before the query-dependent ranking sees them.
import type { IndexEntry } from './types';

export function priorScore(entry: IndexEntry): number {
  return Math.log2(1 + entry.docCount) * 2 + Math.log2(1 + (entry.useCount ?? 0)) * 3 + (entry.favorite ? 6 : 0);
}

/** Entry indexes from the highest prior to the lowest (ties: shorter text first). */
export function refsByPrior(entries: readonly IndexEntry[], priors: Float64Array): Int32Array {
  const refs = Int32Array.from(entries, (_, i) => i);
  refs.sort((a, b) => priors[b]! - priors[a]! || entries[a]!.text.length - entries[b]!.text.length || a - b);
  return refs;
}
