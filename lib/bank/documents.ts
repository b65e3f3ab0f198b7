// Documents the user imports (.txt, .md, .docx) as text for the corpus pipeline. .docx goes
// through mammoth (loaded only when a .docx is picked); a file that is not one gets a
// message saying so instead of a stack trace.
import type { SourceDocument } from '../corpus/build-bank';
import { decodeText } from '../formats/text';
import { BankInputError, checkFileSize, enCount } from './limits';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

/**
 * A year of reports is a few hundred thousand characters; more than this in one document is
 * not a report (a log, a dump) and would keep the page busy for minutes in the pipeline.
 */
export const MAX_DOCUMENT_CHARS = 1_000_000;

/** The message for a document of `length` characters, over MAX_DOCUMENT_CHARS (readers stop early with it). */
export function tooMuchText(name: string, length: number): BankInputError {
  return new BankInputError({
    zh: `文件「${name}」的文字过多（${length} 字），每个文档上限为 ${MAX_DOCUMENT_CHARS / 10_000} 万字，未导入。`,
    en: `The file “${name}” holds too much text (${enCount(length)} characters; the limit is ${enCount(MAX_DOCUMENT_CHARS)} per document). It was not imported.`,
  });
}

/** The document as read, or a message naming it when it holds too much text. */
export function checkedDocument(document: SourceDocument): SourceDocument {
  if (document.text.length > MAX_DOCUMENT_CHARS) throw tooMuchText(document.name, document.text.length);
  return document;
}

const extensionOf = (name: string): string => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';

// The decoding (BOM, UTF-16, UTF-8, GB18030) lives with the other readers.
export { decodeText } from '../formats/text';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

type RawTextExtractor = (bytes: ArrayBuffer) => Promise<string>;

async function mammothText(bytes: ArrayBuffer): Promise<string> {
  const mammoth = await import('mammoth');
  const api = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth;
  // The browser build reads `arrayBuffer`, the Node build (tests) `buffer`; both accept an ArrayBuffer.
  const input = { arrayBuffer: bytes, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  return (await api.extractRawText(input)).value;
}

export async function documentOfFile(name: string, bytes: ArrayBuffer, extractDocx: RawTextExtractor = mammothText): Promise<SourceDocument> {
  checkFileSize(bytes.byteLength, { zh: `文件「${name}」`, en: `The file “${name}”` });
  const extension = extensionOf(name);
  if (extension === '.txt' || extension === '.md') {
    return checkedDocument({ name, text: decodeText(bytes), markdown: extension === '.md' });
  }
  if (extension !== '.docx') {
    throw new BankInputError({
      zh: `不支持的文件类型「${name}」：请选择 .txt、.md 或 .docx 文件。`,
      en: `Unsupported file type “${name}”: choose a .txt, .md or .docx file.`,
    });
  }
  const head = new Uint8Array(bytes.slice(0, 4));
  const notDocx = new BankInputError({
    zh: `「${name}」不是有效的 .docx 文件（可能是改了扩展名的其他文件，或已损坏），未导入。`,
    en: `“${name}” is not a valid .docx file (perhaps another kind of file renamed, or a damaged one). It was not imported.`,
  });
  if (!ZIP_MAGIC.every((b, i) => head[i] === b)) throw notDocx;
  let text: string;
  try {
    text = await extractDocx(bytes);
  } catch {
    throw notDocx;
  }
  return checkedDocument({ name, text });
}
