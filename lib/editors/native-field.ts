// textarea and text input: the browser keeps one native undo stack; execCommand
// ('insertText') writes into it, so one Ctrl+Z takes the insertion back.
import type { EditorAdapter } from './adapter';
import { textareaCaretRect } from './textarea-caret';

export function nativeFieldAdapter(field: HTMLTextAreaElement | HTMLInputElement): EditorAdapter {
  return {
    family: 'native',
    textBeforeCaret() {
      const caret = field.selectionEnd;
      if (caret === null || field.selectionStart !== caret) return null;
      const lineStart = field.value.lastIndexOf('\n', caret - 1) + 1;
      return field.value.slice(lineStart, caret);
    },
    caretRect() {
      return field.selectionEnd === null ? null : textareaCaretRect(field, field.selectionEnd);
    },
    async replaceBeforeCaret(replace, insert) {
      const caret = field.selectionEnd ?? field.value.length;
      const start = caret - replace;
      const original = field.value;
      const expected = original.slice(0, start) + insert + original.slice(caret);
      field.focus();
      field.setSelectionRange(start, caret);
      const doc = field.ownerDocument;
      if (doc.execCommand('insertText', false, insert) && field.value === expected) return 'inserted';
      // Where execCommand did nothing (some pages block it), the text still goes in and the
      // page still hears an input event, though Ctrl+Z cannot take it back. Where it did
      // something else (the page rewrote the value), nothing more is added.
      if (field.value === original) {
        field.setRangeText(insert, start, caret, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
      }
      return field.value === expected ? 'inserted' : 'failed';
    },
  };
}
