// The worker behind 「从文档学习」: reads every picked file with its format's reader, then runs
// the corpus pipeline, off the page's main thread, posting progress after each file. A file
// that cannot be read is named with its reason and the others go on.
import { learnFromSources, type KnownBank, type LearnSource } from '../corpus/learn';
import { mergeKey } from '../corpus/merge';
import { JukuDatabase } from '../db';
import { loadWebSegmenter } from '../segment-web';
import type { LearnFailure, LearnReply, LearnRequest } from './learn-protocol';
import { BankInputError } from './limits';
import { readSource } from './read-source';
import { pdfjsWebLoader } from '../formats/pdfjs-web';
import { allPhrases, phraseTables } from './phrase-store';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<LearnRequest>) => void) | null; postMessage(reply: LearnReply): void };

const messageOf = (error: unknown) =>
  error instanceof BankInputError
    ? { zh: error.message, en: error.en }
    : { zh: `无法读取（${error instanceof Error ? error.message : String(error)}）`, en: `could not be read (${error instanceof Error ? error.message : String(error)})` };

/** What the bank already has, read here so the page's main thread never walks 100,000 rows. */
async function knownBank(): Promise<KnownBank> {
  const db = new JukuDatabase();
  try {
    const [phrases, skeletonIds] = await db.transaction('r', [...phraseTables(db), db.skeletons], () =>
      Promise.all([allPhrases(db), db.skeletons.toCollection().primaryKeys()]),
    );
    return { phraseKeys: new Set(phrases.map((p) => mergeKey(p.text))), skeletonIds: new Set(skeletonIds.map(String)) };
  } finally {
    db.close();
  }
}

async function learn({ files, wasmUrl, pdfAssetBase }: LearnRequest): Promise<void> {
  const started = performance.now();
  const loadPdfjs = pdfjsWebLoader(pdfAssetBase);
  const sources: LearnSource[] = [];
  const failed: LearnFailure[] = [];
  for (const [index, { name, file }] of files.entries()) {
    scope.postMessage({ type: 'progress', phase: 'reading', done: index, total: files.length, current: name });
    try {
      sources.push(await readSource(name, await file.arrayBuffer(), { loadPdfjs }));
    } catch (error) {
      failed.push({ name, message: messageOf(error) });
    }
  }
  const read = performance.now();
  const analysing = (done: number, total: number) => scope.postMessage({ type: 'progress', phase: 'analysing', done, total, current: '' });
  analysing(0, 0);
  const [segmenter, known] = await Promise.all([loadWebSegmenter(wasmUrl), knownBank()]);
  const result = learnFromSources(sources, segmenter, known, analysing);
  scope.postMessage({ type: 'result', result, failed, readMs: read - started, analyseMs: performance.now() - read });
}

scope.onmessage = (event) => {
  // pdf.js's in-thread worker code listens on this global too: answer only our own request.
  if (event.data?.type !== 'start') return;
  learn(event.data).catch((error: unknown) => scope.postMessage({ type: 'error', message: messageOf(error) }));
};
