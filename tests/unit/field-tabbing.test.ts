// Issue #20: which 【待填：…】 marker Tab and Shift+Tab select in the inserted text.
import { describe, expect, it } from 'vitest';
import { nextMarker } from '@/lib/content/field-tabbing';

const text = '前文【待填：甲】中【待填：乙】后【待填：丙】尾';
const at = (name: string) => {
  const start = text.indexOf(`【待填：${name}】`);
  return { start, end: start + `【待填：${name}】`.length };
};
const all = { from: 0, to: text.length };

describe('nextMarker', () => {
  it('Tab from a caret before the markers selects the first; from a selected marker the next', () => {
    expect(nextMarker(text, all, { start: 0, end: 0 }, false)).toEqual(at('甲'));
    expect(nextMarker(text, all, at('甲'), false)).toEqual(at('乙'));
  });

  it('wraps at the end, and Shift+Tab goes back (wrapping to the last)', () => {
    expect(nextMarker(text, all, at('丙'), false)).toEqual(at('甲'));
    expect(nextMarker(text, all, at('乙'), true)).toEqual(at('甲'));
    expect(nextMarker(text, all, at('甲'), true)).toEqual(at('丙'));
  });

  it('looks only inside the inserted region, and gives null when no marker is left', () => {
    const region = { from: at('乙').start, to: at('乙').end };
    expect(nextMarker(text, region, { start: text.length, end: text.length }, false)).toEqual(at('乙'));
    expect(nextMarker('已填好的文字', { from: 0, to: 6 }, { start: 0, end: 0 }, false)).toBeNull();
  });
});
