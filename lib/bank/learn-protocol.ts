// The messages between the options page and the worker that reads and analyses the
// writer's files (learn-worker.ts): the page sends the files once, the worker answers with
// progress as it goes and one result at the end. Cancelling terminates the worker.
import type { LearnResult } from '../corpus/learn';
import type { Bilingual } from './limits';

export type LearnFile = { name: string; file: Blob };

export type LearnRequest = {
  type: 'start';
  files: LearnFile[];
  /** jieba's wasm, copied to the extension root: workers cannot ask the runtime for URLs. */
  wasmUrl: string;
  /** Where pdf.js's CMaps and standard fonts are served (…/pdfjs/), for the same reason. */
  pdfAssetBase: string;
};

export type LearnFailure = { name: string; message: Bilingual };

/** Reading counts files; analysing counts the phrases found so far as they are segmented. */
export type LearnProgress = { type: 'progress'; phase: 'reading' | 'analysing'; done: number; total: number; current: string };

/** What the worker posts; pdf.js, run inside it, posts messages of its own, which have no `type`. */
export type LearnReply =
  | LearnProgress
  | { type: 'result'; result: LearnResult; failed: LearnFailure[]; readMs: number; analyseMs: number }
  | { type: 'error'; message: Bilingual };
