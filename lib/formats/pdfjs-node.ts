// pdf.js for Node (the CLI, the tests): the legacy build, which Node 20 runs, with its worker
// module imported into this thread — the same "fake worker" set-up the extension's analysis
// worker uses (see PdfjsLike in pdf.ts) — and the CMaps and standard fonts read from the
// package's folders.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfjsLike } from './pdf';

let loaded: Promise<PdfjsLike> | undefined;

export function loadPdfjsNode(): Promise<PdfjsLike> {
  loaded ??= (async () => {
    // The worker module ships without types; only its WorkerMessageHandler export is used (by pdf.js).
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(workerModule) as Promise<unknown>]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    // pdf.js's Node factories read these with fs; they want directory paths ending in "/".
    const folder = (name: string) => `${path.join(root, name)}/`;
    return {
      getDocument: pdfjs.getDocument as unknown as PdfjsLike['getDocument'],
      documentParams: { cMapUrl: folder('cmaps'), cMapPacked: true, standardFontDataUrl: folder('standard_fonts') },
    };
  })();
  return loaded;
}
