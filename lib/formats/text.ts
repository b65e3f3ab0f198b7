// Plain text and web pages as bytes → text. Encodings: a BOM decides (UTF-8, UTF-16 LE/BE);
// without one, UTF-8 when the bytes are valid UTF-8, else GB18030 (what older Windows tools in
// China save, a superset of GBK and GB2312). HTML is turned into lines by plain code (no
// DOMParser: this runs in Node and in a worker).
import { looksUtf16 } from './common';

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** The encoding a BOM names, and the BOM's length. */
function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Text of a file whose encoding is not declared: BOM, then BOM-less UTF-16 (every other byte
 * zero), then the `declared` charset (an HTML meta charset) when the label is known, then
 * strict UTF-8, then GB18030.
 */
export function decodeText(input: ArrayBuffer | Uint8Array, declared?: string): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bomOf(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const utf16 = looksUtf16(bytes);
  if (utf16) return new TextDecoder(`utf-16${utf16}`).decode(bytes);
  // As browsers do, a declared charset is believed: short GB text can be valid UTF-8 by chance
  // (「通知」 is), so guessing would get such a page wrong.
  const named = declared ? decoderFor(declared.trim().toLowerCase()) : undefined;
  if (named) return named.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
export function htmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: '　', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  bull: '•', times: '×', divide: '÷', copy: '©', reg: '®', trade: '™', laquo: '«', raquo: '»', yen: '¥',
  deg: '°', plusmn: '±', sect: '§', para: '¶', permil: '‰', rarr: '→', larr: '←', le: '≤', ge: '≥',
};

/** A numeric character reference as text; an invalid or control code point becomes nothing. */
export function codePointText(code: number): string {
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return '';
  return String.fromCodePoint(code);
}

/** HTML entities: the common named ones and numeric references; an unknown name stays as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') return codePointText(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS =
  'address|article|aside|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|thead|tfoot|tr|ul|title';

/**
 * A web page's visible text, one block a line: script, style, head (and the like) dropped,
 * block elements turned into line breaks, table cells separated by a space, entities decoded.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<(script|style|head|noscript|template|svg|object|iframe|select|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<![^>]*>|<\?[\s\S]*?\?>/g, '')
    // White space in HTML source is one space; the line breaks come from the block tags.
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/ {2,}/g, ' ');
  return tidyLines(decodeHtmlEntities(text));
}

/** Lines trimmed (including the full-width indent 公文 paragraphs carry), empty ones dropped. */
export function tidyLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''))
    .filter((line) => line.length > 0)
    .join('\n');
}
