// Issue #18: the browser side of the typed record (lib/editors/typed-record.ts) for one
// hidden input: listens to what the writer does in the field and in its page, feeds the
// record, and says when it changed in a way no input event announces (a Backspace the
// editor handled itself, a click on the canvas), so the list follows at once.
import { applyTyped, inputEvent, keyEvent, type TypedEvent } from '../editors/typed-record';
import type { TypedStream } from '../editors/hidden-input';
import { takeEarlyEvents } from './loader-state';

/** Keydowns an IME uses while composing report this keyCode. */
const IME_PROCESS_KEY = 229;

/**
 * Listeners go on before the suggestion controller's, in the same (capture) phase on the
 * same field, so the record is up to date when the controller reads it for an input.
 * `changed`: the record changed without an input event.
 */
export function followTypedStream(field: HTMLElement, signal: AbortSignal, changed: () => void, seed = ''): TypedStream {
  const view = field.ownerDocument.defaultView!;
  // What was typed before the field was known for a hidden input (watchForEmptying).
  let record = applyTyped('', { type: 'text', text: seed });
  const apply = (event: TypedEvent | null, announce: boolean) => {
    if (!event) return;
    const next = applyTyped(record, event);
    if (next === record) return;
    record = next;
    if (announce) changed();
  };
  const options = { capture: true, signal };
  let composing = false;
  // Only the writer's own events: Juku's insertions (script-made) record themselves.
  const handlers: Record<string, (event: Event) => void> = {
    keydown: (event) => {
      const key = event as KeyboardEvent;
      if (!event.isTrusted || key.isComposing || key.keyCode === IME_PROCESS_KEY) return;
      apply(keyEvent(key), true);
    },
    input: (event) => {
      if (event.isTrusted) apply(inputEvent(event as InputEvent), false);
    },
    // Not only trusted ends: Chromium marks untrusted the compositionend of a commit made
    // through its input protocol (as test drivers and some IMEs do); Juku never makes one.
    // But only after a trusted start, so a page's script-made composition writes nothing.
    compositionstart: (event) => {
      if (event.isTrusted) composing = true;
    },
    compositionend: (event) => {
      if (!event.isTrusted && !composing) return;
      composing = false;
      const data = (event as CompositionEvent).data;
      if (data) apply({ type: 'text', text: data }, false);
    },
    paste: (event) => {
      const text = event.isTrusted ? (event as ClipboardEvent).clipboardData?.getData('text/plain') : '';
      if (text) apply({ type: 'text', text }, true);
    },
  };
  for (const [type, handle] of Object.entries(handlers)) field.addEventListener(type, handle, options);
  // What the writer typed here before the editor script was ready (the small script that
  // brought it in kept the events): the record starts from them.
  for (const event of takeEarlyEvents(field)) handlers[event.type]?.(event);
  // A click anywhere in the page but Juku's own list and palette may move the drawn caret.
  view.addEventListener('mousedown', (event) => {
    if (!event.isTrusted || event.composedPath().some((node) => (node as Element).localName?.startsWith('juku-'))) return;
    apply({ type: 'reset' }, true);
  }, options);
  return {
    text: () => record,
    inserted(replace, text) {
      record = applyTyped(replace > 0 ? Array.from(record).slice(0, -replace).join('') : record, { type: 'text', text });
    },
  };
}
