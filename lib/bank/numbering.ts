// 公文 heading numbers from depth and position: 一、 （一） 1. （1）, then the cycle repeats.
const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const units = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${units ? DIGITS[units] : ''}`;
  }
  return String(n);
}

/** The number of the `index`-th (0-based) heading at `depth` (0 = top level). */
export function headingNumber(depth: number, index: number): string {
  const n = index + 1;
  switch (depth % 4) {
    case 0:
      return `${chineseNumber(n)}、`;
    case 1:
      return `（${chineseNumber(n)}）`;
    case 2:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}
