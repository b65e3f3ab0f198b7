// Pinyin of Chinese text, for search by initials (「sgys」) and full pinyin (「sigeyishi」).
// Readings come from pinyin-pro one character at a time, each distinct character once:
// converting whole phrases costs about 0.1 ms each, 10 s for a 100,000-phrase bank, while a
// bank holds only a few thousand distinct characters.
import { pinyin } from 'pinyin-pro';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export type PinyinKeys = { initials: string; full: string };

export class PinyinReadings {
  private readonly readings = new Map<string, string>();

  /** The character's most common reading without tone ('' for anything not Chinese); a
   * polyphonic character (重, 长, 行) gets only that one. */
  of(char: string): string {
    let reading = this.readings.get(char);
    if (reading === undefined) {
      reading = HAN.test(char) ? (pinyin(char, { toneType: 'none', type: 'array' })[0] ?? '') : '';
      this.readings.set(char, reading);
    }
    return reading;
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
