// Keeping the focus in one of our dialogs for a moment while an editor settles.

/** How long after opening a dialog's control takes the focus back from the page. */
const FOCUS_HOLD_MS = 500;

/**
 * An editor that applies its selection late (Slate reads `selectionchange` throttled, then
 * writes the DOM selection back) takes the focus with it in Gecko, where a selection set
 * inside an editing host focuses that host, without a blur on our control: a caret moved
 * just before Alt+J pulled the focus out of the palette's search box, and a fix just made
 * (wangEditor) out of the check list. For a moment after the control takes the focus, the
 * focus is checked on each frame and taken back, unless the writer pressed a pointer.
 */
export function holdFocus(box: HTMLElement): () => void {
  const view = box.ownerDocument.defaultView;
  if (!view) return () => {};
  let pointer = false;
  const onPointer = () => {
    pointer = true;
  };
  view.addEventListener('pointerdown', onPointer, true);
  const until = performance.now() + FOCUS_HOLD_MS;
  let frame = 0;
  const check = () => {
    const root = box.getRootNode() as ShadowRoot | Document;
    if (!pointer && box.isConnected && root.activeElement !== box) box.focus();
    if (performance.now() < until && !pointer) frame = view.requestAnimationFrame(check);
    else stop();
  };
  const stop = () => {
    view.cancelAnimationFrame(frame);
    view.removeEventListener('pointerdown', onPointer, true);
  };
  frame = view.requestAnimationFrame(check);
  return stop;
}
