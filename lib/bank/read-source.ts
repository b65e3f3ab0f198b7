// One picked file → what the learning step takes: a document to analyse or a phrase list.
// The one place that knows which reader serves which file (lib/formats does the reading).
import type { LearnSource } from '../corpus/learn';
import { documentOfFile } from './documents';

export async function readSource(name: string, bytes: ArrayBuffer): Promise<LearnSource> {
  return { kind: 'document', document: await documentOfFile(name, bytes), notes: [] };
}
