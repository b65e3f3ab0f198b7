// textarea and text input: the browser keeps one native undo stack; execCommand
// ('insertText') writes into it, so one Ctrl+Z takes the insertion back.
import type { EditorAdapter } from './adapter';
import { textareaCaretRect } from './textarea-caret';

export function nativeFieldAdapter(field: HTMLTextAreaElement | HTMLInputElement): EditorAdapter {
  return {
    textBeforeCaret() {
      const caret = field.selectionEnd;
      if (caret === null || field.selectionStart !== caret) return null;
      const lineStart = field.value.lastIndexOf('\n', caret - 1) + 1;
      return field.value.slice(lineStart, caret);
    },
    caretRect() {
      return field.selectionEnd === null ? null : textareaCaretRect(field, field.selectionEnd);
    },
    replaceBeforeCaret(replace, insert) {
      const caret = field.selectionEnd ?? field.value.length;
      const start = caret - replace;
      const expected = field.value.slice(0, start) + insert + field.value.slice(caret);
      field.focus();
      field.setSelectionRange(start, caret);
      const doc = field.ownerDocument;
      if (doc.execCommand('insertText', false, insert) && field.value === expected) return true;
      // Some pages disable execCommand in their fields; the edit then cannot be undone
      // with Ctrl+Z, but the text still goes in and the page still hears an input event.
      if (field.value !== expected) {
        field.setRangeText(insert, start, caret, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
      }
      return field.value === expected;
    },
  };
}
