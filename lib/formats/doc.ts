// Word 97–2003 (.doc) and WPS Writer (.wps) text, read from the WordDocument stream of the
// OLE compound file ([MS-DOC]): the FIB says which table stream holds the piece table
// (0Table/1Table), where the CLX is and how many characters the main text has (ccpText);
// each piece is either 8-bit (cp1252, "compressed") or UTF-16LE. Field codes are dropped
// (keeping the field's shown result), paragraph, cell, line and page marks become line
// breaks, other control characters are dropped. Headers, footnotes and comments lie past
// ccpText and are not read.
import * as CFB from 'cfb';
import { refuse } from './common';

type OleEntry = { name: string; content: ArrayLike<number> | undefined; size?: number };
export type OleFile = { find(path: string): OleEntry | null };

/** The compound file, or undefined when the bytes are not one cfb can read. */
export function readOle(bytes: Uint8Array): OleFile | undefined {
  try {
    const container = CFB.read(bytes, { type: 'array' });
    return { find: (path) => CFB.find(container, path) as OleEntry | null };
  } catch {
    return undefined;
  }
}

/** An OOXML file (.docx, .xlsx) saved with a password is an OLE file with these streams. */
export const isEncryptedOoxml = (ole: OleFile): boolean => !!ole.find('EncryptionInfo') && !!ole.find('EncryptedPackage');

const streamBytes = (entry: OleEntry | null): Uint8Array | undefined => {
  if (!entry?.content) return undefined;
  return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
};

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The FIB fields the text needs. */
type Fib = { encrypted: boolean; tableStream: '0Table' | '1Table'; ccpText: number; fcClx: number; lcbClx: number };

function readFib(word: Uint8Array): Fib | undefined {
  if (word.length < 68 || u16(word, 0) !== 0xa5ec) return undefined;
  const flags = u16(word, 0x0a);
  // FibBase (32 bytes), csw + fibRgW, cslw + fibRgLw, cbRgFcLcb + fibRgFcLcbBlob: each part's
  // length is written before it, so newer FIBs (Word 2000 … 2007) read the same way.
  const csw = u16(word, 32);
  const rgLw = 32 + 2 + csw * 2 + 2;
  const cslw = u16(word, rgLw - 2);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const cbRgFcLcb = u16(word, rgFcLcb - 2);
  // fcClx/lcbClx are the 34th pair of FibRgFcLcb97 (at 0x1A2 in a Word 97 FIB).
  if (cbRgFcLcb < 34 || rgFcLcb + 34 * 8 > word.length) return undefined;
  return {
    encrypted: (flags & 0x0100) !== 0,
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    ccpText: u32(word, rgLw + 3 * 4),
    fcClx: u32(word, rgFcLcb + 33 * 8),
    lcbClx: u32(word, rgFcLcb + 33 * 8 + 4),
  };
}

type Piece = { cpStart: number; cpEnd: number; fc: number; compressed: boolean };

/** The piece table (PlcPcd) from the CLX: Prc entries (formatting) are skipped. */
function readPieces(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] | undefined {
  let at = fcClx;
  const end = fcClx + lcbClx;
  if (end > table.length) return undefined;
  while (at < end && table[at] === 0x01) {
    const cbGrpprl = (u16(table, at + 1) << 16) >> 16;
    if (cbGrpprl < 0) return undefined;
    at += 3 + cbGrpprl;
  }
  if (at >= end || table[at] !== 0x02) return undefined;
  const lcb = u32(table, at + 1);
  const plc = at + 5;
  if (plc + lcb > table.length || lcb < 4 || (lcb - 4) % 12 !== 0) return undefined;
  const n = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const pcd = plc + (n + 1) * 4 + i * 8;
    const raw = u32(table, pcd + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart: u32(table, plc + i * 4), cpEnd: u32(table, plc + (i + 1) * 4), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

const cp1252 = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

/** The main text as stored, control characters and all (ccpText characters at most). */
function rawText(word: Uint8Array, pieces: Piece[], ccpText: number): string | undefined {
  let text = '';
  for (const piece of pieces) {
    const start = piece.cpStart;
    const end = Math.min(piece.cpEnd, ccpText);
    if (end <= start) continue;
    const count = end - start;
    const byteLength = piece.compressed ? count : count * 2;
    if (piece.fc + byteLength > word.length) return undefined;
    const slice = word.subarray(piece.fc, piece.fc + byteLength);
    text += (piece.compressed ? cp1252 : utf16).decode(slice);
  }
  return text;
}

/** Field codes out (their shown results kept), marks to line breaks, other controls out. */
export function cleanWordText(raw: string): string {
  let out = '';
  // One entry per open field: true while in its code part (before the 0x14 separator).
  const fields: boolean[] = [];
  let inCode = 0;
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fields.push(true);
      inCode++;
      continue;
    }
    if (code === 0x14) {
      if (fields[fields.length - 1]) (fields[fields.length - 1] = false), inCode--;
      continue;
    }
    if (code === 0x15) {
      if (fields.pop()) inCode--;
      continue;
    }
    if (inCode > 0) continue;
    if (code === 0x0d || code === 0x07 || code === 0x0b || code === 0x0c) out += '\n';
    else if (code === 0x09) out += '\t';
    else if (code === 0x1e) out += '-';
    else if (code === 0xa0) out += ' ';
    else if (code >= 0x20 && code !== 0x7f) out += ch;
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of a Word-binary file already opened as OLE; `name` is for messages. */
export function wordDocumentText(name: string, ole: OleFile): string {
  const word = streamBytes(ole.find('WordDocument'));
  if (!word) throw notWord(name);
  const fib = readFib(word);
  if (!fib) {
    throw refuse(
      name,
      (q) => `无法读取${q}：这是 Word 95 或更早的格式，请在 Word/WPS 中另存为 .docx 后再导入。`,
      (q) => `Cannot read ${q}: it is in Word 95 or an older format. Save it as .docx in Word or WPS, then import it again.`,
    );
  }
  if (fib.encrypted) {
    throw refuse(
      name,
      (q) => `${q}已加密（设置了打开密码），请先取消密码再导入。`,
      (q) => `${q} is encrypted (it has a password to open): remove the password, then import it again.`,
    );
  }
  const table = streamBytes(ole.find(fib.tableStream));
  const pieces = table && readPieces(table, fib.fcClx, fib.lcbClx);
  const text = pieces && rawText(word, pieces, fib.ccpText);
  if (text === undefined) throw damagedWord(name);
  return cleanWordText(text);
}

function notWord(name: string) {
  return refuse(
    name,
    (q) => `无法读取${q}：它不含 Word 文档内容（可能是其他 Office 文件改了扩展名），未导入。`,
    (q) => `Cannot read ${q}: it holds no Word document (perhaps another Office file, renamed). It was not imported.`,
  );
}

/** An OLE file that cannot be read, or whose text runs past its streams. */
export function damagedWord(name: string) {
  return refuse(name, (q) => `${q}已损坏，无法读取其中的文字，未导入。`, (q) => `${q} is damaged: its text cannot be read. It was not imported.`);
}

/** .wps files that are not the Word-compatible OLE kind modern WPS writes. */
export function earlyWps(name: string) {
  return refuse(
    name,
    (q) => `无法读取${q}：这是早期 WPS 格式，请在 WPS 中另存为 .docx 或 .doc 后再导入。`,
    (q) => `Cannot read ${q}: it is in an early WPS format. Save it as .docx or .doc in WPS, then import it again.`,
  );
}
