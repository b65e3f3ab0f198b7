// A synthetic paste carrying text/plain: ProseMirror/Tiptap, Quill, CKEditor 5, Draft.js,
// Slate, Lexical and TinyMCE each turn it into one transaction of their own model (one
// undo step). The browser itself ignores a script-made paste, so where no editor handles
// it nothing changes, and the next strategy runs.
import { nextTask, selectBackward, selectionFor } from '../caret-text';
import type { InsertStrategy } from './types';
import { expectedBefore, landedAfter } from './verify';

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
    // Several lines go in as paragraphs: editors read text/html first and make one block
    // of each <p>; from text/plain some would make line breaks inside one paragraph.
    if (insert.includes('\n')) data.setData('text/html', linesAsHtml(insert, host.ownerDocument));
    const target = selectionFor(host)?.anchorNode?.parentElement ?? host;
    const taken = !target.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    // React-based editors (Draft.js, Slate) render the new model on a later frame.
    return landedAfter(host, expected, view, taken);
  },
};

/** Each line as a <p>, its text escaped by the DOM itself (never parsed as markup). */
function linesAsHtml(text: string, doc: Document): string {
  const holder = doc.createElement('div');
  for (const line of text.split('\n')) {
    const paragraph = doc.createElement('p');
    if (line) paragraph.textContent = line;
    else paragraph.appendChild(doc.createElement('br'));
    holder.appendChild(paragraph);
  }
  return holder.innerHTML;
}
