// Many short strings kept as one: the strings joined, and where each begins. A waking
// service worker reads such a column from IndexedDB as one string and one typed array and
// uses it as it is: cutting 100,000 strings apart (or making 100,000 objects) would cost
// more than the whole read. A string is cut out only when it is asked for.

export class StringColumn {
  /** String i is joined[starts[i], starts[i + 1]). */
  constructor(
    readonly joined: string,
    readonly starts: Uint32Array,
  ) {}

  static of(strings: readonly string[]): StringColumn {
    const starts = new Uint32Array(strings.length + 1);
    let at = 0;
    strings.forEach((s, i) => {
      starts[i] = at;
      at += s.length;
    });
    starts[strings.length] = at;
    return new StringColumn(strings.join(''), starts);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.joined.slice(this.starts[i]!, this.starts[i + 1]!);
  }

  lengthOf(i: number): number {
    return this.starts[i + 1]! - this.starts[i]!;
  }

  /** Every string, cut apart (for the few users that need them all, off the wake). */
  all(): string[] {
    return Array.from({ length: this.size }, (_, i) => this.at(i));
  }

  /** Whether the offsets are sound: ascending, from 0 to the joined string's end. (The
   * order of the strings themselves is the writer's to keep.) */
  isWellFormed(): boolean {
    const { starts, joined } = this;
    if (starts.length === 0 || starts[0] !== 0 || starts[starts.length - 1] !== joined.length) return false;
    for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return false;
    return true;
  }

  /** String i compared with `probe`, in code-unit order (as JS `<` compares): <0, 0, >0. */
  compare(i: number, probe: string): number {
    const from = this.starts[i]!;
    const length = this.starts[i + 1]! - from;
    const common = Math.min(length, probe.length);
    for (let k = 0; k < common; k++) {
      const d = this.joined.charCodeAt(from + k) - probe.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - probe.length;
  }

  startsWith(i: number, prefix: string): boolean {
    const from = this.starts[i]!;
    if (this.starts[i + 1]! - from < prefix.length) return false;
    for (let k = 0; k < prefix.length; k++) if (this.joined.charCodeAt(from + k) !== prefix.charCodeAt(k)) return false;
    return true;
  }

  /** In a sorted column: the first position from `lo` whose string is not below `probe`. */
  lowerBound(probe: string, lo = 0): number {
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** In a sorted column: the position of `key`, or -1. */
  indexOf(key: string): number {
    const at = this.lowerBound(key);
    return at < this.size && this.compare(at, key) === 0 ? at : -1;
  }

  /** In a sorted column: the half-open range [from, to) of strings starting with `prefix`. */
  range(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    if (from === this.size || !this.startsWith(from, prefix)) return [from, from];
    return [from, this.rangeEnd(prefix, from)];
  }

  /** The end of the run of strings starting with `prefix`, searched from `from` (in that run). */
  rangeEnd(prefix: string, from: number): number {
    // Every string with the prefix sorts before the prefix followed by the highest code unit.
    return this.lowerBound(prefix + '\uffff', from);
  }
}
