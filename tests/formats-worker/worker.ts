// The readers inside a real browser Web Worker (bundled by run.ts with esbuild for the
// browser): pdf.js's modern build with its worker module imported into this thread (the
// "fake worker"), the CMaps fetched with the worker-side fetch. This is the set-up the
// options page's analysis worker needs; see PdfjsLike in lib/formats/pdf.ts.
import * as pdfjs from 'pdfjs-dist';
// @ts-expect-error: the worker module ships without types; pdf.js reads its WorkerMessageHandler.
import * as pdfWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { readUserFile, type PdfjsLike } from '../../lib/formats';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

const loadPdfjs = async (): Promise<PdfjsLike> => ({
  getDocument: pdfjs.getDocument as unknown as PdfjsLike['getDocument'],
  documentParams: {
    cMapUrl: new URL('/cmaps/', self.location.href).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('/standard_fonts/', self.location.href).href,
    isEvalSupported: false,
    useWorkerFetch: true,
  },
});

self.onmessage = async (event: MessageEvent<{ name: string; bytes: ArrayBuffer }>) => {
  const { name, bytes } = event.data;
  try {
    const outcome = await readUserFile(name, bytes, { loadPdfjs });
    self.postMessage({ name, outcome });
  } catch (error) {
    self.postMessage({ name, error: (error as Error).message, errorName: (error as Error).name });
  }
};
