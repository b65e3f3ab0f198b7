// The browser's own editing command: plain contenteditable keeps it on its native undo
// stack (one Ctrl+Z), and ProseMirror, Quill and Lexical turn it into a transaction too.
//
// Several lines must become paragraphs. Blink's insertText splits the block at each '\n';
// Gecko's puts a <br> there, leaving one paragraph. Which one this engine does is read
// back from the first insertion of several lines: where it made no new block, that
// insertion is undone (one native step) and the lines go in as paragraphs through
// insertHTML, again one step; later ones in this document go that way at once.
import { BLOCK_SELECTOR, caretRange, selectBackward } from '../caret-text';
import { linesAsHtml } from './lines-html';
import type { InsertStrategy } from './types';
import { expectedBefore, landed } from './verify';

/** Per document: whether insertText makes a paragraph of each line (unknown until tried). */
const splitsBlocks = new WeakMap<Document, boolean>();

export const execCommandStrategy: InsertStrategy = {
  name: 'execCommand',
  async run(host, replace, insert) {
    const expected = expectedBefore(host, replace, insert);
    if (expected === null) return false;
    const doc = host.ownerDocument;
    selectBackward(host, replace);
    const lines = insert.split('\n');
    if (lines.length === 1) {
      doc.execCommand('insertText', false, insert);
      return landed(host, expected);
    }
    if (splitsBlocks.get(doc) === false) {
      doc.execCommand('insertHTML', false, linesAsHtml(lines, doc));
      return landed(host, expected);
    }
    const startBlock = caretBlock(host);
    doc.execCommand('insertText', false, insert);
    if (splitsBlocks.get(doc) === undefined && landed(host, expected)) {
      const split = caretBlock(host) !== startBlock;
      splitsBlocks.set(doc, split);
      if (!split && doc.execCommand('undo')) doc.execCommand('insertHTML', false, linesAsHtml(lines, doc));
    }
    return landed(host, expected);
  },
};

/** The innermost block around the caret (the host where the text sits in no block). */
function caretBlock(host: HTMLElement): Element | null {
  const node = caretRange(host)?.startContainer ?? null;
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest(BLOCK_SELECTOR) ?? null;
}
