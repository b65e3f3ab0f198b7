// What every reader shares: the one error the user sees (naming the file), the file's real
// kind read from its first bytes (a renamed file is named plainly), and notes.
import { BankInputError, type Bilingual } from '../bank/limits';

export type { Bilingual };

/** A message for the user about the file `name`; `zh`/`en` get the name as each language quotes it. */
export function refuse(name: string, zh: (quoted: string) => string, en: (quoted: string) => string): BankInputError {
  return new BankInputError({ zh: zh(`「${name}」`), en: en(`“${name}”`) });
}

export const extensionOf = (name: string): string => /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';

export type SniffedKind = 'pdf' | 'zip' | 'ole' | 'rtf' | 'html' | 'text' | 'binary' | 'empty';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The kind of file the bytes are, whatever the name says. */
export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // pdf.js (like Acrobat) accepts junk before the header, within the first kilobyte.
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  const probe = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of probe) if (b === 0) zeros++;
  const utf16Bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (zeros > 0 && !utf16Bom && !looksUtf16(probe)) return 'binary';
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s|<body[\s>])/i.test(head.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return 'html';
  return 'text';
}

/** Text a writer would have: CJK, ASCII, the usual punctuation and line breaks. */
const PLAUSIBLE_TEXT = /[\t\n\r\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;

/**
 * UTF-16 without a BOM: every other byte of ASCII-range text is zero. Chinese text has few
 * zeros (line breaks, Latin letters, 一 U+4E00), so when there are some, the bytes count as
 * UTF-16 if one byte order decodes them into (almost) nothing but text.
 */
export function looksUtf16(bytes: Uint8Array): 'le' | 'be' | false {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'be';
  if (oddZeros + evenZeros === 0) return false;
  for (const side of ['le', 'be'] as const) {
    const text = new TextDecoder(`utf-16${side}`).decode(bytes.subarray(0, n));
    if ((text.match(PLAUSIBLE_TEXT)?.length ?? 0) >= text.length * 0.95) return side;
  }
  return false;
}

/** What a file of each kind is called, to name a renamed file plainly. */
const KIND_NAMES: Record<SniffedKind, Bilingual> = {
  pdf: { zh: 'PDF 文件', en: 'a PDF file' },
  zip: { zh: 'zip 压缩包', en: 'a zip archive' },
  ole: { zh: 'Office 97–2003 二进制文件（如 .doc、.xls）', en: 'an Office 97–2003 binary file (such as .doc or .xls)' },
  rtf: { zh: 'RTF 文件', en: 'an RTF file' },
  html: { zh: '网页（HTML）文件', en: 'a web page (HTML)' },
  text: { zh: '纯文本文件', en: 'a plain-text file' },
  binary: { zh: '无法识别的二进制文件', en: 'an unrecognised binary file' },
  empty: { zh: '空文件', en: 'an empty file' },
};

/** 「x.pdf」实际上是 zip 压缩包… — `actual` may be more precise than the sniffed kind (.docx, .xlsx). */
export function renamedFile(name: string, expected: string, actual: SniffedKind | Bilingual): BankInputError {
  const what = typeof actual === 'string' ? KIND_NAMES[actual] : actual;
  if (what === KIND_NAMES.empty) {
    return refuse(name, (q) => `${q}是空文件，没有可导入的内容。`, (q) => `${q} is empty: there is nothing to import.`);
  }
  return refuse(
    name,
    (q) => `${q}不是 ${expected} 文件：它实际上是${what.zh}（可能改过扩展名，或已损坏），未导入。`,
    (q) => `${q} is not a ${expected} file: it is really ${what.en} (perhaps renamed, or damaged). It was not imported.`,
  );
}

export const note = (zh: string, en: string): Bilingual => ({ zh, en });
