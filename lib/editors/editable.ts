// Which focused elements Juku may work in. Never password, payment, hidden, read-only or
// disabled fields: a suggestion list there would leak the bank or annoy at best.
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export type EditableTarget =
  | { kind: 'native'; element: HTMLTextAreaElement | HTMLInputElement }
  | { kind: 'contenteditable'; element: HTMLElement };

/** The editable the focus is really in, following open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function toEditableTarget(element: Element | null): EditableTarget | null {
  if (!element) return null;
  const view = element.ownerDocument.defaultView;
  if (!view) return null;
  if (element instanceof view.HTMLTextAreaElement) {
    return isUsableField(element) ? { kind: 'native', element } : null;
  }
  if (element instanceof view.HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(element.type.toLowerCase()) && isUsableField(element)
      ? { kind: 'native', element }
      : null;
  }
  if (element instanceof view.HTMLElement && element.isContentEditable) {
    return { kind: 'contenteditable', element: editingHost(element) };
  }
  return null;
}

function isUsableField(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (field.disabled || field.readOnly) return false;
  const autocomplete = (field.getAttribute('autocomplete') ?? '').toLowerCase();
  if (/\bcc-|\bcurrent-password|\bnew-password|\bone-time-code/.test(autocomplete)) return false;
  return field.getClientRects().length > 0;
}

/** The outermost contenteditable element that contains this one. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
