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
  const before = host.ownerDocument.createRange();
  before.setStart(paragraphStart(range.startContainer, host), 0);
  before.setEnd(range.startContainer, range.startOffset);
  // A <br> splits lines inside one block; only the caret's line counts. Zero-width
  // characters that editors keep as caret anchors are not text.
  const text = before.toString().replace(/[\u200b\ufeff]/g, '');
  return text.slice(text.lastIndexOf('\n') + 1);
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

function paragraphStart(node: Node, host: HTMLElement): Node {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCK_SELECTOR);
  return block && host.contains(block) ? block : host;
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
