// The limit on one document's text, shared by every reader in lib/formats (which read the
// files) and the corpus pipeline (which would otherwise be kept busy for minutes).
import type { SourceDocument } from '../corpus/build-bank';
import { BankInputError, enCount } from './limits';

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

