// The paragraphs of a contenteditable as the writer sees them: its innermost block
// elements, in document order. Every editor we meet renders one such block per paragraph
// (ProseMirror, Quill, CKEditor 5, Lexical: <p>; Slate and Draft.js: nested <div>s whose
// innermost one is the line), so "the paragraphs above the caret" and "the k-th line of
// an insertion" can be read the same way everywhere.
import { BLOCK_SELECTOR, caretRange, selectionFor, textBeforeCaret } from './caret-text';

/** Paragraphs read above the caret, at most (section detection needs only the nearest). */
const MAX_BLOCKS_ABOVE = 400;

export function leafBlocks(host: HTMLElement): HTMLElement[] {
  const all = Array.from(host.querySelectorAll<HTMLElement>(BLOCK_SELECTOR));
  return all.filter((block) => !block.querySelector(BLOCK_SELECTOR));
}

function blockText(block: HTMLElement): string {
  return (block.textContent ?? '').replace(/[\u200b\ufeff]/g, '');
}

/** The index in `blocks` of the block holding the caret, or -1. */
function caretBlockIndex(host: HTMLElement, blocks: readonly HTMLElement[]): number {
  const range = caretRange(host);
  if (!range) return -1;
  const node = range.startContainer;
  return blocks.findIndex((block) => block === node || block.contains(node));
}

/**
 * The block holding the end of an insertion of `lines`, judged from the caret: its block,
 * or the one before where the editor put the caret in an empty paragraph it added after
 * the insertion (UEditor does, a moment after its paste). -1 if neither.
 */
function insertionEndBlock(host: HTMLElement, blocks: readonly HTMLElement[], lines: readonly string[]): number {
  const at = caretBlockIndex(host, blocks);
  const lastLine = lines[lines.length - 1] ?? '';
  const inEmptyAfter = at > 0 && lastLine !== '' && blockText(blocks[at]!).trim() === '' && blockText(blocks[at - 1]!).endsWith(lastLine);
  return inEmptyAfter ? at - 1 : at;
}

/** Whether the caret sits where an insertion of `lines` left it (see insertionEndBlock). */
export function caretAfterInsertion(host: HTMLElement, lines: readonly string[]): boolean {
  if (textBeforeCaret(host) === lines[lines.length - 1]) return true;
  const blocks = leafBlocks(host);
  const at = caretBlockIndex(host, blocks);
  return at > 0 && insertionEndBlock(host, blocks, lines) === at - 1;
}

/** The texts of the paragraphs before the caret's paragraph, nearest last. */
export function linesAboveCaret(host: HTMLElement): string[] {
  const blocks = leafBlocks(host);
  const at = caretBlockIndex(host, blocks);
  if (at <= 0) return [];
  return blocks.slice(Math.max(0, at - MAX_BLOCKS_ABOVE), at).map(blockText);
}

/**
 * After an insertion of `lines` that left the caret at the end of its last line: moves the
 * caret to the end of line `lineIndex`, if that paragraph reads as expected. Editors take
 * the new position from the `selectionchange` that follows.
 */
export function moveCaretToInsertedLine(host: HTMLElement, lines: readonly string[], lineIndex: number): boolean {
  const blocks = leafBlocks(host);
  const last = insertionEndBlock(host, blocks, lines);
  const target = blocks[last - (lines.length - 1 - lineIndex)];
  const selection = selectionFor(host);
  if (last < 0 || !target || !selection) return false;
  const expected = lines[lineIndex]!;
  if (!blockText(target).endsWith(expected)) return false;
  const range = host.ownerDocument.createRange();
  const end = lastTextNode(target);
  if (end) range.setStart(end, end.data.length);
  else range.setStart(target, target.childNodes.length);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function lastTextNode(element: HTMLElement): Text | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.replace(/[\u200b\ufeff]/g, '').length > 0) last = node as Text;
  }
  return last;
}
