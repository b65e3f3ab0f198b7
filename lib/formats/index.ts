// One entry for every file a writer picks: readUserFile(name, bytes) reads it with the reader
// of its kind and returns either a document (for the corpus pipeline) or a phrase list, with
// notes on what was skipped. Each reader and its library load only when a file of its kind
// arrives. The bytes decide as much as the name: a renamed file is named plainly. Pure: runs
// in Node (CLI, tests) and in a Web Worker (no fs, no Buffer, no DOM).
import type { SourceDocument } from '../corpus/build-bank';
import { checkedDocument } from '../bank/documents';
import { checkFileSize } from '../bank/limits';
import { extensionOf, note, refuse, renamedFile, sniff, type Bilingual, type SniffedKind } from './common';
import type { PdfjsLike } from './pdf';
import type { PhraseRow } from './phrase-rows';

export type { Bilingual, PdfjsLike, PhraseRow };
export type ReadOutcome =
  | { kind: 'document'; document: SourceDocument; notes: Bilingual[] }
  | { kind: 'phrases'; name: string; rows: PhraseRow[]; notes: Bilingual[] };
export type ReadOptions = {
  /** .txt can be either; csv/xlsx are always phrases, the other formats always documents. */
  intent?: 'auto' | 'document' | 'phrases';
  /** pdf.js for this environment (Node: loadPdfjsNode from ./pdfjs-node; the extension: see PdfjsLike). */
  loadPdfjs?: () => Promise<PdfjsLike>;
};

export const READABLE_EXTENSIONS: readonly string[] = ['.doc', '.wps', '.docx', '.pdf', '.ofd', '.txt', '.md', '.html', '.htm', '.csv', '.xlsx'];

const document = (doc: SourceDocument, notes: Bilingual[] = []): ReadOutcome => {
  if (!doc.text.trim()) {
    throw refuse(doc.name, (q) => `${q}中没有可提取的文字，未导入。`, (q) => `${q} has no text that can be extracted. It was not imported.`);
  }
  return { kind: 'document', document: checkedDocument(doc), notes };
};

/** Refuses bytes whose kind is not among `accepted`, naming what they really are. */
async function expectKind(name: string, data: Uint8Array, kind: SniffedKind, expected: string, accepted: readonly SniffedKind[]): Promise<void> {
  if (!accepted.includes(kind)) throw await renamed(name, data, kind, expected);
}

/** The message for a file that is not what its name says (a zip is named as .docx, .xlsx, .ofd when it is one). */
async function renamed(name: string, data: Uint8Array, kind: SniffedKind, expected: string) {
  const zip = kind === 'zip' ? (await import('./zip-package')).describeZip(data) : undefined;
  return renamedFile(name, expected, zip ?? kind);
}

/** An OLE file given as .docx/.xlsx: password-protected OOXML, or an old binary file. */
async function oleInsteadOfZip(name: string, bytes: Uint8Array, extension: string): Promise<never> {
  const { readOle, isEncryptedOoxml } = await import('./doc');
  const ole = readOle(bytes);
  if (ole && isEncryptedOoxml(ole)) {
    throw refuse(
      name,
      (q) => `${q}已加密（设置了打开密码），请在 Word/WPS/Excel 中取消密码后再导入。`,
      (q) => `${q} is encrypted (it has a password to open): remove the password in Word, WPS or Excel, then import it again.`,
    );
  }
  const old = extension === '.xlsx' ? { zh: ' Excel 97–2003 表格（.xls）', en: 'an Excel 97–2003 workbook (.xls)' } : { zh: ' Word 97–2003 文档（.doc）', en: 'a Word 97–2003 document (.doc)' };
  throw ole?.find(extension === '.xlsx' ? 'Workbook' : 'WordDocument') ? renamedFile(name, extension, old) : renamedFile(name, extension, 'ole');
}

export async function readUserFile(name: string, bytes: ArrayBuffer, options: ReadOptions = {}): Promise<ReadOutcome> {
  checkFileSize(bytes.byteLength, { zh: `文件「${name}」`, en: `The file “${name}”` });
  const extension = extensionOf(name);
  const data = new Uint8Array(bytes);
  const kind = sniff(data);
  if (kind === 'empty' && READABLE_EXTENSIONS.includes(extension)) throw renamedFile(name, extension, 'empty');
  switch (extension) {
    case '.txt':
    case '.md': {
      await expectKind(name, data, kind, extension, ['text', 'html']);
      const { decodeText } = await import('./text');
      const text = decodeText(data);
      const { looksLikePhraseList, phraseRowsOfText } = await import('./phrase-rows');
      const intent = extension === '.txt' ? (options.intent ?? 'auto') : 'document';
      if (intent === 'phrases' || (intent === 'auto' && looksLikePhraseList(text))) {
        const { rows, notes } = phraseRowsOfText(text);
        return { kind: 'phrases', name, rows, notes: [note('按每行一条表述读取', 'Read as a phrase list, one phrase a line'), ...notes] };
      }
      return document({ name, text, markdown: extension === '.md' });
    }
    case '.html':
    case '.htm': {
      await expectKind(name, data, kind, extension, ['text', 'html']);
      const { decodeText, htmlCharset, htmlToText } = await import('./text');
      return document({ name, text: htmlToText(decodeText(data, htmlCharset(data))) });
    }
    case '.csv': {
      await expectKind(name, data, kind, extension, ['text']);
      const { readCsv } = await import('./csv');
      return { kind: 'phrases', name, ...(await readCsv(name, data)) };
    }
    case '.xlsx': {
      if (kind === 'ole') await oleInsteadOfZip(name, data, extension);
      await expectKind(name, data, kind, extension, ['zip']);
      const { readXlsx } = await import('./xlsx');
      return { kind: 'phrases', name, ...readXlsx(name, data) };
    }
    case '.docx': {
      if (kind === 'ole') await oleInsteadOfZip(name, data, extension);
      await expectKind(name, data, kind, extension, ['zip']);
      const { readDocx } = await import('./docx');
      return document({ name, text: await readDocx(name, data) });
    }
    case '.doc':
    case '.wps':
      return readWordBinary(name, data, kind, extension);
    case '.pdf': {
      await expectKind(name, data, kind, extension, ['pdf']);
      const { readPdf } = await import('./pdf');
      const read = await readPdf(name, data, options.loadPdfjs);
      return document(read.document, read.notes);
    }
    case '.ofd': {
      await expectKind(name, data, kind, extension, ['zip']);
      const { readOfd } = await import('./ofd');
      const read = readOfd(name, data);
      return document(read.document, read.notes);
    }
    default: {
      const saveAs = SAVE_AS[extension];
      throw refuse(
        name,
        (q) => `不支持的文件类型${q}：可导入 ${READABLE_EXTENSIONS.join('、')} 文件。${saveAs ? `请先另存为 ${saveAs} 再导入。` : ''}`,
        (q) => `Unsupported file type ${q}: the files that can be imported are ${READABLE_EXTENSIONS.join(', ')}.${saveAs ? ` Save it as ${saveAs} first.` : ''}`,
      );
    }
  }
}

/** Kinds writers have that we do not read, and what to save them as. */
const SAVE_AS: Record<string, string> = {
  '.xls': '.xlsx',
  '.et': '.xlsx',
  '.ods': '.xlsx',
  '.rtf': '.docx',
  '.odt': '.docx',
  '.wpt': '.docx',
  '.dot': '.docx',
  '.dotx': '.docx',
  '.docm': '.docx',
  '.mht': '.docx',
  '.mhtml': '.docx',
};

async function readWordBinary(name: string, data: Uint8Array, kind: SniffedKind, extension: string): Promise<ReadOutcome> {
  const { readOle, isEncryptedOoxml, wordDocumentText, earlyWps, damagedWord } = await import('./doc');
  if (kind === 'ole') {
    const ole = readOle(data);
    if (!ole) throw damagedWord(name);
    if (isEncryptedOoxml(ole)) await oleInsteadOfZip(name, data, '.docx');
    if (ole.find('WordDocument')) return document({ name, text: wordDocumentText(name, ole) });
    if (extension === '.wps') throw earlyWps(name);
    throw renamedFile(name, extension, 'ole');
  }
  if (extension === '.wps' && kind !== 'zip' && kind !== 'pdf' && kind !== 'html') throw earlyWps(name);
  // Document systems often export web pages named .doc (Word opens them): read them as such.
  if (kind === 'html') {
    const { decodeText, htmlCharset, htmlToText } = await import('./text');
    return document({ name, text: htmlToText(decodeText(data, htmlCharset(data))) }, [
      note('该文件实为网页格式（HTML），已按网页读取', 'The file is really a web page (HTML) and was read as one'),
    ]);
  }
  if (kind === 'rtf') {
    throw refuse(
      name,
      (q) => `无法读取${q}：它实际上是 RTF 文件，请在 Word/WPS 中另存为 .docx 后再导入。`,
      (q) => `Cannot read ${q}: it is really an RTF file. Save it as .docx in Word or WPS, then import it again.`,
    );
  }
  throw await renamed(name, data, kind, extension);
}
