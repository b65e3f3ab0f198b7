// The part of a large bank that answers first after the background wakes (#19). Reading a
// 100,000-phrase engine snapshot back takes about 25 ms, most of a wake; a snapshot of the
// wording the writer is likeliest to want next reads in a tenth of that. The background
// answers from that part while the whole snapshot is read, then swaps the whole in: the
// keystrokes right after a wake get their list at once, the later ones everything.
// Pure: entries in, the chosen entries out, in their bank order.
import type { IndexEntry } from './types';

/** Banks at least this large get a first part; a smaller one reads whole as fast. */
export const FIRST_PART_FROM = 30_000;
/** Entries in the first part (a snapshot of about 2.5 MB). */
export const FIRST_PART_SIZE = 10_000;

/** Banks from `from` entries get a first part of `size` entries (tests pass smaller ones). */
export type FirstPartSizes = { from: number; size: number };
export const FIRST_PART_SIZES: FirstPartSizes = { from: FIRST_PART_FROM, size: FIRST_PART_SIZE };

/**
 * The entries of the first part, or null when the bank is small enough to read whole:
 * what the writer took before or marked a favorite, then the wording the most documents
 * share (what suggestions offer most), the earlier in the bank the sooner at equal counts.
 */
export function firstPartOf(entries: readonly IndexEntry[], taken: ReadonlySet<string>, sizes: FirstPartSizes = FIRST_PART_SIZES): IndexEntry[] | null {
  if (entries.length < sizes.from) return null;
  if (entries.length <= sizes.size) return [...entries];
  const ranks = Float64Array.from(entries, (entry) => (entry.favorite || taken.has(entry.id) ? Number.MAX_VALUE : entry.docCount));
  // The rank the last chosen entry has: all ranked above it are in, then the earliest of
  // those at it. (A typed sort of the ranks: a keystroke may wait on this during a rebuild.)
  const cut = Float64Array.from(ranks).sort()[entries.length - sizes.size]!;
  let above = 0;
  for (const rank of ranks) if (rank > cut) above++;
  let atCut = sizes.size - above;
  return entries.filter((_, at) => ranks[at]! > cut || (ranks[at] === cut && atCut-- > 0));
}
