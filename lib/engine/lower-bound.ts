// Binary search over a sorted array (of strings or numbers, compared with <): the first
// position from `lo` on whose value is not below `probe`.
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, probe: T, lo = 0): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < probe) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
