// The small script every frame runs (#19): which focused elements bring in the editor
// script, and what it hands over to it (early input, a pending command, a composition).
import { describe, expect, it } from 'vitest';
import { mayBeEditor } from '@/lib/content/editor-loader';
import { composingBeforeStart, lastInputBeforeStart, markEditorStarted, newLoaderState, takeEarlyEvents, takeLoaderState, EARLY_EVENTS_KEPT } from '@/lib/content/loader-state';
import { isFrameElement } from '@/lib/content/frame-focus';
import { frameNeed } from '@/lib/background/frame-watchers';

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

describe('the writer\'s last early input', () => {
  it('is handed over with its time, so an insertion waits out the editor\'s undo-merge window from it', () => {
    const state = newLoaderState();
    expect(lastInputBeforeStart()).toEqual({ at: -Infinity, type: '' });
    state.lastInputAt = 1234.5;
    state.lastInputType = 'insertText';
    expect(lastInputBeforeStart()).toEqual({ at: 1234.5, type: 'insertText' });
    expect(takeLoaderState()).toMatchObject({ lastInputAt: 1234.5, lastInputType: 'insertText' });
  });
});

describe('which frame gets the small script when the focus goes into a child frame', () => {
  const withDocument = (doc: { hasFocus: () => boolean; activeElement: unknown }, run: () => void) => {
    const saved = (globalThis as Record<string, unknown>).document;
    (globalThis as Record<string, unknown>).document = doc;
    try {
      run();
    } finally {
      (globalThis as Record<string, unknown>).document = saved;
    }
  };

  const need = (doc: { hasFocus: () => boolean; activeElement: unknown }) => {
    let result = '';
    withDocument(doc, () => (result = frameNeed().needs));
    return result;
  };

  it('the frame that holds the focus itself and runs no copy yet; not its parents, not an unfocused frame', () => {
    delete (globalThis as Record<string, unknown>).__jukuEditorLoader;
    // A focused editable gets both scripts at once; anything else focused, the small one.
    expect(need({ hasFocus: () => true, activeElement: { localName: 'textarea' } })).toBe('both');
    expect(need({ hasFocus: () => true, activeElement: { localName: 'body', isContentEditable: true } })).toBe('both');
    expect(need({ hasFocus: () => true, activeElement: { localName: 'body' } })).toBe('smallScript');
    expect(need({ hasFocus: () => true, activeElement: { localName: 'input', type: 'checkbox' } })).toBe('smallScript');
    // A parent of the focused frame: its active element is the frame element.
    for (const localName of ['iframe', 'frame']) expect(need({ hasFocus: () => true, activeElement: { localName } })).toBe('nothing');
    // A frame element inside an open shadow root counts as one too.
    const host = { localName: 'x-frames', shadowRoot: { activeElement: { localName: 'iframe' } } };
    expect(need({ hasFocus: () => true, activeElement: host })).toBe('nothing');
    expect(need({ hasFocus: () => false, activeElement: { localName: 'textarea' } })).toBe('nothing');
    // Already running it: never a second copy.
    newLoaderState();
    expect(need({ hasFocus: () => true, activeElement: { localName: 'textarea' } })).toBe('nothing');
  });

  it('takes for an editor exactly what the small script does (the probe cannot import it)', () => {
    delete (globalThis as Record<string, unknown>).__jukuEditorLoader;
    const cases = [
      { localName: 'textarea' },
      ...['text', 'search', 'url', 'email', 'tel', 'checkbox', 'password', 'button', 'number', 'file'].map((type) => ({ localName: 'input', type })),
      { localName: 'div', isContentEditable: true },
      { localName: 'div', isContentEditable: false },
      { localName: 'a' },
    ];
    for (const active of cases) expect(need({ hasFocus: () => true, activeElement: active }) === 'both').toBe(mayBeEditor(element(active)));
  });

  it('knows the elements that hold another document', () => {
    for (const localName of ['iframe', 'frame', 'object', 'embed']) expect(isFrameElement(element({ localName }))).toBe(true);
    for (const localName of ['div', 'input', 'body']) expect(isFrameElement(element({ localName }))).toBe(false);
    expect(isFrameElement(null)).toBe(false);
  });
});
