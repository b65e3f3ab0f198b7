// What the PDF and OFD readers share once they have positioned text: gathering it page by
// page (counting characters, noting pages without text, stopping at the document limit,
// dropping characters that fonts without a Unicode mapping leave), telling a scan, and
// turning it into a document with notes on what was left out.
import type { SourceDocument } from '../corpus/build-bank';
import { MAX_DOCUMENT_CHARS, tooMuchText } from '../bank/documents';
import { note, refuse, type Bilingual } from './common';
import { paragraphsOfRuns, type LayoutRun } from './layout-lines';

/** A page with fewer printable characters than this is reported as without text. */
const EMPTY_PAGE_CHARS = 5;
/** Average printable characters per page under which the whole file counts as a scan. */
const SCAN_CHARS_PER_PAGE = 10;

const printable = (text: string) => text.replace(/\s/g, '').length;

/**
 * Characters a font without a Unicode mapping leaves in the text layer: private-use code
 * points, U+FFFD, control characters. They are never the writer's text.
 */
const GARBLED = /[\ue000-\uf8ff\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
/** Share of garbled characters over which the text layer is not worth reading at all. */
const MAX_GARBLED_SHARE = 0.3;

const pageList = (pages: number[]) => (pages.length > 10 ? `${pages.slice(0, 10).join('、')}…` : pages.join('、'));

export class PagedText {
  private readonly runs: LayoutRun[] = [];
  private readonly emptyPages: number[] = [];
  private chars = 0;
  private skipped = 0;
  private garbled = 0;
  pageCount = 0;

  constructor(private readonly name: string) {}

  /** Adds the next page; its runs' `page` must be the current `pageCount`. Throws past the document limit. */
  addPage(runs: LayoutRun[]): void {
    const chars = runs.reduce((sum, run) => sum + printable(run.text), 0);
    for (const run of runs) {
      const clean = run.text.replace(GARBLED, '');
      this.garbled += run.text.length - clean.length;
      this.runs.push(clean === run.text ? run : { ...run, text: clean });
    }
    this.pageCount++;
    if (chars < EMPTY_PAGE_CHARS) this.emptyPages.push(this.pageCount);
    this.chars += chars;
    if (this.chars > MAX_DOCUMENT_CHARS) throw tooMuchText(this.name, this.chars);
  }

  /** A page that could not be read at all (damaged): it counts for neither text nor scan. */
  skipPage(): void {
    this.pageCount++;
    this.skipped++;
  }

  /** (Almost) no text on the pages read: what a scan gives a text reader. */
  get isScan(): boolean {
    return this.chars < Math.max(EMPTY_PAGE_CHARS, SCAN_CHARS_PER_PAGE * (this.pageCount - this.skipped));
  }

  /** Most of the text is garbled: fonts without a Unicode mapping. */
  get isGarbled(): boolean {
    return this.garbled > this.chars * MAX_GARBLED_SHARE;
  }

  toDocument(extraNotes: Bilingual[] = []): { document: SourceDocument; notes: Bilingual[] } {
    if (this.isGarbled) {
      throw refuse(
        this.name,
        (q) => `${q}的文字无法解码（所用字体没有提供 Unicode 映射），无法提取；请在原软件中重新导出，或先做文字识别（OCR）。`,
        (q) => `The text of ${q} cannot be decoded (its fonts give no Unicode mapping): export it again from the program that made it, or run OCR on it first.`,
      );
    }
    const layout = paragraphsOfRuns(this.runs, this.pageCount);
    const notes: Bilingual[] = [];
    const empty = this.emptyPages;
    if (empty.length > 0) {
      notes.push(note(`${empty.length} 页无文字（第 ${pageList(empty)} 页，可能是扫描页或图片）`, `${empty.length} page(s) without text (page ${pageList(empty)}; scanned pages or pictures)`));
    }
    notes.push(...extraNotes);
    if (this.garbled > 0) notes.push(note(`略去无法解码的字符 ${this.garbled} 个`, `${this.garbled} character(s) that could not be decoded were left out`));
    if (layout.repeatedDropped > 0) notes.push(note(`略去页眉页脚 ${layout.repeatedDropped} 行`, `${layout.repeatedDropped} header/footer line(s) left out`));
    if (layout.pageNumbersDropped > 0) notes.push(note(`略去页码 ${layout.pageNumbersDropped} 处`, `${layout.pageNumbersDropped} page number(s) left out`));
    return { document: { name: this.name, text: layout.paragraphs.join('\n') }, notes };
  }
}
