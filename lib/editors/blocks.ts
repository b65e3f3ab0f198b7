// The paragraphs of a contenteditable as the writer sees them: its innermost block
// elements, in document order. Every editor we meet renders one such block per paragraph
// (ProseMirror, Quill, CKEditor 5, Lexical: <p>; Slate and Draft.js: nested <div>s whose
// innermost one is the line), so "the paragraphs above the caret" and "the k-th line of
// an insertion" can be read the same way everywhere. Trix is the exception: a Return is a
// <br> inside its one <div>, so within a block each <br> ends a line too.
import { BLOCK_SELECTOR, caretRange, lineBeforeCaret, selectionFor, textBeforeCaret } from './caret-text';

/** Paragraphs read above the caret, at most (section detection needs only the nearest). */
const MAX_BLOCKS_ABOVE = 400;

export function leafBlocks(host: HTMLElement): HTMLElement[] {
  const all = Array.from(host.querySelectorAll<HTMLElement>(BLOCK_SELECTOR));
  return all.filter((block) => !block.querySelector(BLOCK_SELECTOR));
}

function blockText(block: HTMLElement): string {
  return (block.textContent ?? '').replace(/[\u200b\ufeff]/g, '');
}

/** The lines of a block (or of a fragment of one), split at its <br>s. */
function brLines(root: Node): string[] {
  const lines = [''];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) lines[lines.length - 1] += (node as Text).data.replace(/[\u200b\ufeff]/g, '');
    else if ((node as Element).localName === 'br') lines.push('');
  }
  return lines;
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

/** The texts of the lines before the caret's line, nearest last. */
export function linesAboveCaret(host: HTMLElement): string[] {
  const blocks = leafBlocks(host);
  const at = caretBlockIndex(host, blocks);
  const caret = caretRange(host);
  if (at < 0 || !caret) return [];
  const above = blocks.slice(Math.max(0, at - MAX_BLOCKS_ABOVE), at).flatMap((block) => (block.querySelector('br') ? brLines(block) : [blockText(block)]));
  // The caret's own block, up to the start of the caret's line.
  const line = lineBeforeCaret(host, caret);
  const head = host.ownerDocument.createRange();
  head.setStart(blocks[at]!, 0);
  head.setEnd(line.startContainer, line.startOffset);
  if (!head.collapsed) above.push(...brLines(head.cloneContents()).slice(0, -1));
  return above;
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
  if (last < 0 || !selection) return false;
  const expected = lines[lineIndex]!;
  if (!target || !blockText(target).endsWith(expected)) return moveBackOverLines(host, selection, lines, lineIndex);
  const range = host.ownerDocument.createRange();
  const end = lastTextNode(target);
  if (end) range.setStart(end, end.data.length);
  else range.setStart(target, target.childNodes.length);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Lines that are not blocks of their own (Trix's <br>s): the caret goes back over the
 * lines after `lineIndex`, each character and each <br> being one step, counted in the
 * DOM itself (engines differ in how many `Selection.modify` steps a <br> takes). Put back
 * where it was unless it then ends that line.
 */
function moveBackOverLines(host: HTMLElement, selection: Selection, lines: readonly string[], lineIndex: number): boolean {
  const caret = caretRange(host);
  if (!caret || textBeforeCaret(host) !== lines[lines.length - 1]) return false;
  const start = caret.cloneRange();
  const steps = lines.slice(lineIndex + 1).reduce((sum, line) => sum + line.length + 1, 0);
  const target = stepsBefore(host, caret, steps);
  if (!target) return false;
  selection.removeAllRanges();
  selection.addRange(target);
  if (textBeforeCaret(host) === lines[lineIndex]) return true;
  selection.removeAllRanges();
  selection.addRange(start);
  return false;
}

/** A collapsed range `steps` units before `caret`, a unit being a character of text or a <br>. */
function stepsBefore(host: HTMLElement, caret: Range, steps: number): Range | null {
  const units: { node: Node; length: number }[] = [];
  const walker = host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isText = node.nodeType === Node.TEXT_NODE;
    if (!isText && (node as Element).localName !== 'br') continue;
    const length = isText ? (node as Text).length : 1;
    units.push({ node, length });
    if (node === caret.startContainer) at += caret.startOffset;
    else if (isText ? caret.comparePoint(node, length) <= 0 : caret.comparePoint(node.parentNode!, childIndex(node) + 1) <= 0) at += length;
  }
  let left = at - steps;
  if (left < 0) return null;
  const range = host.ownerDocument.createRange();
  for (const unit of units) {
    if (unit.node.nodeType === Node.TEXT_NODE ? left <= unit.length : left === 0) {
      if (unit.node.nodeType === Node.TEXT_NODE) range.setStart(unit.node, left);
      else range.setStartBefore(unit.node);
      range.collapse(true);
      return range;
    }
    left -= unit.length;
  }
  return null;
}

function childIndex(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode!.childNodes, node);
}

function lastTextNode(element: HTMLElement): Text | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.replace(/[\u200b\ufeff]/g, '').length > 0) last = node as Text;
  }
  return last;
}
