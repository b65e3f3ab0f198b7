// PDF with a text layer → paragraphs, through pdf.js (pdfjs-dist). pdf.js is passed in
// (`loadPdfjs`): Node loads the legacy build (pdfjs-node.ts), a browser worker the modern
// one (pdfjs-web.ts). Positions go through layout-lines.ts, which the OFD reader shares.
import type { SourceDocument } from '../corpus/build-bank';
import { note, refuse, type Bilingual } from './common';
import type { LayoutRun } from './layout-lines';
import { PagedText } from './paged-text';

/** The part of a pdf.js text item we read. */
export type PdfTextItemLike = { str: string; transform: number[]; width: number; height: number; dir?: string };
export type PdfViewportLike = { convertToViewportPoint(x: number, y: number): number[] };
export type PdfPageLike = {
  getViewport(params: { scale: number }): PdfViewportLike;
  getTextContent(): Promise<{ items: Array<PdfTextItemLike | { type: string }> }>;
  cleanup?(): unknown;
};
export type PdfDocumentLike = { numPages: number; getPage(n: number): Promise<PdfPageLike>; destroy(): Promise<void> };

/**
 * What the reader needs of pdf.js: `getDocument` of the module, and the options the
 * environment wants on every document (where the CMaps and standard fonts are). Loaders:
 * pdfjs-node.ts (Node: CLI, tests) and pdfjs-web.ts (a browser Web Worker; its comment says
 * what the extension must serve and what pdf.js's worker module does to the page).
 */
export type PdfjsLike = {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
  documentParams?: Record<string, unknown>;
};

/**
 * More pages than this is not one document: at 400 characters a page it is past the
 * document limit anyway, and a file of many thousand empty pages would keep pdf.js busy for
 * minutes before saying so.
 */
export const MAX_PDF_PAGES = 3000;

export async function readPdf(name: string, bytes: Uint8Array, loadPdfjs: (() => Promise<PdfjsLike>) | undefined): Promise<{ document: SourceDocument; notes: Bilingual[] }> {
  if (!loadPdfjs) {
    throw refuse(name, (q) => `无法读取${q}：此处未配置 PDF 阅读组件。`, (q) => `Cannot read ${q}: no PDF reader is set up here.`);
  }
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
    ...pdfjs.documentParams,
  });
  let pdf: PdfDocumentLike;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfOpenError(name, error);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw refuse(
        name,
        (q) => `${q}页数过多（${pdf.numPages} 页，上限 ${MAX_PDF_PAGES} 页），请拆分后再导入。`,
        (q) => `${q} has too many pages (${pdf.numPages.toLocaleString('en-US')}; the limit is ${MAX_PDF_PAGES.toLocaleString('en-US')}). Split it, then import the parts.`,
      );
    }
    const paged = new PagedText(name);
    const unreadable: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      let runs: LayoutRun[];
      try {
        runs = await pageRuns(pdf, n);
      } catch {
        // A damaged page: the others are still worth reading.
        unreadable.push(n);
        paged.skipPage();
        continue;
      }
      paged.addPage(runs);
    }
    if (unreadable.length === pdf.numPages) throw pdfOpenError(name, undefined);
    if (paged.isScan) {
      throw refuse(
        name,
        (q) => `${q}是扫描件，没有可提取的文字（需先做文字识别 OCR）。`,
        (q) => `${q} is a scan: it has no text that can be extracted (it needs OCR first).`,
      );
    }
    return paged.toDocument(
      unreadable.length > 0 ? [note(`${unreadable.length} 页已损坏，未能读取（第 ${unreadable.slice(0, 10).join('、')} 页）`, `${unreadable.length} damaged page(s) could not be read (page ${unreadable.slice(0, 10).join(', ')})`)] : [],
    );
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}


/** A page's text items as layout runs (positions through the page's viewport, so rotation is undone). */
async function pageRuns(pdf: PdfDocumentLike, n: number): Promise<LayoutRun[]> {
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: LayoutRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const [x = 0, baseline = 0] = viewport.convertToViewportPoint(e, f);
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
    runs.push({ page: n - 1, x, baseline, width: item.width, size, text: item.str });
  }
  page.cleanup?.();
  return runs;
}

function pdfOpenError(name: string, error: unknown) {
  const kind = (error as { name?: string } | null)?.name;
  if (kind === 'PasswordException') {
    return refuse(
      name,
      (q) => `${q}设有打开密码，请先取消密码（或另存一份无密码的 PDF）再导入。`,
      (q) => `${q} is password-protected: remove the password (or save a copy without one), then import it again.`,
    );
  }
  return refuse(
    name,
    (q) => `${q}已损坏或不是有效的 PDF 文件，无法读取，未导入。`,
    (q) => `${q} is damaged or not a valid PDF file and cannot be read. It was not imported.`,
  );
}
