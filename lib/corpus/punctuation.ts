// Punctuation normalization: 公文 use full-width punctuation and curly quotes throughout,
// while copied documents mix in ASCII commas, straight quotes and mismatched curly quotes.
// Normalizing once here means every later step (splitting, merging, matching) sees one form.
import { isCjk, isCjkPunct } from './text';

const TO_FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const isChineseContext = (char: string | undefined) => isCjk(char) || isCjkPunct(char);

/** Nearest non-space character before/after index i. */
function neighbour(chars: string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    if (!/\s/.test(chars[j] ?? '')) return chars[j];
  }
  return undefined;
}

/**
 * ASCII , ; : ? ! ( ) become full width when they touch Chinese text on either side; between
 * digits or Latin words (1,000 / 10:30 / (a)) they stay. A dot is never touched: 1.3 and the
 * list marker 1. are ASCII in 公文 too.
 */
function widenAsciiPunctuation(line: string): string {
  const chars = [...line];
  return chars
    .map((char, i) => {
      const wide = TO_FULL_WIDTH[char];
      if (!wide) return char;
      const before = neighbour(chars, i, -1);
      const after = neighbour(chars, i, 1);
      if (char === '(' || char === ')') {
        return isChineseContext(before) || isChineseContext(after) ? wide : char;
      }
      // 10:30, 1,000: keep between digits
      if (/\d/.test(before ?? '') && /\d/.test(after ?? '')) return char;
      return isChineseContext(before) || isChineseContext(after) || after === undefined ? wide : char;
    })
    .join('');
}

/**
 * Rewrites double quotes so they alternate “ ” within the line. Sources write 「“一岗双责“」
 * or straight "…"; alternation restores the pairs. A line with an odd number of quotes has a
 * genuinely missing quote: there only straight quotes are converted (by position), so one
 * missing quote does not flip every pair after it.
 */
function pairDoubleQuotes(line: string): string {
  const quotes = line.match(/["“”＂]/g) ?? [];
  if (quotes.length === 0) return line;
  if (quotes.length % 2 === 0) {
    let open = true;
    return line.replace(/["“”＂]/g, () => {
      const q = open ? '“' : '”';
      open = !open;
      return q;
    });
  }
  let open = true;
  return line.replace(/["“”＂]/g, (q) => {
    if (q === '“') open = false;
    else if (q === '”') open = true;
    else {
      const replaced = open ? '“' : '”';
      open = !open;
      return replaced;
    }
    return q;
  });
}

/** Same alternation for single quotes; an ASCII apostrophe inside Latin words (don't) is left alone. */
function pairSingleQuotes(line: string): string {
  const pattern = /(?<![A-Za-z])'|‘|’|(?<=[\u4e00-\u9fff])'/g;
  const quotes = line.match(pattern) ?? [];
  if (quotes.length === 0 || quotes.length % 2 === 1) return line;
  let open = true;
  return line.replace(pattern, () => {
    const q = open ? '‘' : '’';
    open = !open;
    return q;
  });
}

/** Corner brackets 「」『』 (Taiwan/Hong Kong usage) become the mainland 公文 quotes. */
function mainlandQuotes(line: string): string {
  return line.replace(/「/g, '“').replace(/」/g, '”').replace(/『/g, '‘').replace(/』/g, '’');
}

export function normalizePunctuation(line: string): string {
  return pairSingleQuotes(pairDoubleQuotes(mainlandQuotes(widenAsciiPunctuation(line))))
    .replace(/％/g, '%')
    .replace(/，{2,}/g, '，')
    .replace(/。{2,}/g, '。');
}

/** Drops whitespace except between two Latin letters/digits (「Word 文档」 keeps none, 「MS Office」 keeps its space). */
export function dropSpaces(line: string): string {
  return line
    .replace(/(?<=[A-Za-z0-9])[ \t\u00a0\u3000]+(?=[A-Za-z0-9])/g, '\u0000')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/\u0000/g, ' ');
}
