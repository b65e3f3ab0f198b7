// Issue #18: the text before the caret in an editor that draws its page itself (on a
// canvas, or in a DOM layer of its own) and takes the keys through a hidden input that it
// empties after each input. There is nothing to read before the caret, so Juku keeps its
// own record of what the writer committed there since the caret was last somewhere it
// cannot follow. The record is only ever a tail of the real line: whatever the writer
// typed since the last reset, in order, with nothing moved in between. Pure: fed
// event-like records, unit-tested in Node.

/** What happened in the field, as far as the record cares. */
export type TypedEvent =
  /** Committed text: a typed character, an IME commit, a paste, an insertion of Juku's own. */
  | { type: 'text'; text: string }
  /** Backspace: the last character goes (unknown ones before the record stay unknown). */
  | { type: 'delete' }
  /** The caret went where the record cannot follow (arrows, a click, undo, a selection). */
  | { type: 'reset' };

/** A phrase opening is a few words: older characters are never matched. */
export const RECORD_LIMIT = 200;

/** The record after `event`: `record` is what was before it. */
export function applyTyped(record: string, event: TypedEvent): string {
  switch (event.type) {
    case 'text': {
      // A line break starts a new paragraph: only what follows it is before the caret.
      const next = record + event.text.replace(/\r\n?/g, '\n');
      const line = next.slice(next.lastIndexOf('\n') + 1);
      return line.length > RECORD_LIMIT ? line.slice(-RECORD_LIMIT) : line;
    }
    case 'delete':
      // Array.from: one code point, not half of a surrogate pair.
      return Array.from(record).slice(0, -1).join('');
    case 'reset':
      return '';
  }
}

/** Keys that move the caret or change the text in ways the record cannot follow. */
const CARET_KEYS = new Set([
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Delete', 'Tab',
]);

export type KeyLike = { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean };

/**
 * What a (non-composing) keydown does to the record, or null for none. Printable keys are
 * not taken here: their text comes with the input event that follows (or not at all).
 */
export function keyEvent(key: KeyLike): TypedEvent | null {
  if (key.ctrlKey || key.metaKey) {
    // Ctrl+V's text comes with its paste event; Ctrl+C changes nothing.
    if (/^[vc]$/i.test(key.key)) return null;
    // Ctrl+Z, Ctrl+A, Ctrl+Backspace, Ctrl+arrows …: nothing the record can redo.
    return /^(Control|Meta|Shift|Alt)$/.test(key.key) ? null : { type: 'reset' };
  }
  if (key.key === 'Backspace') return { type: 'delete' };
  // Enter starts a new line: what was before the caret is no longer on it.
  if (key.key === 'Enter') return { type: 'reset' };
  if (CARET_KEYS.has(key.key)) return { type: 'reset' };
  return null;
}

/** What an `input` event reports, or null where the record takes it from elsewhere. */
export function inputEvent(input: { inputType?: string; data?: string | null; isComposing?: boolean }): TypedEvent | null {
  // Composing text is not final: the commit comes with compositionend.
  if (input.isComposing) return null;
  switch (input.inputType) {
    case 'insertText':
    case 'insertReplacementText':
      return input.data ? { type: 'text', text: input.data } : null;
    case 'insertLineBreak':
    case 'insertParagraph':
      return { type: 'text', text: '\n' };
    // Pasted text comes with the paste event; a composition's with compositionend;
    // Backspace with its keydown (editors of this family cancel it, so no input follows).
    case 'insertFromPaste':
    case 'insertCompositionText':
    case 'deleteContentBackward':
      return null;
    case undefined:
    case '':
      // A page (or an older engine) that says nothing of the kind: data is all there is.
      return input.data ? { type: 'text', text: input.data } : null;
    default:
      // Drops, cuts, deletions by word, undo from the menu: the caret's line is unknown.
      return { type: 'reset' };
  }
}
