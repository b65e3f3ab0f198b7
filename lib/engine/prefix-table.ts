// A sorted array of string keys, each pointing at an entry: every key sharing a prefix sits
// in one contiguous range, found with two binary searches. Compact, no per-node objects,
// and fast to rebuild when the service worker wakes.

export class PrefixTable {
  readonly keys: string[];
  /** Entry index for each key. */
  readonly refs: Int32Array;
  /** Character offset inside the entry's text where the key starts. */
  readonly offsets: Uint16Array;

  constructor(items: ReadonlyArray<{ key: string; ref: number; offset?: number }>) {
    const order = items.map((_, i) => i);
    order.sort((a, b) => compare(items[a]!.key, items[b]!.key));
    this.keys = order.map((i) => items[i]!.key);
    this.refs = Int32Array.from(order, (i) => items[i]!.ref);
    this.offsets = Uint16Array.from(order, (i) => items[i]!.offset ?? 0);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The half-open range [from, to) of keys starting with `prefix`. */
  range(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    // Every key with the prefix sorts before the prefix followed by the highest code unit.
    const to = this.lowerBound(prefix + '\uffff');
    return [from, to];
  }

  private lowerBound(probe: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < probe) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
