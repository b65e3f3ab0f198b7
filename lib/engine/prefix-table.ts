// A sorted array of string keys, each pointing at an entry: every key sharing a prefix sits
// in one contiguous range, found with two binary searches. Compact, no per-node objects.
// (The engine's own phrase keys come sorted in its snapshot, as a string column.)
import { lowerBound } from './lower-bound';

export class PrefixTable {
  readonly keys: string[];
  /** Entry index for each key. */
  readonly refs: Int32Array;

  /** `keys[i]` belongs to entry `refs[i]`; they need not be sorted (but are cheaper if so). */
  constructor(keys: readonly string[], refs?: ArrayLike<number>) {
    const order = sortedOrder(keys);
    this.keys = order ? Array.from(order, (i) => keys[i]!) : [...keys];
    const refOf = (i: number) => (refs ? refs[i]! : i);
    this.refs = order ? Int32Array.from(order, refOf) : Int32Array.from(keys, (_, i) => refOf(i));
  }

  get size(): number {
    return this.keys.length;
  }

  /** The half-open range [from, to) of keys starting with `prefix`. */
  range(prefix: string): [number, number] {
    const from = lowerBound(this.keys, prefix);
    if (from === this.keys.length || !this.keys[from]!.startsWith(prefix)) return [from, from];
    // Every key with the prefix sorts before the prefix followed by the highest code unit.
    return [from, this.rangeEnd(prefix, from)];
  }

  /** The end of the run of keys starting with `prefix`, searched from `from` (in that run). */
  rangeEnd(prefix: string, from: number): number {
    return lowerBound(this.keys, prefix + '\uffff', from);
  }

}

/**
 * Per entry (by ref): how many other keys begin with its key, from keys in sorted order
 * (`refs[i]`: the entry of sorted key i). A wording that opens many stored sentences
 * (「坚持负总责、直接抓」 and every 「坚持负总责、直接抓，…」) is standard wording, whatever
 * document counts came with it. One pass: the keys a key opens follow it directly, so a
 * stack of the keys still open does it.
 */
export function extensionCounts(sortedKeys: readonly string[], refs: ArrayLike<number>): Uint32Array {
  const counts = new Uint32Array(sortedKeys.length);
  const open: number[] = [];
  const close = (at: number) => {
    const i = open.pop()!;
    counts[refs[i]!] = at - i - 1;
  };
  for (let i = 0; i < sortedKeys.length; i++) {
    while (open.length > 0 && !sortedKeys[i]!.startsWith(sortedKeys[open[open.length - 1]!]!)) close(i);
    open.push(i);
  }
  while (open.length > 0) close(sortedKeys.length);
  return counts;
}

const LOWER_LATIN = /^[a-z]*$/;

/**
 * The order that sorts `keys`, or null when they are sorted already (as they are when read
 * back from the engine snapshot). Comparing long Chinese strings is slow in a JS sort, so
 * the first three UTF-16 units are packed into one number (48 bits, exact in a double)
 * and strings are compared only on ties.
 */
export function sortedOrder(keys: readonly string[]): Uint32Array | null {
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! <= keys[i]!;
  if (sorted) return null;
  const head = new Float64Array(keys.length);
  if (keys.every((k) => LOWER_LATIN.test(k))) {
    // Pinyin keys: three letters tie for thousands of phrases; ten, packed in base 27 (0
    // for the end, so a shorter key sorts first), almost never do.
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      let packed = 0;
      for (let c = 0; c < 10; c++) packed = packed * 27 + (c < k.length ? k.charCodeAt(c) - 96 : 0);
      head[i] = packed;
    }
  } else {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      head[i] = (k.charCodeAt(0) || 0) * 4294967296 + (k.charCodeAt(1) || 0) * 65536 + (k.charCodeAt(2) || 0);
    }
  }
  const order = Uint32Array.from(keys, (_, i) => i);
  order.sort((a, b) => head[a]! - head[b]! || (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  return order;
}
