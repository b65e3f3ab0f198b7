// The caret's position inside a textarea or input, which the DOM does not expose: a hidden
// mirror element copies the field's box and text styles, holds the text up to the caret,
// and a marker span at its end lands where the caret is.
const MIRRORED_PROPERTIES = [
  'boxSizing', 'width', 'height', 'overflowX', 'overflowY',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'lineHeight', 'fontFamily',
  'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize',
  'whiteSpace', 'wordBreak', 'overflowWrap',
] as const;

export function textareaCaretRect(field: HTMLTextAreaElement | HTMLInputElement, caret: number): DOMRect {
  const doc = field.ownerDocument;
  const view = doc.defaultView!;
  const style = view.getComputedStyle(field);
  const mirror = doc.createElement('div');
  for (const property of MIRRORED_PROPERTIES) mirror.style[property] = style[property];
  const isInput = field instanceof view.HTMLInputElement;
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.top = '0';
  mirror.style.left = '-9999px';
  mirror.style.whiteSpace = isInput ? 'pre' : 'pre-wrap';
  mirror.textContent = field.value.slice(0, caret);
  const marker = doc.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(marker);
  doc.body.append(mirror);
  const fieldRect = field.getBoundingClientRect();
  const x = fieldRect.left + marker.offsetLeft - field.scrollLeft;
  const y = fieldRect.top + marker.offsetTop - field.scrollTop;
  const height = marker.offsetHeight || parseFloat(style.lineHeight) || 16;
  mirror.remove();
  return new DOMRect(x, y, 1, height);
}
