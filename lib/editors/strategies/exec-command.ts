// The browser's own editing command: plain contenteditable keeps it on its native undo
// stack (one Ctrl+Z), and ProseMirror, Quill and Lexical turn it into a transaction too.
import { selectBackward } from '../caret-text';
import type { InsertStrategy } from './types';
import { expectedBefore, landed } from './verify';

export const execCommandStrategy: InsertStrategy = {
  name: 'execCommand',
  async run(host, replace, insert) {
    const expected = expectedBefore(host, replace, insert);
    if (expected === null) return false;
    selectBackward(host, replace);
    host.ownerDocument.execCommand('insertText', false, insert);
    return landed(host, expected);
  },
};
