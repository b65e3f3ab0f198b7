// Issue #18: the record of what the writer committed in a hidden input, fed event-like
// records as the content script sees them.
import { describe, expect, it } from 'vitest';
import { applyTyped, inputEvent, keyEvent, RECORD_LIMIT, type TypedEvent } from '@/lib/editors/typed-record';

const run = (events: Array<TypedEvent | null>, from = '') =>
  events.reduce((record, event) => (event ? applyTyped(record, event) : record), from);

const typed = (text: string) => inputEvent({ inputType: 'insertText', data: text, isComposing: false });

describe('the typed record of a hidden input', () => {
  it('gathers typed characters and IME commits in order', () => {
    const composing = inputEvent({ inputType: 'insertCompositionText', data: '四个', isComposing: true });
    // The commit itself comes with compositionend (content script: { type: 'text' }).
    expect(run([typed('增'), typed('强'), typed('“'), composing, { type: 'text', text: '四个' }])).toBe('增强“四个');
  });

  it('ignores what an input reports while composing, and pasted text until its paste event', () => {
    expect(inputEvent({ inputType: 'insertText', data: 'si', isComposing: true })).toBeNull();
    expect(inputEvent({ inputType: 'insertFromPaste', data: null, isComposing: false })).toBeNull();
  });

  it('takes the last character away on Backspace, a whole code point', () => {
    expect(run([typed('增强“四个'), keyEvent({ key: 'Backspace' })])).toBe('增强“四');
    expect(run([typed('强𠮷'), keyEvent({ key: 'Backspace' })])).toBe('强');
    expect(run([keyEvent({ key: 'Backspace' })], '')).toBe('');
  });

  it('resets on keys that move the caret or change text it cannot follow', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Delete', 'Enter', 'Tab']) {
      expect(run([typed('增强'), keyEvent({ key })]), key).toBe('');
    }
    expect(run([typed('增强'), keyEvent({ key: 'z', ctrlKey: true })])).toBe('');
    expect(run([typed('增强'), keyEvent({ key: 'a', metaKey: true })])).toBe('');
  });

  it('keeps the record on keys that leave the caret where it is', () => {
    for (const key of [{ key: 'Shift' }, { key: 'Control', ctrlKey: true }, { key: 'c', ctrlKey: true }, { key: 'a' }, { key: 'Escape' }]) {
      expect(keyEvent(key), key.key).toBeNull();
    }
  });

  it('adds pasted text, and starts afresh after a line break in it', () => {
    expect(run([typed('增强'), { type: 'text', text: '“四个' }])).toBe('增强“四个');
    expect(run([typed('一、'), { type: 'text', text: '总体要求\r\n坚持' }])).toBe('坚持');
    expect(run([typed('增强'), inputEvent({ inputType: 'insertParagraph', data: null })])).toBe('');
  });

  it('resets on edits it cannot follow, such as a drop or an undo from the menu', () => {
    expect(run([typed('增强'), inputEvent({ inputType: 'insertFromDrop', data: null })])).toBe('');
    expect(run([typed('增强'), inputEvent({ inputType: 'historyUndo', data: null })])).toBe('');
  });

  it('keeps only the last RECORD_LIMIT characters', () => {
    const long = '党'.repeat(RECORD_LIMIT + 50);
    expect(run([typed(long), typed('建')])).toBe('党'.repeat(RECORD_LIMIT - 1) + '建');
  });
});

describe('a transparent colour (one sign of a hidden input)', () => {
  it('is one whose alpha is zero, never an opaque colour with a zero channel', async () => {
    const { isTransparent } = await import('@/lib/editors/hidden-input');
    expect(['transparent', 'rgba(0, 0, 0, 0)', 'rgb(0 0 0 / 0)', 'rgba(255,255,255,0)'].map(isTransparent)).toEqual([true, true, true, true]);
    expect(['rgb(0, 0, 0)', 'rgb(255, 0, 0)', 'rgba(0, 0, 0, 0.5)', 'rgb(0 0 0 / 1)'].map(isTransparent)).toEqual([false, false, false, false]);
  });
});
