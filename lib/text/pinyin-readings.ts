// Pinyin of Chinese text, for search by initials (「sgys」) and full pinyin (「sigeyishi」).
// Readings come from a table of every character's most common reading (pinyin-table.ts,
// generated from pinyin-pro by `npm run pinyin`), unpacked on first use: pinyin-pro itself
// builds its dictionaries when loaded, which cost every wake of the background about 25 ms
// (#19).
import { once } from '../once';
import { CODES, DIGITS, RANGES, SYLLABLES } from './pinyin-table';

export type PinyinKeys = { initials: string; full: string };

/** The table as syllables and one syllable index per covered character. */
const table = once(() => {
  const digit = new Map([...DIGITS].map((d, i) => [d, i]));
  const indexes = new Uint16Array(CODES.length / 2);
  for (let i = 0; i < indexes.length; i++) indexes[i] = digit.get(CODES[2 * i]!)! * DIGITS.length + digit.get(CODES[2 * i + 1]!)!;
  return { syllables: SYLLABLES.split(' '), indexes };
});

/** The character's most common reading without tone ('' for anything not Chinese, or a
 * character without a reading); a polyphonic character (重, 长, 行) gets only that one. */
export function readingOf(char: string): string {
  const code = char.length === 1 ? char.charCodeAt(0) : -1;
  let offset = 0;
  for (const [start, end] of RANGES) {
    if (code >= start && code < end) {
      const { syllables, indexes } = table();
      return syllables[indexes[offset + code - start]!] ?? '';
    }
    offset += end - start;
  }
  return '';
}

export class PinyinReadings {
  of(char: string): string {
    return readingOf(char);
  }

  /** Initials and full pinyin of the Chinese characters among the first `maxChars` of `text`. */
  keysOf(text: string, maxChars = Infinity): PinyinKeys {
    let initials = '';
    let full = '';
    let count = 0;
    for (const char of text) {
      if (count++ >= maxChars) break;
      const reading = this.of(char);
      if (!reading) continue;
      initials += reading[0];
      full += reading;
    }
    return { initials, full };
  }
}
