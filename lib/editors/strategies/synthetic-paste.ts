// A synthetic paste carrying text/plain: ProseMirror/Tiptap, Quill, CKEditor 5, Draft.js,
// Slate, Lexical, TinyMCE, CKEditor 4 and wangEditor each turn it into one transaction of
// their own model (one undo step). The browser itself ignores a script-made paste, so
// where no editor handles it nothing changes, and the next strategy runs.
import { nextTask, selectBackward, selectionFor } from '../caret-text';
import { deepActiveElement } from '../editable';
import type { InsertStrategy } from './types';
import { linesAsHtml } from './lines-html';
import { pasteEvent } from './page-events';
import { expectedBefore, landedAfter } from './verify';

export type PasteOptions = {
  /**
   * How the text/plain payload separates paragraphs. TinyMCE reads a paste whose HTML is
   * only <p>s as plain text, where '\n' is a line break inside one paragraph and a blank
   * line starts a new one: it needs '\n\n'.
   */
  paragraphBreak?: string;
  /**
   * Send text/html even for one line. TinyMCE handles (and cancels) a paste with HTML at
   * once; with text/plain alone it moves the selection into a hidden "paste bin" and
   * inserts on a later task.
   */
  alwaysHtml?: boolean;
  /**
   * Send text/plain alone, even for several lines. wangEditor handles a paste itself only
   * when text/plain is its one type (else it waits for the browser's beforeinput, which a
   * script-made paste never brings), and makes each line a paragraph.
   */
  textOnly?: boolean;
  /**
   * How long to let the editor take in the extended selection before the paste. Editors
   * that throttle `selectionchange` (wangEditor: 100 ms) would otherwise paste at the old
   * caret; and wangEditor's Slate history merges into the typing every operation applied
   * in the same tick as its selection update, so the paste must come in a later one.
   */
  selectionSettleMs?: number;
  /**
   * Do what the browser does with a paste the page lets through: put the text where the
   * selection now is. UEditor moves the selection into a hidden "pastebin" during the
   * event and, on its next task, inserts what the browser put there as one command
   * between two undo scenes. A script-made paste brings no text of its own: it is put
   * there here, as the browser would have.
   */
  defaultAction?: boolean;
};

export function syntheticPaste(options: PasteOptions = {}): InsertStrategy {
  return {
    name: 'paste',
    async run(host, replace, insert) {
      const expected = expectedBefore(host, replace, insert);
      const view = host.ownerDocument.defaultView;
      if (expected === null || !view) return false;
      if (replace > 0) selectBackward(host, replace);
      // Editors learn of a selection from `selectionchange`, which the browser sends as a
      // task: let it arrive before the paste does. An editor that throttles it is given
      // its time even for a collapsed caret: the caret may just have been put back (after
      // the palette), and wangEditor forgets its selection while the focus is away.
      if (options.selectionSettleMs) await new Promise((resolve) => view.setTimeout(resolve, options.selectionSettleMs));
      else if (replace > 0) await nextTask(view);
      const lines = insert.split('\n');
      const plain = lines.join(options.paragraphBreak ?? '\n');
      // Several lines go in as paragraphs: editors read text/html first and make one block
      // of each <p>; from text/plain some would make line breaks inside one paragraph.
      const html = !options.textOnly && (lines.length > 1 || options.alwaysHtml) ? linesAsHtml(lines, host.ownerDocument) : undefined;
      const made = pasteEvent(view, { plain, html });
      if (!made) return false;
      // At the caret, as the browser sends it; the host itself when the caret is in the host
      // (an empty Trix), whose parent is outside the editor.
      const anchor = selectionFor(host)?.anchorNode ?? null;
      const element = anchor?.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : (anchor?.parentElement ?? null);
      const target = element && host.contains(element) ? element : host;
      let taken = !target.dispatchEvent(made.event);
      // A paste the page let through, having moved the focus into an editable of its own
      // (a "paste bin": Quill 1, ProseMirror without clipboard data), or with
      // `defaultAction`, its selection: the page waits for the browser to put the text
      // there and reads it on a later task. A script-made paste brings none: it is put
      // there here, as the browser would have.
      if (!taken && (options.defaultAction || pasteBin(host) !== null)) {
        const doc = host.ownerDocument;
        taken = html && made.pastedHtml && !isTextField(doc.activeElement) ? doc.execCommand('insertHTML', false, html) : doc.execCommand('insertText', false, plain);
      }
      // React-based editors (Draft.js, Slate) render the new model on a later frame, and
      // UEditor takes its pastebin in on a later task.
      return landedAfter(host, expected, view, taken);
    },
  };
}

export const syntheticPasteStrategy: InsertStrategy = syntheticPaste();

/** The editable element outside `host` that has the focus now, if the page moved it there. */
function pasteBin(host: HTMLElement): HTMLElement | null {
  const active = deepActiveElement(host.ownerDocument);
  if (!active || active === host || host.contains(active)) return null;
  // By its properties: the element may come from a frame's realm.
  return (active as HTMLElement).isContentEditable || isTextField(active) ? (active as HTMLElement) : null;
}

function isTextField(element: Element | null): boolean {
  return element?.localName === 'textarea' || element?.localName === 'input';
}
