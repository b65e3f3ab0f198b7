// Which focused elements Juku may work in. Never password, payment, read-only or disabled
// fields: a suggestion list there would leak the bank or annoy at best. A field drawn by
// nobody (an editor's hidden input, issue #18) is a target of its own kind.
import { isHiddenInput } from './hidden-input';

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export type EditableTarget =
  | { kind: 'native'; element: HTMLTextAreaElement | HTMLInputElement }
  /** The hidden input of an editor that draws its text elsewhere (issue #18, hidden-input.ts). */
  | { kind: 'hidden-input'; element: HTMLElement }
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
    return isUsableField(element) ? fieldTarget(element) : null;
  }
  if (element instanceof view.HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(element.type.toLowerCase()) && isUsableField(element) ? fieldTarget(element) : null;
  }
  if (element instanceof view.HTMLElement && element.isContentEditable) {
    const host = editingHost(element);
    return isHiddenInput(host) ? { kind: 'hidden-input', element: host } : { kind: 'contenteditable', element: host };
  }
  return null;
}

function fieldTarget(element: HTMLTextAreaElement | HTMLInputElement): EditableTarget {
  return isHiddenInput(element) ? { kind: 'hidden-input', element } : { kind: 'native', element };
}

function isUsableField(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (field.disabled || field.readOnly) return false;
  const autocomplete = (field.getAttribute('autocomplete') ?? '').toLowerCase();
  if (/\bcc-|\bcurrent-password|\bnew-password|\bone-time-code/.test(autocomplete)) return false;
  if (field instanceof field.ownerDocument.defaultView!.HTMLInputElement && looksSecret(field)) return false;
  return field.getClientRects().length > 0;
}

/** Words in a field's name, id, placeholder or label that mark a secret or payment field. */
const SECRET_WORDS =
  /\b(password|passwd|passcode|pwd|pin|cvv\d?|cvc\d?|csc|iban|otp|cardnumber|cardno|ccnumber|ccnum|securitycode)\b|密码|口令|卡号|银行卡|信用卡|安全码|验证码|支付/;

/**
 * Many sites mark such fields only by their wording, or mask a text field themselves
 * (-webkit-text-security, common on Chinese payment pages) instead of using
 * type="password" or an autocomplete token.
 */
function looksSecret(field: HTMLInputElement): boolean {
  const label = field.labels?.[0]?.textContent ?? '';
  const hints = [field.name, field.id, field.placeholder, field.getAttribute('aria-label') ?? '', label].join(' ');
  // Read both ways: pay_pin and payPin as words (「pin」), card_number and cardNumber as one.
  const asWords = hints.replace(/([a-z])(?=[A-Z])/g, '$1 ').replace(/[_-]/g, ' ').toLowerCase();
  const joined = hints.replace(/[_-]/g, '').toLowerCase();
  if (SECRET_WORDS.test(asWords) || SECRET_WORDS.test(joined)) return true;
  const masking = field.ownerDocument.defaultView?.getComputedStyle(field).getPropertyValue('-webkit-text-security');
  return Boolean(masking) && masking !== 'none';
}

/** The outermost contenteditable element that contains this one. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
