// Shared by the formats-*.test.ts files: fixtures as ArrayBuffers, and readUserFile with
// pdf.js for Node.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readUserFile, type ReadOptions, type ReadOutcome } from '@/lib/formats';
import { loadPdfjsNode } from '@/lib/formats/pdfjs-node';

const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

export const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(FIXTURES + name));

export const read = (name: string, bytes: Uint8Array | string, options: ReadOptions = {}): Promise<ReadOutcome> =>
  readUserFile(name, arrayBufferOf(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes), { loadPdfjs: loadPdfjsNode, ...options });

/** Reads a fixture and returns its document's paragraphs (fails for a phrase list). */
export async function paragraphsOf(file: string, as = file): Promise<string[]> {
  const outcome = await read(as, fixture(file));
  if (outcome.kind !== 'document') throw new Error(`${file} read as ${outcome.kind}`);
  return outcome.document.text.split('\n').filter((line) => line.trim());
}

/** The message of the BankInputError `promise` rejects with (and that it is one). */
export async function messageOf(promise: Promise<unknown>): Promise<{ zh: string; en: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name?: string; message: string; en?: string };
    if (e.name !== 'BankInputError') throw error;
    return { zh: e.message, en: e.en ?? '' };
  }
  throw new Error('expected a BankInputError, got a result');
}
