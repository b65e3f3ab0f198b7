// One picked file → what the learning step takes: a document to analyse or a phrase list,
// read by lib/formats. The caller says where pdf.js comes from (the worker's copy in the
// extension, or the Node build in the CLI).
import type { LearnSource } from '../corpus/learn';
import { readUserFile, type ReadOptions } from '../formats';

export async function readSource(name: string, bytes: ArrayBuffer, options: ReadOptions = {}): Promise<LearnSource> {
  const outcome = await readUserFile(name, bytes, options);
  return outcome.kind === 'document'
    ? { kind: 'document', document: outcome.document, notes: outcome.notes }
    : { kind: 'phrases', name: outcome.name, rows: outcome.rows, notes: outcome.notes };
}
