// Issue #18: editors that draw their text themselves (on a canvas, or in a DOM layer of
// their own: canvas-editor, Ace, CodeMirror 5, the online document sites) and take the
// keys through a hidden or tiny textarea kept at the caret, which they empty (or refill
// with their own placeholder) after each input. The field holds nothing before the caret:
// the text comes from Juku's own record of the input stream (typed-record.ts), the list
// goes at the field, and insertions go in as input to the field, the way the editor
// already takes pasted and typed text, so its own model and history receive them.
import type { EditorAdapter, InsertOutcome } from './adapter';
import { copyToClipboard } from './clipboard-fallback';
import { nextFrame } from './caret-text';
import { pasteEvent } from './strategies/page-events';
import { asMarkdownParagraphs, isMarkdownSource } from './markdown';
import { looksHidden } from './hidden-field';
import { lookedHiddenAtFocus } from '../content/loader-state';

export { isTransparent } from './hidden-field';

/**
 * Whether a focused text field is the hidden input of an editor that renders its text
 * elsewhere: it looks hidden now (hidden-field.ts), looked hidden when it got the focus
 * before the editor script was running (an editor such as Ace shows its field while an IME
 * composes, and the script may arrive in the middle of one), or its page was seen emptying it.
 */
export function isHiddenInput(field: HTMLElement): boolean {
  return emptiedFields.has(field) || looksHidden(field) || lookedHiddenAtFocus(field);
}

/**
 * Fields seen emptied by their page right after the writer's input (watchForEmptying),
 * with the text that input brought until a record of the field takes it (takeSeed).
 */
const emptiedFields = new WeakMap<Element, string>();

/** The text typed in `field` before it was known for a hidden input ('' after the first call). */
export function takeSeed(field: Element): string {
  const seed = emptiedFields.get(field) ?? '';
  if (seed) emptiedFields.set(field, '');
  return seed;
}

/**
 * The other sign, for a field that looks like any other (say, one the page covers with
 * its canvas): the page empties it right after each input the writer makes, having taken
 * the text into its own model. Seen once, the field counts as a hidden input from then on,
 * and `found` is called so the caller can look at the focus again.
 */
/** `early`: the writer's input events in the field before Juku's editor script ran there
 * (its page may already have emptied the field after them). */
export function watchForEmptying(field: HTMLElement, signal: AbortSignal, found: () => void, early: readonly Event[] = []): void {
  const view = field.ownerDocument.defaultView!;
  /** Everything typed here so far: the record to start from, if the page emptied each. */
  let typed = '';
  const look = (data: string | null | undefined) => {
    if (!data || emptiedFields.has(field)) return;
    typed += data;
    // After the page's own handlers for this input, which may empty it on a later task.
    // The session that watches ends when the new one starts: later timers find it aborted.
    view.setTimeout(() => {
      if (signal.aborted || contentOf(field) !== '' || emptiedFields.has(field)) return;
      emptiedFields.set(field, typed);
      found();
    }, 0);
  };
  field.addEventListener('input', (event) => {
    const input = event as InputEvent;
    if (event.isTrusted && !input.isComposing && input.inputType === 'insertText') look(input.data);
  }, { signal });
  field.addEventListener('compositionend', (event) => look((event as CompositionEvent).data), { signal });
  for (const event of early) {
    const input = event as InputEvent;
    if (event.type === 'input' && event.isTrusted && !input.isComposing && input.inputType === 'insertText') look(input.data);
    else if (event.type === 'compositionend') look((event as CompositionEvent).data);
  }
}

/** Juku's record of the writer's input in the field (see typed-stream.ts). */
export type TypedStream = {
  text(): string;
  /** Records text Juku itself put in, `replace` characters before the caret replaced. */
  inserted(replace: number, text: string): void;
};

/** Below and above this, the field's height says nothing of the line's. */
const LINE_MIN_PX = 14;
const LINE_MAX_PX = 32;

export function hiddenInputAdapter(field: HTMLElement, stream: TypedStream): EditorAdapter {
  const view = field.ownerDocument.defaultView!;

  async function insert(replace: number, text: string): Promise<InsertOutcome> {
    field.focus({ preventScroll: true });
    // What was typed goes back through the editor's own Backspace (its key handler reads
    // script-made keys too); only the palette's trigger 「//」 asks for it.
    // Some take it without cancelling it (canvas-editor), so whether it went is not known.
    if (replace > 0) deleteBackward(field, replace);
    const typeIn = () => (isNativeField(field) ? inputInto(field, text) : insertTextInto(field, text));
    // What the editor shows, read back after a paste it did not say it took: if that
    // changed, the paste went in, and typing the text as well would put it in twice.
    const shown = shownBy(field);
    const pasted = (await pasteInto(field, text)) || (await changedOnceSettled(field, shown));
    if (pasted || (await typeIn())) {
      stream.inserted(replace, text);
      return 'inserted';
    }
    return (await copyToClipboard(field.ownerDocument, text)) ? 'copied' : 'failed';
  }

  return {
    family: 'hidden-input',
    // The session lives while the field has the focus or the palette opened from it has
    // (the editor may take a moment to focus its input again after the palette).
    textBeforeCaret: () => stream.text(),
    // The document's text is on the canvas: its section and wording are unknown here.
    linesAbove: () => [],
    caretRect() {
      // These editors keep their input at the caret, for the IME's window to open there.
      const rect = field.getBoundingClientRect();
      const height = Math.min(LINE_MAX_PX, Math.max(LINE_MIN_PX, rect.height));
      return new DOMRect(rect.left, rect.top, 1, height);
    },
    replaceBeforeCaret: (replace, text) => insert(replace, text),
    // Several lines go in as one paste (each editor makes a line of each '\n', in one undo
    // step). The caret stays after the last line: a drawn caret is the editor's to move.
    // A markdown editor's paragraphs are blank-line separated (markdown.ts).
    insertLines: (replace, lines) => insert(replace, (isMarkdownSource(field) ? asMarkdownParagraphs(lines, 0).lines : lines).join('\n')),
    saveCaret: () => () => field.focus({ preventScroll: true }),
  };
}

/**
 * A paste of text/plain into the field: canvas-editor, Ace and CodeMirror 5 read it from
 * the event and insert it as one change of their own (one undo step) and cancel the
 * event; the browser itself ignores a script-made paste. Taken is landed: the model
 * cannot be read from here.
 */
async function pasteInto(field: HTMLElement, text: string): Promise<boolean> {
  const view = field.ownerDocument.defaultView!;
  const made = pasteEvent(view, { plain: text });
  if (!made) return false;
  const taken = !field.dispatchEvent(made.event);
  if (taken) await nextFrame(view);
  return taken;
}

/** The editor's own box around its hidden input is at least this large. */
const EDITOR_MIN_PX = 40;
const EDITOR_ANCESTORS = 6;
/** How long an editor gets to show a paste it took without cancelling the event. */
const SHOW_WAIT_MS = 200;

/**
 * What the editor around the field shows: the text of its DOM layer (Ace, CodeMirror 5)
 * and the pixels of its canvases (canvas-editor), read from its box.
 */
function shownBy(field: HTMLElement): string {
  let box: HTMLElement | null = field.parentElement;
  for (let i = 0; box && i < EDITOR_ANCESTORS; i++, box = box.parentElement) {
    const rect = box.getBoundingClientRect();
    if (rect.width >= EDITOR_MIN_PX && rect.height >= EDITOR_MIN_PX) break;
  }
  if (!box) return '';
  const canvases = Array.from(box.querySelectorAll('canvas')).map((canvas) => {
    try {
      return canvas.toDataURL();
    } catch {
      return ''; // A canvas with pixels from elsewhere cannot be read.
    }
  });
  return [box.textContent ?? '', ...canvases].join('\u0000');
}

/** Whether what the editor shows is no longer `shown` once it has had SHOW_WAIT_MS. */
async function changedOnceSettled(field: HTMLElement, shown: string): Promise<boolean> {
  const view = field.ownerDocument.defaultView!;
  const until = performance.now() + SHOW_WAIT_MS;
  while (performance.now() < until) {
    await nextFrame(view);
    if (shownBy(field) !== shown) return true;
  }
  return false;
}

/**
 * The text as typed input: put in the field at its selection, with the beforeinput and
 * input events typing brings. An editor that takes it either cancels the beforeinput or
 * reads the field and empties it (or puts back its placeholder); one that leaves the
 * value as it was set did not take it, and the value is put back.
 */
async function inputInto(field: HTMLTextAreaElement | HTMLInputElement, text: string): Promise<boolean> {
  const view = field.ownerDocument.defaultView!;
  const original = field.value;
  const start = field.selectionStart ?? original.length;
  const end = field.selectionEnd ?? original.length;
  const init = { inputType: 'insertText', data: text, bubbles: true };
  if (!field.dispatchEvent(new view.InputEvent('beforeinput', { ...init, cancelable: true }))) return true;
  field.setRangeText(text, start, end, 'end');
  const written = field.value;
  field.dispatchEvent(new view.InputEvent('input', init));
  if (field.value !== written) return true;
  await nextFrame(view);
  if (field.value !== written) return true;
  field.value = original;
  field.setSelectionRange(start, end);
  return false;
}

/**
 * A hidden contenteditable: the browser's own insertText into it (an input event, as
 * typing brings). Taken when the page then empties it; otherwise undone (one native step).
 */
async function insertTextInto(host: HTMLElement, text: string): Promise<boolean> {
  const doc = host.ownerDocument;
  const original = host.textContent;
  if (!doc.execCommand('insertText', false, text)) return false;
  const written = host.textContent;
  if (written === original) return false;
  await nextFrame(doc.defaultView!);
  if (host.textContent !== written) return true;
  doc.execCommand('undo');
  return false;
}

function isNativeField(element: HTMLElement): element is HTMLTextAreaElement | HTMLInputElement {
  const view = element.ownerDocument.defaultView!;
  return element instanceof view.HTMLTextAreaElement || element instanceof view.HTMLInputElement;
}

/** A field's text: its value, or a contenteditable's text. */
function contentOf(field: HTMLElement): string {
  return isNativeField(field) ? field.value : (field.textContent ?? '');
}

/** `count` Backspace keydowns (and keyups) to the field, for the editor's key handler. */
function deleteBackward(field: HTMLElement, count: number): void {
  const view = field.ownerDocument.defaultView!;
  const init = { key: 'Backspace', code: 'Backspace', keyCode: 8, which: 8, bubbles: true, cancelable: true };
  for (let i = 0; i < count; i++) {
    field.dispatchEvent(new view.KeyboardEvent('keydown', init));
    field.dispatchEvent(new view.KeyboardEvent('keyup', init));
  }
}
