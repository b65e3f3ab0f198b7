// Reading a contenteditable around the caret: the text of the caret's paragraph before it,
// and where the caret is on screen. Shared by every contenteditable family.

export const BLOCK_SELECTOR = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th';

/**
 * The selection as seen from the editor: inside a shadow root, document.getSelection()
 * only shows the shadow host, so Chromium's ShadowRoot.getSelection() is asked instead.
 */
export function selectionFor(host: HTMLElement): Selection | null {
  const root = host.getRootNode();
  const view = host.ownerDocument.defaultView;
  if (view && root instanceof view.ShadowRoot) {
    const shadowSelection = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection;
    if (typeof shadowSelection === 'function') return shadowSelection.call(root);
  }
  return host.ownerDocument.getSelection();
}

export function caretRange(host: HTMLElement): Range | null {
  const selection = selectionFor(host);
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return host.contains(range.startContainer) ? range : null;
}

export function textBeforeCaret(host: HTMLElement): string | null {
  const range = caretRange(host);
  if (!range) return null;
  const before = lineBeforeCaret(host, range);
  // A newline in a text node (a <pre>) splits lines too. Zero-width characters that
  // editors keep as caret anchors are not text.
  const text = before.toString().replace(/[\u200b\ufeff]/g, '');
  return text.slice(text.lastIndexOf('\n') + 1);
}

/**
 * The range from the start of the caret's line to the caret. A <br> splits lines inside
 * one block (Trix makes one of every Return; KindEditor types into <body>), and a
 * range's text has nothing for it: the line starts after the last <br> before the caret.
 */
export function lineBeforeCaret(host: HTMLElement, caret: Range): Range {
  const block = paragraphStart(caret.startContainer, host);
  const line = host.ownerDocument.createRange();
  line.setStart(block, 0);
  const breaks = block.getElementsByTagName('br');
  for (let i = breaks.length - 1; i >= 0; i--) {
    const lineBreak = breaks[i]!;
    if (caret.comparePoint(lineBreak, 0) < 0) {
      line.setStartAfter(lineBreak);
      break;
    }
  }
  line.setEnd(caret.startContainer, caret.startOffset);
  return line;
}

export function caretRect(host: HTMLElement): DOMRect | null {
  const range = caretRange(host);
  if (!range) return null;
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect && (rect.height > 0 || rect.width > 0)) return rect;
  // An empty line has no text rectangle: use the block holding the caret.
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element?.getBoundingClientRect() ?? null;
}

function paragraphStart(node: Node, host: HTMLElement): Element {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCK_SELECTOR);
  return block && host.contains(block) ? block : host;
}

/**
 * The caret as a count of the characters before it in the host: unlike a range, it still
 * holds after the editor renders the same text into new nodes. Trix replaces the nodes of
 * what was just typed on a later frame: the caret given back after the palette went to
 * the start of its text in one run of two without this.
 */
export function caretTextOffset(host: HTMLElement, caret: Range): number {
  const before = host.ownerDocument.createRange();
  before.setStart(host, 0);
  before.setEnd(caret.startContainer, caret.startOffset);
  return before.toString().length;
}

/** A collapsed range `offset` characters into the host's text (see caretTextOffset). */
export function rangeAtTextOffset(host: HTMLElement, offset: number): Range | null {
  const walker = host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.data.length) {
      const range = host.ownerDocument.createRange();
      range.setStart(node, left);
      return range;
    }
    left -= node.data.length;
  }
  return null;
}

/** Extends the selection back over `count` characters (the typed words being replaced). */
export function selectBackward(host: HTMLElement, count: number): void {
  const selection = selectionFor(host);
  if (!selection) return;
  for (let i = 0; i < count; i++) selection.modify('extend', 'backward', 'character');
}

/** Lets the editor see a changed selection (they read it on `selectionchange`) or render. */
export function nextTask(view: Window): Promise<void> {
  return new Promise((resolve) => view.setTimeout(resolve, 0));
}

export function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => view.requestAnimationFrame(() => resolve()));
}
