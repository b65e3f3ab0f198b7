// Documents the user imports (.txt, .md, .docx) as text for the corpus pipeline. .docx goes
// through mammoth (loaded only when a .docx is picked); a file that is not one gets a
// message saying so instead of a stack trace.
import type { SourceDocument } from '../corpus/build-bank';
import { BankInputError, checkFileSize } from './limits';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

const extensionOf = (name: string): string => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';

/** UTF-8 first; a file that is not (older Windows tools save GB18030) is read as GB18030. */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

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
  checkFileSize(bytes.byteLength, `文件「${name}」`);
  const extension = extensionOf(name);
  if (extension === '.txt' || extension === '.md') {
    return { name, text: decodeText(bytes), markdown: extension === '.md' };
  }
  if (extension !== '.docx') {
    throw new BankInputError(`不支持的文件类型「${name}」：请选择 .txt、.md 或 .docx 文件。`);
  }
  const head = new Uint8Array(bytes.slice(0, 4));
  const notDocx = new BankInputError(`「${name}」不是有效的 .docx 文件（可能是改了扩展名的其他文件，或已损坏），未导入。`);
  if (!ZIP_MAGIC.every((b, i) => head[i] === b)) throw notDocx;
  let text: string;
  try {
    text = await extractDocx(bytes);
  } catch {
    throw notDocx;
  }
  return { name, text };
}
