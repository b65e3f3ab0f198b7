// The readers inside a real browser Web Worker (bundled by run.ts with esbuild for the
// browser), with pdf.js loaded by lib/formats/pdfjs-web.ts as the extension's analysis
// worker will load it; the CMaps and standard fonts are served under /pdfjs/.
import { readUserFile } from '../../lib/formats';
import { pdfjsWebLoader } from '../../lib/formats/pdfjs-web';

const loadPdfjs = pdfjsWebLoader(new URL('/pdfjs/', self.location.href).href);

self.onmessage = async (event: MessageEvent<{ name: string; bytes: ArrayBuffer }>) => {
  const { name, bytes } = event.data;
  try {
    const outcome = await readUserFile(name, bytes, { loadPdfjs });
    self.postMessage({ name, outcome });
  } catch (error) {
    self.postMessage({ name, error: (error as Error).message, errorName: (error as Error).name });
  }
};
