// A synthetic paste carrying text/plain: ProseMirror/Tiptap, Quill, CKEditor 5, Draft.js,
// Slate, Lexical and TinyMCE each turn it into one transaction of their own model (one
// undo step). The browser itself ignores a script-made paste, so where no editor handles
// it nothing changes, and the next strategy runs.
import { nextFrame, nextTask, selectBackward, selectionFor } from '../caret-text';
import type { InsertStrategy } from './types';
import { expectedBefore, landed } from './verify';

export const syntheticPasteStrategy: InsertStrategy = {
  name: 'paste',
  async run(host, replace, insert) {
    const expected = expectedBefore(host, replace, insert);
    const view = host.ownerDocument.defaultView;
    if (expected === null || !view) return false;
    if (replace > 0) {
      selectBackward(host, replace);
      // Editors learn of a selection from `selectionchange`, which the browser sends as
      // a task: let it arrive before the paste does.
      await nextTask(view);
    }
    const data = new view.DataTransfer();
    data.setData('text/plain', insert);
    const target = selectionFor(host)?.anchorNode?.parentElement ?? host;
    target.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    // React-based editors (Draft.js, Slate) render the new model on the next frame.
    if (landed(host, expected)) return true;
    await nextFrame(view);
    return landed(host, expected);
  },
};
