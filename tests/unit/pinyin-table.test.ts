// The pinyin table the extension ships (lib/text/pinyin-table.ts) against pinyin-pro, which
// it was generated from: every character it covers reads as pinyin-pro reads it alone.
import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { PinyinReadings, readingOf } from '@/lib/text/pinyin-readings';
import { RANGES } from '@/lib/text/pinyin-table';
/** pinyin-pro hands a character it cannot read back as itself. */
const proReading = (char: string) => {
  const reading = pinyin(char, { toneType: 'none', type: 'array' })[0] ?? '';
  return /^[a-zü]+$/.test(reading) ? reading : '';
};

describe('pinyin table', () => {
  it('reads every covered character as pinyin-pro does (run `npm run pinyin` after upgrading it)', () => {
    const differ: string[] = [];
    let read = 0;
    // CJK Extension A, the Unified Ideographs and the Compatibility Ideographs.
    expect(RANGES).toEqual([
      [0x3400, 0xa000],
      [0xf900, 0xfb00],
    ]);
    for (const [start, end] of RANGES) {
      for (let code = start; code < end; code++) {
        const char = String.fromCharCode(code);
        const ours = readingOf(char);
        if (ours) read++;
        if (ours !== proReading(char)) differ.push(`${char}: ${ours} ≠ ${proReading(char)}`);
      }
    }
    expect(differ.slice(0, 10)).toEqual([]);
    // The common characters all have readings.
    expect(read).toBeGreaterThan(20000);
  });

  it('gives nothing for what is not a Chinese character', () => {
    for (const char of ['a', '1', '，', '“', ' ', '\u{20000}', '']) expect(readingOf(char)).toBe('');
  });

  it('makes initials and full pinyin of a phrase, skipping what is not Chinese', () => {
    const readings = new PinyinReadings();
    expect(readings.keysOf('增强“四个意识”')).toEqual({ initials: 'zqsgys', full: 'zengqiangsigeyishi' });
    expect(readings.keysOf('两个维护，坚决做到', 4)).toEqual({ initials: 'lgwh', full: 'lianggeweihu' });
    expect(readings.of('重')).toBe('zhong');
  });
});
