// #14: an outline chosen at the end of a line that has text starts on a line of its own.
import { describe, expect, it } from 'vitest';
import { outlineOnItsOwnLine } from '@/lib/content/outline-lines';

const outline = ['2026年度述职报告', '一、主要工作', ''];

describe('outlineOnItsOwnLine', () => {
  it('starts an outline after a line break when the line already has text', () => {
    expect(outlineOnItsOwnLine('理论学习', 0, outline, 2)).toEqual({ lines: ['', ...outline], caretLine: 3 });
  });

  it('counts the trigger as going: 「理论学习//」 still has text, a lone 「//」 does not', () => {
    expect(outlineOnItsOwnLine('理论学习//', 2, outline, 2).lines[0]).toBe('');
    expect(outlineOnItsOwnLine('//', 2, outline, 2)).toEqual({ lines: outline, caretLine: 2 });
    expect(outlineOnItsOwnLine('  ', 0, outline, 2)).toEqual({ lines: outline, caretLine: 2 });
  });

  it('puts a one-line phrase in at the caret', () => {
    expect(outlineOnItsOwnLine('理论学习', 0, ['上不够深入'], 0)).toEqual({ lines: ['上不够深入'], caretLine: 0 });
  });
});
