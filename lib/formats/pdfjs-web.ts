// pdf.js for a browser Web Worker (the options page's analysis worker): the modern build,
// with its worker module imported into the same thread. pdf.js then runs its "fake worker"
// there — no nested worker, no workerSrc URL to allow. Both modules load on the first PDF.
//
// `assetBase` is where the copies of pdfjs-dist's cmaps/ and standard_fonts/ folders are
// served (in the extension: browser.runtime.getURL('/pdfjs/') with both copied to
// public/pdfjs/; 1.7 MB and 0.8 MB). The CMaps matter: a Chinese PDF in a non-embedded font
// with a predefined CMap (STSong-Light, UniGB-UCS2-H) gives no text at all without them.
//
// Importing pdf.worker.mjs into a dedicated worker also makes it register on the worker's
// global and post { sourceName: 'worker', targetName: 'main', action: 'ready' } to the page:
// the page must answer only its own messages. tests/formats-worker/run.ts runs this loader in
// Chromium.
import type { PdfjsLike } from './pdf';

export function pdfjsWebLoader(assetBase: string): () => Promise<PdfjsLike> {
  let loaded: Promise<PdfjsLike> | undefined;
  return () =>
    (loaded ??= (async () => {
      // The worker module ships without types; pdf.js only reads its WorkerMessageHandler.
      const workerModule = import('pdfjs-dist/build/pdf.worker.mjs' as string) as Promise<unknown>;
      const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), workerModule]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return {
        getDocument: pdfjs.getDocument as unknown as PdfjsLike['getDocument'],
        documentParams: {
          cMapUrl: new URL('cmaps/', assetBase).href,
          cMapPacked: true,
          standardFontDataUrl: new URL('standard_fonts/', assetBase).href,
          // MV3 pages forbid eval; pdf.js would otherwise try it for fonts.
          isEvalSupported: false,
          // Without it pdf.js reads document.baseURI (absent in a worker) and fetches only
          // http(s) URLs itself; with it the in-thread worker code fetches with plain fetch().
          useWorkerFetch: true,
        },
      };
    })());
}
