import { nextFrame, textBeforeCaret } from '../caret-text';

/**
 * What the caret's paragraph should read before the caret once the insertion is in. An
 * insertion of several lines leaves the caret in a paragraph of its own last line.
 */
export function expectedBefore(host: HTMLElement, replace: number, insert: string): string | null {
  const before = textBeforeCaret(host);
  if (before === null) return null;
  const lastBreak = insert.lastIndexOf('\n');
  return lastBreak >= 0 ? insert.slice(lastBreak + 1) : before.slice(0, before.length - replace) + insert;
}

/**
 * Whether the paragraph before the caret now ends as expected (the insertion landed once).
 * In a block editor whose blocks are editables of their own (Editor.js), an insertion of
 * several blocks leaves the caret in the last of them, outside the host it started in.
 */
export function landed(host: HTMLElement, expected: string): boolean {
  const now = caretLineText(host);
  return now !== null && now === expected;
}

/** Whether the caret's paragraph, in the host or the block editable it moved to, ends with `text`. */
export function caretLineEndsWith(host: HTMLElement, text: string): boolean {
  return caretLineText(host)?.endsWith(text) ?? false;
}

/** The caret's paragraph up to the caret, in the host or in the block editable it moved to. */
function caretLineText(host: HTMLElement): string | null {
  return textBeforeCaret(host) ?? textBeforeCaret(caretHost(host) ?? host);
}

/** The editing host of the caret where it is in another one of the same document, or null. */
function caretHost(host: HTMLElement): HTMLElement | null {
  const node = host.ownerDocument.getSelection()?.focusNode ?? null;
  let element = node?.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : (node?.parentElement ?? null);
  if (!element?.isContentEditable || host.contains(element)) return null;
  while (element.parentElement?.isContentEditable) element = element.parentElement;
  return element;
}

/** How long an editor that took the event may take to show it (React renders later, and
 * later still on a busy machine). */
const TAKEN_WAIT_MS = 1000;

/**
 * Whether the insertion landed. An editor that handles the event cancels it (`taken`): it
 * then gets up to a second to render its model, frame by frame. An event nobody took gets
 * one frame, so the next strategy is not kept waiting.
 */
export async function landedAfter(host: HTMLElement, expected: string, view: Window, taken: boolean): Promise<boolean> {
  if (landed(host, expected)) return true;
  const deadline = performance.now() + (taken ? TAKEN_WAIT_MS : 0);
  do {
    await nextFrame(view);
    if (landed(host, expected)) return true;
  } while (performance.now() < deadline);
  return false;
}
