// Issue #17: the check's message from the command and the popup, and its in-page keys.
import { describe, expect, it } from 'vitest';
import { isCheckShortcut, isPaletteShortcut, pageMessageOf } from '@/lib/content/page-messages';

const keys = (init: Partial<KeyboardEvent>) => ({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, isComposing: false, code: '', ...init }) as KeyboardEvent;

describe('checkWording', () => {
  it('is read from the popup or the command, anything else counting as the command (only the focused frame answers)', () => {
    expect(pageMessageOf({ type: 'checkWording', from: 'popup' })).toEqual({ type: 'checkWording', from: 'popup' });
    expect(pageMessageOf({ type: 'checkWording', from: 'command' })).toEqual({ type: 'checkWording', from: 'command' });
    expect(pageMessageOf({ type: 'checkWording' })).toEqual({ type: 'checkWording', from: 'command' });
    expect(pageMessageOf({ type: 'checkWording', from: { popup: true } })).toEqual({ type: 'checkWording', from: 'command' });
  });
});

describe('Alt+Shift+J', () => {
  it('checks by the physical key; Alt+J alone stays the palette', () => {
    expect(isCheckShortcut(keys({ altKey: true, shiftKey: true, code: 'KeyJ' }))).toBe(true);
    expect(isPaletteShortcut(keys({ altKey: true, shiftKey: true, code: 'KeyJ' }))).toBe(false);
    expect(isCheckShortcut(keys({ altKey: true, code: 'KeyJ' }))).toBe(false);
    expect(isCheckShortcut(keys({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyJ' }))).toBe(false);
    expect(isCheckShortcut(keys({ altKey: true, shiftKey: true, code: 'KeyJ', isComposing: true }))).toBe(false);
  });
});
