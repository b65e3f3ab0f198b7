// Where the words of each phrase end, from the jieba tokens stored with it. A suggestion
// can then also be offered cut after its next word: the words right after the caret are
// far more often the ones the writer means than a whole sentence is, and one Tab on them
// leaves the rest of the phrase to be offered again at once. Kept in two flat typed
// arrays (offsets per entry, ends one after another) so the snapshot stores them as is.
import type { IndexEntry } from './types';

export type PackedWordEnds = { firsts: Uint32Array; ends: Uint16Array };

export class WordEnds {
  /** Entry i's word ends are ends[firsts[i]..firsts[i + 1]), ascending. */
  constructor(readonly packed: PackedWordEnds) {}

  static fromEntries(entries: readonly IndexEntry[]): WordEnds {
    const firsts = new Uint32Array(entries.length + 1);
    const ends: number[] = [];
    entries.forEach((entry, i) => {
      firsts[i] = ends.length;
      // Tokens normally tile the text; searching forward keeps offsets right even for a
      // stored token list that left punctuation out.
      let cursor = 0;
      for (const token of entry.tokens ?? []) {
        const at = entry.text.startsWith(token, cursor) ? cursor : entry.text.indexOf(token, cursor);
        if (at < 0 || at + token.length > 0xffff) continue;
        cursor = at + token.length;
        ends.push(cursor);
      }
    });
    firsts[entries.length] = ends.length;
    return new WordEnds({ firsts, ends: Uint16Array.from(ends) });
  }

  /** The same ends with entries in `order` (entry order[k] becomes entry k). */
  reordered(order: ArrayLike<number>): PackedWordEnds {
    const { firsts, ends } = this.packed;
    const nextFirsts = new Uint32Array(order.length + 1);
    const nextEnds = new Uint16Array(ends.length);
    let at = 0;
    for (let k = 0; k < order.length; k++) {
      const ref = order[k]!;
      nextFirsts[k] = at;
      nextEnds.set(ends.subarray(firsts[ref]!, firsts[ref + 1]!), at);
      at += firsts[ref + 1]! - firsts[ref]!;
    }
    nextFirsts[order.length] = at;
    return { firsts: nextFirsts, ends: nextEnds };
  }

  /** The first word end of entry `ref` at least `min` characters after `from`, or -1. */
  endAfter(ref: number, from: number, min: number): number {
    const { firsts, ends } = this.packed;
    for (let k = firsts[ref]!; k < firsts[ref + 1]!; k++) if (ends[k]! - from >= min) return ends[k]!;
    return -1;
  }
}
