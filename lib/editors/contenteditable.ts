// Plain contenteditable: the browser's own editing (execCommand) keeps one native undo
// stack, unlike Range.insertNode, which no Ctrl+Z can take back.
import type { EditorAdapter } from './adapter';

const BLOCK_SELECTOR = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th';

export function contentEditableAdapter(host: HTMLElement): EditorAdapter {
  const doc = host.ownerDocument;
  const selection = () => doc.getSelection();

  function caretRange(): Range | null {
    const sel = selection();
    if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    return host.contains(range.startContainer) ? range : null;
  }

  return {
    textBeforeCaret() {
      const range = caretRange();
      if (!range) return null;
      const start = paragraphStart(range.startContainer, host);
      const before = doc.createRange();
      before.setStart(start, 0);
      before.setEnd(range.startContainer, range.startOffset);
      // A <br> splits lines inside one block; only the caret's line counts.
      const text = before.toString();
      return text.slice(text.lastIndexOf('\n') + 1);
    },
    caretRect() {
      const range = caretRange();
      if (!range) return null;
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      if (rect && (rect.height > 0 || rect.width > 0)) return rect;
      // An empty line has no text rectangle: fall back to the block holding the caret.
      const node = range.startContainer;
      const element = node instanceof Element ? node : node.parentElement;
      return element?.getBoundingClientRect() ?? null;
    },
    replaceBeforeCaret(replace, insert) {
      const sel = selection();
      const range = caretRange();
      if (!sel || !range) return false;
      const beforeText = this.textBeforeCaret() ?? '';
      const expectedBefore = beforeText.slice(0, beforeText.length - replace) + insert;
      for (let i = 0; i < replace; i++) sel.modify('extend', 'backward', 'character');
      doc.execCommand('insertText', false, insert);
      return (this.textBeforeCaret() ?? '').endsWith(expectedBefore.slice(-Math.max(insert.length, 1)));
    },
  };
}

function paragraphStart(node: Node, host: HTMLElement): Node {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCK_SELECTOR);
  return block && host.contains(block) ? block : host;
}
