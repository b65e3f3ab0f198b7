// Small text helpers shared by the corpus modules: character classes, {{字段}} placeholders,
// sentence and clause splitting, list markers.

/** Han ideographs (the BMP blocks 公文 use) and the CJK compatibility block. */
export const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
export const isCjk = (char: string | undefined): boolean => char !== undefined && CJK_CHAR.test(char);

/** Full-width punctuation that ends or separates Chinese text. */
export const CJK_PUNCT = /[，。、；：？！“”‘’（）《》【】〔〕…—－·]/;
export const isCjkPunct = (char: string | undefined): boolean =>
  char !== undefined && CJK_PUNCT.test(char);

/** A typed placeholder such as {{金额}}: the only place braces may appear in bank text. */
export const FIELD = /\{\{[^{}]{1,8}\}\}/g;
export const FIELD_TYPES = ['年度', '单位', '职务', '金额', '比例', '数量', '名称', '内容'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const field = (type: FieldType): string => `{{${type}}}`;

/** Length as a reader sees it: a field counts as one character. */
export function visibleLength(text: string): number {
  return [...text.replace(FIELD, '□')].length;
}

/** Number of Han characters outside fields: how much actual wording a piece carries. */
export function cjkCount(text: string): number {
  return (text.replace(FIELD, '').match(new RegExp(CJK_CHAR.source, 'g')) ?? []).length;
}

const SENTENCE_END = /[。！？；]/;

/** Splits a paragraph into sentences, each keeping its terminator (。！？；). */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let current = '';
  for (const char of paragraph) {
    current += char;
    // A closing quote right after the terminator belongs to the sentence: 「…。”」
    if (SENTENCE_END.test(char)) {
      sentences.push(current);
      current = '';
    } else if ((char === '”' || char === '’' || char === '）') && current.length === 1 && sentences.length) {
      sentences[sentences.length - 1] += char;
      current = '';
    }
  }
  if (current.trim()) sentences.push(current);
  return sentences.map((s) => s.trim()).filter(Boolean);
}

const OPENERS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '‘': '’', '【': '】' };
const CLAUSE_BREAK = /[，；：。！？]/;

/**
 * Splits a sentence into clauses at ，；：(and terminators), but never inside “…”, 《…》 or
 * （…）: a quoted slogan or a document title is one unit of wording. 、 does not split: it
 * joins enumerations (「谋思路、夯基础、强队伍」), which are wording in their own right.
 */
export function splitClauses(sentence: string): string[] {
  const clauses: string[] = [];
  const expected: string[] = [];
  let current = '';
  for (const char of sentence) {
    const closer = OPENERS[char];
    if (closer) expected.push(closer);
    else if (expected.length && char === expected[expected.length - 1]) expected.pop();
    if (CLAUSE_BREAK.test(char) && expected.length === 0) {
      if (current.trim()) clauses.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim()) clauses.push(current.trim());
  // Unbalanced brackets would swallow the rest of the sentence: fall back to a plain split.
  if (expected.length) return sentence.split(CLAUSE_BREAK).map((c) => c.trim()).filter(Boolean);
  return clauses;
}

/** Chinese numerals 一…十 (and 十一… via composition) used by 公文 numbering. */
export const CN_NUMERAL = '[一二三四五六七八九十]+';
const CN_DIGITS = '零一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23. */
export function chineseNumeralValue(numeral: string): number {
  if (!numeral.includes('十')) return CN_DIGITS.indexOf(numeral);
  const [tens, units] = numeral.split('十');
  return (tens ? CN_DIGITS.indexOf(tens) : 1) * 10 + (units ? CN_DIGITS.indexOf(units) : 0);
}

/** Numbering at the start of a heading, item or list line: 一、 （一） 1. 1、 （1） 一是 ① */
export const LEADING_MARKER = new RegExp(
  `^(?:${CN_NUMERAL}[、是]|（${CN_NUMERAL}）|\\(${CN_NUMERAL}\\)|（\\d{1,2}）|\\(\\d{1,2}\\)|\\d{1,2}[.．、](?!\\d)|[①-⑳])\\s*`,
);

export function stripLeadingMarker(text: string): string {
  return text.replace(LEADING_MARKER, '');
}

/** Trailing punctuation that carries no wording: 「…落实到行动上。」 and 「…落实到行动上」 are the same phrase. */
export function stripTrailingPunct(text: string): string {
  return text.replace(/[，。、；：？！,.;:?!\s]+$/u, '');
}

/** Compares strings by code point, independent of the runtime's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
