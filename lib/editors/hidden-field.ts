// How a hidden input looks (#18): small and free of imports, because the small script
// runs (editor-loader.ts) reads it too, when a field gets the focus (#19).
/** At most this many pixels across, a field shows no text a writer could read. */
const TINY_PX = 4;
/** Ancestors looked at for a box that clips the field away (CodeMirror 5: 3 × 0 px). */
const CLIPPING_ANCESTORS = 3;

/**
 * Whether a text field looks like the hidden input of an editor that renders its text
 * elsewhere: transparent, invisible, tiny, clipped away or off the page. Read when the
 * field gets the focus (one style read and a few rectangles).
 */
export function looksHidden(field: HTMLElement): boolean {
  const view = field.ownerDocument.defaultView;
  if (!view) return false;
  const rect = field.getBoundingClientRect();
  if (rect.width <= TINY_PX || rect.height <= TINY_PX) return true;
  // Entirely left of or above the page's origin: no scrolling brings it into view.
  if (rect.right + view.scrollX <= 0 || rect.bottom + view.scrollY <= 0) return true;
  const style = view.getComputedStyle(field);
  if (Number.parseFloat(style.opacity) < 0.05) return true;
  const caret = style.caretColor;
  if (isTransparent(style.color) && (caret === 'auto' || caret === 'currentcolor' || isTransparent(caret))) return true;
  let ancestor = field.parentElement;
  for (let i = 0; ancestor && i < CLIPPING_ANCESTORS; i++, ancestor = ancestor.parentElement) {
    const box = ancestor.getBoundingClientRect();
    const clips = view.getComputedStyle(ancestor).overflow !== 'visible';
    if (clips && (box.width <= TINY_PX || box.height <= TINY_PX)) return true;
  }
  return false;
}

/** Whether a computed colour (`rgb(…)`, `rgba(…)`, `transparent`) has no alpha. */
export function isTransparent(color: string): boolean {
  if (color === 'transparent') return true;
  // Only a fourth component is an alpha: rgb(0, 0, 0) is black.
  const parts = /^rgba?\((.*)\)$/.exec(color.trim())?.[1]?.split(/[\s,/]+/).filter(Boolean) ?? [];
  return parts.length === 4 && Number.parseFloat(parts[3]!) === 0;
}

