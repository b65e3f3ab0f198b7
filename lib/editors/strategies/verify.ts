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

/** Whether the paragraph before the caret now ends as expected (the insertion landed once). */
export function landed(host: HTMLElement, expected: string): boolean {
  const now = textBeforeCaret(host);
  return now !== null && now === expected;
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
