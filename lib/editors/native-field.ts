// textarea and text input: the browser keeps one native undo stack; execCommand
// ('insertText') writes into it, so one Ctrl+Z takes the insertion back.
import type { EditorAdapter } from './adapter';
import { textareaCaretRect } from './textarea-caret';

/** Characters read above the caret for its section and the document's wording. */
const MAX_CHARS_ABOVE = 20_000;

export function nativeFieldAdapter(field: HTMLTextAreaElement | HTMLInputElement): EditorAdapter {
  const multiline = field instanceof field.ownerDocument.defaultView!.HTMLTextAreaElement;
  const replaceBeforeCaret = async (replace: number, insert: string) => {
    const caret = field.selectionEnd ?? field.value.length;
    const start = caret - replace;
    const original = field.value;
    const expected = original.slice(0, start) + insert + original.slice(caret);
    field.focus();
    field.setSelectionRange(start, caret);
    const doc = field.ownerDocument;
    if (doc.execCommand('insertText', false, insert) && field.value === expected) return 'inserted' as const;
    // Where execCommand did nothing (some pages block it), the text still goes in and the
    // page still hears an input event, though Ctrl+Z cannot take it back. Where it did
    // something else (the page rewrote the value), nothing more is added.
    if (field.value === original) {
      field.setRangeText(insert, start, caret, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
    }
    return field.value === expected ? ('inserted' as const) : ('failed' as const);
  };
  return {
    family: 'native',
    textBeforeCaret() {
      const caret = field.selectionEnd;
      if (caret === null || field.selectionStart !== caret) return null;
      const lineStart = field.value.lastIndexOf('\n', caret - 1) + 1;
      return field.value.slice(lineStart, caret);
    },
    linesAbove() {
      const caret = field.selectionEnd;
      if (!multiline || caret === null) return [];
      const lineStart = field.value.lastIndexOf('\n', caret - 1) + 1;
      if (lineStart === 0) return [];
      return field.value.slice(Math.max(0, lineStart - MAX_CHARS_ABOVE), lineStart - 1).split('\n');
    },
    caretRect() {
      return field.selectionEnd === null ? null : textareaCaretRect(field, field.selectionEnd);
    },
    replaceBeforeCaret,
    async insertLines(replace, lines, caretLine) {
      // A one-line input cannot hold paragraphs: the lines go in side by side.
      if (!multiline) return replaceBeforeCaret(replace, lines.join(' '));
      const start = (field.selectionEnd ?? field.value.length) - replace;
      const outcome = await replaceBeforeCaret(replace, lines.join('\n'));
      if (outcome === 'inserted') {
        const caret = start + lines.slice(0, caretLine + 1).reduce((sum, line) => sum + line.length + 1, 0) - 1;
        field.setSelectionRange(caret, caret);
      }
      return outcome;
    },
    saveCaret() {
      const start = field.selectionStart;
      const end = field.selectionEnd;
      return () => {
        field.focus();
        if (start !== null && end !== null) field.setSelectionRange(start, end);
      };
    },
  };
}
