// The small script every frame runs (#19): which focused elements bring in the editor
// script, and what it hands over to it (early input, a pending command, a composition).
import { describe, expect, it } from 'vitest';
import { mayBeEditor } from '@/lib/content/editor-loader';
import { composingBeforeStart, markEditorStarted, newLoaderState, takeEarlyEvents, takeLoaderState, EARLY_EVENTS_KEPT } from '@/lib/content/loader-state';

const element = (props: Record<string, unknown>) => props as unknown as Element;

describe('which focus brings in the editor script', () => {
  it('text fields, text areas and editable content; not checkboxes, buttons, passwords or plain elements', () => {
    expect(mayBeEditor(element({ localName: 'textarea' }))).toBe(true);
    for (const type of ['text', 'search', 'url', 'email', 'tel']) expect(mayBeEditor(element({ localName: 'input', type }))).toBe(true);
    for (const type of ['checkbox', 'password', 'button', 'number', 'file']) expect(mayBeEditor(element({ localName: 'input', type }))).toBe(false);
    expect(mayBeEditor(element({ localName: 'div', isContentEditable: true }))).toBe(true);
    expect(mayBeEditor(element({ localName: 'body', isContentEditable: true }))).toBe(true);
    expect(mayBeEditor(element({ localName: 'a', isContentEditable: false }))).toBe(false);
    expect(mayBeEditor(null)).toBe(false);
  });
});

describe('what the loader hands over', () => {
  it('gives each field its own early events once, and the rest of the state once', () => {
    const state = newLoaderState();
    const a = {} as EventTarget;
    const b = {} as EventTarget;
    const events = ['keydown', 'input', 'compositionend'].map((type) => ({ type }) as Event);
    state.early.push({ target: a, event: events[0]! }, { target: b, event: events[1]! }, { target: a, event: events[2]! });
    state.typedBeforeStart = true;
    state.composing = true;
    state.pending.push({ type: 'openPalette' });
    expect(takeEarlyEvents(a)).toEqual([events[0], events[2]]);
    expect(takeEarlyEvents(a)).toEqual([]);
    expect(takeEarlyEvents(b)).toEqual([events[1]]);
    expect(composingBeforeStart()).toBe(true);
    markEditorStarted();
    expect(state.started).toBe(true);
    expect(takeLoaderState()).toMatchObject({ typedBeforeStart: true, pending: [{ type: 'openPalette' }] });
    expect(takeLoaderState()).toMatchObject({ typedBeforeStart: false, pending: [] });
    expect(EARLY_EVENTS_KEPT).toBeGreaterThan(50);
  });

  it('starts afresh with every new loader (an update brings a new one)', () => {
    const first = newLoaderState();
    first.started = true;
    const second = newLoaderState();
    expect(second.started).toBe(false);
    expect(composingBeforeStart()).toBe(false);
  });

  it('keeps a field that looked hidden when it got the focus a hidden input, however it looks when the editor script arrives', async () => {
    // Ace shows its hidden textarea while an IME composes; the editor script may arrive then.
    const { isHiddenInput } = await import('@/lib/editors/hidden-input');
    const state = newLoaderState();
    const field = { ownerDocument: { defaultView: null } } as unknown as HTMLElement;
    expect(isHiddenInput(field)).toBe(false);
    state.hiddenAtFocus.add(field);
    expect(isHiddenInput(field)).toBe(true);
  });
});
