// The candidates of one query, in preallocated typed arrays reused from query to query: a
// keystroke then allocates almost nothing, so the garbage collector does not pause the
// answer (at 100,000 phrases a collection costs more than the whole lookup).
import type { MatchMode } from './types';

export const MODES: readonly MatchMode[] = ['start', 'inner', 'pinyin', 'pair'];

export class CandidateBuffer {
  readonly refs: Int32Array;
  readonly overlaps: Uint16Array;
  /** Where in the phrase the agreeing text starts (start: 0; pinyin: unused). */
  readonly offsets: Uint16Array;
  readonly modes: Uint8Array;
  readonly scores: Float64Array;
  count = 0;
  /** seenAt[ref] === generation marks a phrase already taken in this query. */
  private readonly seenAt: Uint32Array;
  private generation = 0;
  /** Entries never taken (see hide). */
  private hidden: Int32Array = new Int32Array(0);

  constructor(entryCount: number, readonly capacity: number) {
    this.refs = new Int32Array(capacity);
    this.overlaps = new Uint16Array(capacity);
    this.offsets = new Uint16Array(capacity);
    this.modes = new Uint8Array(capacity);
    this.scores = new Float64Array(capacity);
    this.seenAt = new Uint32Array(entryCount);
  }

  /** Starts a new query. */
  reset(): void {
    this.count = 0;
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.seenAt.fill(0);
      this.generation = 1;
    }
    // Marked as taken already: no matcher adds them.
    for (let i = 0; i < this.hidden.length; i++) this.seenAt[this.hidden[i]!] = this.generation;
  }

  /** From now on these entries are never taken (phrases changed or deleted since the
   * snapshot; see overlaid-engine.ts). */
  hide(refs: readonly number[]): void {
    this.hidden = Int32Array.from(refs.filter((ref) => ref >= 0 && ref < this.seenAt.length));
  }

  get full(): boolean {
    return this.count >= this.capacity;
  }

  has(ref: number): boolean {
    return this.seenAt[ref] === this.generation;
  }

  /** Adds a phrase unless it was taken already or the buffer is full; true if added. A
   * number outside the bank (a damaged snapshot, before isSound() has run) is never added. */
  add(ref: number, overlap: number, offset: number, mode: number): boolean {
    if (this.count >= this.capacity || this.seenAt[ref] === this.generation || !(ref >= 0 && ref < this.seenAt.length)) return false;
    this.seenAt[ref] = this.generation;
    const i = this.count++;
    this.refs[i] = ref;
    this.overlaps[i] = overlap;
    this.offsets[i] = offset;
    this.modes[i] = mode;
    return true;
  }

  /** Indexes of the `k` best-scored candidates, best first. */
  top(k: number): number[] {
    const order: number[] = [];
    for (let i = 0; i < this.count; i++) {
      const score = this.scores[i]!;
      if (order.length === k && score <= this.scores[order[k - 1]!]!) continue;
      let at = order.length < k ? order.length : k - 1;
      while (at > 0 && this.scores[order[at - 1]!]! < score) at--;
      order.splice(at, 0, i);
      if (order.length > k) order.length = k;
    }
    return order;
  }
}
