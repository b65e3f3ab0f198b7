// The page's side of learning from files: starts the worker (learn-worker.ts), passes its
// progress on, and cancels by terminating it: a cancelled analysis leaves nothing behind,
// since nothing is written before the writer saves the review.
import LearnWorker from './learn-worker?worker';
import type { LearnFile, LearnProgress, LearnReply } from './learn-protocol';
import { BankInputError } from './limits';

export type LearnOutcome = Extract<LearnReply, { type: 'result' }>;

export type LearnJob = { done: Promise<LearnOutcome | null>; cancel: () => void };

/** `done` resolves to null when cancelled. */
export function startLearning(files: LearnFile[], urls: { wasmUrl: string; pdfAssetBase: string }, onProgress: (progress: LearnProgress) => void): LearnJob {
  const worker = new LearnWorker();
  let settle: (outcome: LearnOutcome | null) => void = () => {};
  const done = new Promise<LearnOutcome | null>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event: MessageEvent<LearnReply>) => {
      const reply = event.data;
      // pdf.js running inside the worker posts to this page too ({ sourceName: 'worker', … }).
      if (reply?.type !== 'progress' && reply?.type !== 'result' && reply?.type !== 'error') return;
      if (reply.type === 'progress') return onProgress(reply);
      worker.terminate();
      if (reply.type === 'result') resolve(reply);
      else reject(new BankInputError(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker error'));
    };
  });
  worker.postMessage({ type: 'start', files, ...urls });
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
