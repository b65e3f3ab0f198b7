// Messages the extension sends to the content script in a tab, and the palette's keys.
// The background sends `openPalette` when the rebindable command fires; the popup sends
// `insertIntoPage` to put a phrase at the caret. Both come from our own extension only
// (runtime.onMessage never carries a page's messages), but are still checked for shape.
// `checkWording` (issue #17) comes from the check command (`from: 'command'`: only the
// frame with the focus answers) or from the popup (the frame whose editor last had it).
export type PageMessage = { type: 'openPalette' } | { type: 'insertIntoPage'; text: string } | { type: 'checkWording'; from: 'command' | 'popup' };

/** What the content script answers to `insertIntoPage` ('no-editor': nothing has the focus). */
export type InsertIntoPageReply = { outcome: 'inserted' | 'copied' | 'failed' | 'no-editor' };

const MAX_INSERT_CHARS = 20_000;

export function pageMessageOf(raw: unknown): PageMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as { type?: unknown; text?: unknown };
  if (message.type === 'openPalette') return { type: 'openPalette' };
  if (message.type === 'checkWording') return { type: 'checkWording', from: (raw as { from?: unknown }).from === 'popup' ? 'popup' : 'command' };
  if (message.type === 'insertIntoPage' && typeof message.text === 'string' && message.text.length > 0 && message.text.length <= MAX_INSERT_CHARS) {
    return { type: 'insertIntoPage', text: message.text };
  }
  return null;
}

/** What the content script answers to `checkWording` (no answer: no editor had the focus). */
export type CheckWordingReply = { outcome: 'checked' };

/** The command's default keys, Alt+J (by physical key, so it works in every layout and IME). */
export function isPaletteShortcut(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyJ' && !event.isComposing;
}

/** The check command's default keys, Alt+Shift+J (issue #17). */
export function isCheckShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyJ' && !event.isComposing;
}
