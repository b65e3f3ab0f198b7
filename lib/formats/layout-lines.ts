// Positioned text (PDF text items, OFD text codes) → lines → paragraphs. Shared by the PDF
// and OFD readers: both give runs of text with a page, a left edge, a baseline (measured
// downwards from the top of the page) and a font size.
//
// Lines: runs whose baselines lie within 0.4 em of each other on one page, ordered by x; a
// gap becomes a space between words, or next to CJK text only when over 1.5 em (columns).
// Page furniture dropped: a line (of at most 40 characters) among the first or last two of a
// page whose text (digits aside) repeats in that place on at least half the pages (and at
// least twice), and page numbers there (「- 3 -」「— 3 —」「第3页」「第3页 共10页」「3/10」
// 「Page 3」, bare digits).
// Paragraphs: a line joins the one before it unless the one before ends short of the right
// margin (by 2 em) or with 。！？；：, or is centred or right-aligned (starts 3 em in), or this
// one is indented (by 1 em), starts with a heading marker (一、（一）1.（1）第X条), changes
// font size, or follows a gap wider than 1.8 line pitches. A title (larger than the body
// text, centred) goes on over its lines. Lines join with no space between CJK characters, a
// space between words.
import { LEADING_MARKER } from '../corpus/text';

export type LayoutRun = {
  page: number;
  /** Left edge. */
  x: number;
  /** Baseline, measured down from the top of the page. */
  baseline: number;
  /** Advance width of the whole run (0 when unknown: estimated from the size). */
  width: number;
  /** Font size (em), in the same unit as x. */
  size: number;
  text: string;
};

export type LayoutLine = { page: number; x0: number; x1: number; baseline: number; size: number; text: string };

export type LayoutResult = {
  paragraphs: string[];
  /** Lines dropped as repeated headers or footers. */
  repeatedDropped: number;
  pageNumbersDropped: number;
};

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]/;
const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);
/**
 * A single space between CJK and Latin/digits inside one run: pdf.js writes one for the
 * extra room LibreOffice and Word put between scripts (「2024 年」), which the writer never typed.
 */
const CJK_LATIN_SPACE = new RegExp(`(?<=${CJK.source}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=${CJK.source})`, 'g');

/** Width of a run, from its advance or, when none is given, from its length. */
const runWidth = (run: LayoutRun) => (run.width > 0 ? run.width : [...run.text].length * run.size * (isCjk(run.text[0]) ? 1 : 0.5));

/** Runs of one page → its lines, top to bottom. */
function linesOfPage(runs: LayoutRun[]): LayoutLine[] {
  const sorted = runs
    .filter((r) => r.text.trim().length > 0)
    .map((r) => ({ ...r, text: r.text.replace(CJK_LATIN_SPACE, '') }))
    .sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: LayoutRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(run.baseline - first.baseline) <= 0.4 * Math.max(first.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let previous: LayoutRun | undefined;
    for (const run of group) {
      // Text drawn twice at the same place (simulated bold) counts once.
      if (previous && previous.text === run.text && Math.abs(previous.x - run.x) < run.size * 0.3) continue;
      const gap = run.x - end;
      const size = Math.max(run.size, 1);
      // Between words a gap is a space; next to a CJK character only a wide one (a table's
      // columns) is: writers add a little room between CJK and Latin text that is not a space.
      const cjkSide = isCjk(text[text.length - 1]) || isCjk(run.text[0]);
      if (text && (gap > 1.5 * size || (gap > 0.2 * size && !cjkSide)) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
      text += run.text;
      end = Math.max(end, run.x + runWidth(run));
      previous = run;
    }
    const sizes = group.map((r) => r.size).sort((a, b) => a - b);
    return {
      page: group[0]!.page,
      x0: group[0]!.x,
      x1: end,
      baseline: group[0]!.baseline,
      size: sizes[sizes.length >> 1]!,
      text: text.replace(/\s+/g, ' ').trim(),
    };
  });
}

const PAGE_NUMBER = [
  /^[-—–－~·•\s]*\d{1,4}[-—–－~·•\s]*$/,
  /^[-—–－\s]*第\s*[\d一二三四五六七八九十百零〇]+\s*页(?:\s*[,，、]?\s*共\s*[\d一二三四五六七八九十百零〇]+\s*页)?[-—–－\s]*$/,
  /^共\s*\d+\s*页\s*[,，、]?\s*第\s*\d+\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i,
];
export const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((p) => p.test(text.trim()));

/** A line's text with digits and spaces evened out, so 「第 3 页」 and 「第 4 页」 compare equal. */
const furnitureKey = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

const EDGE = 2;
/** Running headers and footers are short; a body line repeated at a page edge is not one. */
const MAX_FURNITURE_CHARS = 40;

/** Drops repeated headers/footers and page numbers among the first and last lines of each page. */
function dropPageFurniture(pages: LayoutLine[][]): { pages: LayoutLine[][]; repeated: number; numbers: number } {
  const edgeIndexes = (lines: LayoutLine[]) => {
    const top = lines.slice(0, EDGE).map((_, i) => i);
    const bottom = lines.slice(-EDGE).map((_, i) => lines.length - Math.min(EDGE, lines.length) + i);
    return { top, bottom };
  };
  const counts = { top: new Map<string, number>(), bottom: new Map<string, number>() };
  for (const lines of pages) {
    const edges = edgeIndexes(lines);
    for (const place of ['top', 'bottom'] as const) {
      const keys = new Set(edges[place].map((i) => furnitureKey(lines[i]!.text)));
      for (const key of keys) counts[place].set(key, (counts[place].get(key) ?? 0) + 1);
    }
  }
  const pagesWithText = pages.filter((p) => p.length > 0).length;
  const threshold = Math.max(2, Math.ceil(pagesWithText / 2));
  let repeated = 0;
  let numbers = 0;
  const kept = pages.map((lines) => {
    const edges = edgeIndexes(lines);
    const drop = new Set<number>();
    for (const place of ['top', 'bottom'] as const) {
      for (const i of edges[place]) {
        const text = lines[i]!.text;
        if (isPageNumber(text)) {
          if (!drop.has(i)) numbers++;
          drop.add(i);
        } else if (text.length <= MAX_FURNITURE_CHARS && (counts[place].get(furnitureKey(text)) ?? 0) >= threshold) {
          if (!drop.has(i)) repeated++;
          drop.add(i);
        }
      }
    }
    return lines.filter((_, i) => !drop.has(i));
  });
  return { pages: kept, repeated, numbers };
}

/** Heading numbering that starts a paragraph: 一、（一）1.（1）① 一是, and 第X章/节/条/部分. */
const HEADING_START = new RegExp(`${LEADING_MARKER.source}|^第[一二三四五六七八九十百零〇\\d]+[章节条部分款]`);
const ENDS_SENTENCE = /[。！？；：!?;:][”’」』）)]*$/;

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) (best = v), (bestCount = c);
  return best;
}

/**
 * The right margin: the rightmost edge that at least two lines reach (within 1 em of each
 * other), so one line running wide does not move it, and a document of mostly short
 * paragraphs still finds it from its few full lines.
 */
function rightMargin(lines: LayoutLine[], em: number): number {
  const edges = lines.map((l) => l.x1).sort((a, b) => b - a);
  for (let i = 0; i + 1 < edges.length; i++) if (edges[i]! - edges[i + 1]! <= em) return edges[i + 1]!;
  return edges[0] ?? 0;
}

type Margins = { left: number; right: number; known: boolean };

/**
 * Each page's left margin (the commonest line start) and right margin (rightmost edge two
 * lines share), from the page itself when it has lines enough (pages may differ: mirrored
 * margins, a landscape table), else from the whole document. `known` is false when no line
 * reaches 15 em (a list, a form): then every line stands alone rather than all running
 * together.
 */
function pageMargins(lines: LayoutLine[], em: number): (page: number) => Margins {
  const measure = (some: LayoutLine[]): Margins => {
    const left = mode(some.map((l) => l.x0));
    const right = rightMargin(some, em);
    return { left, right, known: right - left >= 15 * em };
  };
  const whole = measure(lines);
  const byPage = new Map<number, LayoutLine[]>();
  for (const line of lines) {
    const own = byPage.get(line.page);
    if (own) own.push(line);
    else byPage.set(line.page, [line]);
  }
  const cache = new Map<number, Margins>();
  return (page) => {
    let margins = cache.get(page);
    if (!margins) {
      const own = byPage.get(page) ?? [];
      const measured = own.length >= 6 ? measure(own) : whole;
      margins = measured.known ? measured : whole;
      cache.set(page, margins);
    }
    return margins;
  };
}

/** Joins two pieces of one paragraph: no space between CJK, a space between words. */
function joinLine(paragraph: string, line: string): string {
  const last = paragraph[paragraph.length - 1];
  const first = line[0];
  if (isCjk(last) || isCjk(first) || last === '-' || /\s/.test(last ?? '')) return paragraph + line;
  return `${paragraph} ${line}`;
}

/** Lines (already in reading order, page furniture removed) → paragraphs. */
export function paragraphsOfLines(lines: LayoutLine[]): string[] {
  if (lines.length === 0) return [];
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page === b.page && b.baseline > a.baseline) pitches.push(b.baseline - a.baseline);
  }
  const pitch = pitches.length > 0 ? percentile(pitches, 0.5) : Infinity;
  const bodySize = mode(lines.map((l) => l.size * 10)) / 10;
  const margins = pageMargins(lines, bodySize);
  const center = (l: LayoutLine) => (l.x0 + l.x1) / 2;
  const paragraphs: string[] = [];
  let current = '';
  let previous: LayoutLine | undefined;
  for (const line of lines) {
    if (previous) {
      const em = Math.max(previous.size, 1);
      const { left, known } = margins(line.page);
      const before = margins(previous.page);
      // A title set larger than the body and centred goes on over its lines.
      const titleGoesOn =
        line.size > 1.15 * bodySize && Math.abs(line.size - previous.size) < 0.1 * em && Math.abs(center(line) - center(previous)) < 2 * em && !ENDS_SENTENCE.test(previous.text);
      const breaks =
        !titleGoesOn &&
        (!known ||
        previous.x1 < before.right - 2 * em ||
        // A centred or right-aligned line (signature, date) ends its paragraph.
        previous.x0 > before.left + 3 * em ||
        ENDS_SENTENCE.test(previous.text) ||
        line.x0 > left + 1 * Math.max(line.size, 1) ||
        HEADING_START.test(line.text) ||
        Math.abs(line.size - previous.size) > 0.2 * em ||
        (line.page === previous.page && line.baseline - previous.baseline > 1.8 * pitch));
      if (breaks) {
        paragraphs.push(current);
        current = line.text;
      } else {
        current = joinLine(current, line.text);
      }
    } else {
      current = line.text;
    }
    previous = line;
  }
  paragraphs.push(current);
  return paragraphs.filter((p) => p.trim().length > 0);
}

/** Runs of a whole document → paragraphs, with what was dropped. */
export function paragraphsOfRuns(runs: LayoutRun[], pageCount: number): LayoutResult {
  const byPage: LayoutRun[][] = Array.from({ length: pageCount }, () => []);
  for (const run of runs) byPage[run.page]?.push(run);
  const { pages, repeated, numbers } = dropPageFurniture(byPage.map(linesOfPage));
  return { paragraphs: paragraphsOfLines(pages.flat()), repeatedDropped: repeated, pageNumbersDropped: numbers };
}
