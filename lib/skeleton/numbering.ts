// 公文 heading numbers, computed from a node's depth and position when an outline is
// inserted or previewed (never stored), so sections can be added, removed and reordered
// and the numbers stay right: 一、 → （一） → 1. → （1）.
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (outlines never reach 100). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensPart + (ones === 0 ? '' : DIGITS[ones]);
}

/** The number before a heading at `depth` (0 = top level) that is the `index`-th (0-based) among its siblings. */
export function headingNumber(depth: number, index: number): string {
  const n = index + 1;
  switch (depth) {
    case 0:
      return `${chineseNumeral(n)}、`;
    case 1:
      return `（${chineseNumeral(n)}）`;
    case 2:
      return `${n}.`;
    default:
      // GB/T 9704 names four levels; anything deeper keeps the fourth level's form.
      return `（${n}）`;
  }
}
