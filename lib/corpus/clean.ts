// Document → clean lines: the text a 公文 writer wrote, without the reseller's wrapping.
//
// Order matters: blanked figures are runs of spaces (「统筹资金    亿元」), so they become
// fields BEFORE spaces are dropped; punctuation is normalized before that so the field rules
// see one form of quotes and brackets.
import { PAYWALL_MARKER, isAdLine, isBrandLine, learnBrands } from './ads';
import { blanksToFields } from './fields';
import { dropSpaces, normalizePunctuation } from './punctuation';
import { LEADING_MARKER } from './text';

export type CleanOptions = {
  /** The source is Markdown: strip heading hashes, quote markers and whole-line bold. */
  markdown?: boolean;
};

const DOC_TYPE_WORD =
  /报告|总结|述职|讲话|发言|汇报|方案|材料|体会|心得|计划|意见|通知|致辞|演讲|对照检查|剖析|提纲|公报|决定|规定|办法/;

/** Has at least a clause of running text (not a brand, slogan or banner). */
const hasSentenceContent = (line: string) => /[。！？，；：]/.test(line);

function splitRawLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s*\*\*(.+)\*\*\s*$/, '$1')
    .replace(/^\s*__(.+)__\s*$/, '$1');
}

const looksLikeTitle = (line: string) =>
  line.length <= 60 && !hasSentenceContent(line) && !LEADING_MARKER.test(line) && DOC_TYPE_WORD.test(line);

/**
 * Lines before the title that carry no sentence (brand names, slogans such as
 * 「自建平台、实时分享」) belong to the wrapping, not the document.
 */
function dropPreamble(lines: string[]): string[] {
  const titleIndex = lines.slice(0, 40).findIndex(looksLikeTitle);
  if (titleIndex <= 0) return lines;
  return [...lines.slice(0, titleIndex).filter(hasSentenceContent), ...lines.slice(titleIndex)];
}

/**
 * Short lines after the last paragraph with no sentence content and no heading marker are
 * watermarks or signatures, not wording.
 */
function dropPostamble(lines: string[]): string[] {
  let end = lines.length;
  while (end > 1) {
    const last = lines[end - 1] ?? '';
    if (hasSentenceContent(last) || LEADING_MARKER.test(last) || last.length > 30) break;
    if (/以上|指正|审议/.test(last)) break;
    end--;
  }
  return lines.slice(0, end);
}

/** Cleans one line: punctuation, blanked figures → fields, spaces dropped. */
export function cleanLine(line: string): string {
  return dropSpaces(blanksToFields(normalizePunctuation(line.replace(PAYWALL_MARKER, '')))).trim();
}

/** A raw document (UTF-8 text, any line endings, optional BOM) → its clean, non-empty lines. */
export function cleanDocument(raw: string, options: CleanOptions = {}): string[] {
  let lines = splitRawLines(raw).map((line) => line.replace(PAYWALL_MARKER, ''));
  if (options.markdown) lines = lines.map(stripMarkdown);
  const brands = learnBrands(lines);
  lines = lines.filter((line) => line.trim() && !isAdLine(line) && !isBrandLine(line, brands));
  lines = lines.map(cleanLine).filter(Boolean);
  return dropPostamble(dropPreamble(lines));
}

/** The clean document as one string, one paragraph per line. */
export const cleanText = (raw: string, options?: CleanOptions): string =>
  cleanDocument(raw, options).join('\n');
