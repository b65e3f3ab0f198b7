// A small XML reader for the parts of OFD and OOXML files: elements, attributes, text, CDATA,
// comments and processing instructions skipped, the five predefined entities and numeric
// character references (any other &name; stays as written). Nothing else is ever resolved:
// a DOCTYPE (and with it any ENTITY declaration, internal or external) is refused, since no
// legitimate OFD or OOXML part has one and it is how entity-expansion and external-entity
// attacks arrive.
import { codePointText } from './text';

export type XmlElement = {
  /** The name as written, with its prefix (ofd:Page). */
  name: string;
  /** The name without its prefix (Page). */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
};
export type XmlNode = XmlElement | string;

/** The XML could not be read; `doctype` when it was refused for declaring a DOCTYPE/ENTITY. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    message: string,
    readonly doctype = false,
  ) {
    super(message);
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Entities in text and attribute values: the predefined ones and numeric references are
 * resolved; anything else (a bare &, an undeclared &name;, which strict XML rejects and
 * sloppy writers emit) stays as written, resolved against nothing.
 */
function unescape(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][\w.-]{0,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') return codePointText(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return PREDEFINED[ref] ?? whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** True when the text declares a DOCTYPE or ENTITY anywhere (checked before any parsing). */
export const declaresDoctype = (xml: string): boolean => /<!\s*(?:DOCTYPE|ENTITY)/i.test(xml);

/** Real OFD and OOXML parts nest a few dozen levels; deeper is an attack on the recursive walks below. */
const MAX_DEPTH = 256;

const NAME = /[^\s/>=]+/y;
const ATTR = /\s*([^\s/>=]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Parses a whole document and returns its root element. */
export function parseXml(xml: string): XmlElement {
  if (declaresDoctype(xml)) throw new XmlError('DOCTYPE or ENTITY declaration', true);
  const root: XmlElement = { name: '#document', local: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const top = stack[stack.length - 1]!;
    if (lt < 0 || lt > i) {
      const end = lt < 0 ? n : lt;
      const text = xml.slice(i, end);
      if (stack.length > 1) top.children.push(unescape(text));
      else if (text.trim()) throw new XmlError(`text outside the root element at offset ${i}`);
      i = end;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) throw new XmlError('unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (end < 0) throw new XmlError('unterminated CDATA section');
      top.children.push(xml.slice(i + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) throw new XmlError('unterminated processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!', i)) {
      throw new XmlError(`unexpected declaration at offset ${i}`, /^<!\s*(?:DOCTYPE|ENTITY)/i.test(xml.slice(i, i + 12)));
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      if (end < 0) throw new XmlError('unterminated end tag');
      const name = xml.slice(i + 2, end).trim();
      if (stack.length < 2 || top.name !== name) throw new XmlError(`mismatched end tag </${name}> at offset ${i}`);
      stack.pop();
      i = end + 1;
    } else {
      NAME.lastIndex = i + 1;
      const nameMatch = NAME.exec(xml);
      if (!nameMatch) throw new XmlError(`bad tag at offset ${i}`);
      const element: XmlElement = { name: nameMatch[0], local: localName(nameMatch[0]), attrs: {}, children: [] };
      let p = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = p;
        const attr = ATTR.exec(xml);
        if (!attr) break;
        element.attrs[attr[1]!] = unescape(attr[2] ?? attr[3] ?? '');
        p = ATTR.lastIndex;
      }
      while (p < n && /\s/.test(xml[p]!)) p++;
      if (stack.length === 1 && root.children.length > 0) throw new XmlError('more than one root element');
      top.children.push(element);
      if (xml.startsWith('/>', p)) {
        i = p + 2;
      } else if (xml[p] === '>') {
        if (stack.length > MAX_DEPTH) throw new XmlError(`elements nested more than ${MAX_DEPTH} deep`);
        stack.push(element);
        i = p + 1;
      } else {
        throw new XmlError(`bad attribute in <${element.name}> at offset ${p}`);
      }
    }
  }
  if (stack.length > 1) throw new XmlError(`unclosed element <${stack[stack.length - 1]!.name}>`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError('no root element');
  return first;
}

/** XML bytes → text, honouring an encoding named in the declaration (OFD writers use GBK at times). */
export function decodeXml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: UTF-8 below.
    }
  }
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

export const isElement = (node: XmlNode | undefined): node is XmlElement => typeof node === 'object' && node !== null;

/** Child elements with this local name (any prefix). */
export const childrenNamed = (element: XmlElement, local: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => isElement(c) && c.local === local);

export const childNamed = (element: XmlElement, local: string): XmlElement | undefined =>
  element.children.find((c): c is XmlElement => isElement(c) && c.local === local);

/** Every descendant element with this local name, in document order (not descending into matches). */
export function descendantsNamed(element: XmlElement, local: string, into: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.local === local) into.push(child);
    else descendantsNamed(child, local, into);
  }
  return into;
}

/** All text inside the element, in order. */
export function textContent(element: XmlElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : textContent(child);
  return text;
}
