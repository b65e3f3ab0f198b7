// Clean lines → the document's outline: title, header lines (the author's post), opening,
// numbered sections at the four 公文 levels, run-in items (一是…二是…) and a sentence-level
// role for every piece of text.
import type { Role } from '../schema';
import { CLOSING_CUE, SectionRoleTracker, headingRoles } from './roles';
import { CN_NUMERAL, chineseNumeralValue, splitSentences, stripTrailingPunct } from './text';

export type HeadingLevel = 1 | 2 | 3 | 4;

export type Sentence = { text: string; role: Role };

/** A paragraph, or one run-in item of a paragraph (marker 「一是」 removed from the text). */
export type Block = { marker?: string; sentences: Sentence[] };

export type Section = {
  level: HeadingLevel;
  /** The numbering as written: 「一、」 「（三）」 「1.」 — kept for diagnostics, never for output. */
  marker: string;
  /** Heading text without numbering or final punctuation. */
  heading: string;
  role: Role;
  /** Every role the heading names, first-written first (a combined heading names several). */
  headingRoles: Role[];
  blocks: Block[];
  children: Section[];
};

export type Outline = {
  title: string;
  /** Short lines under the title that are not body text: the author's post (「局党组书记」), a date. */
  header: string[];
  opening: Block[];
  sections: Section[];
  closing: Block[];
};

const HEADING_PATTERNS: ReadonlyArray<readonly [HeadingLevel, RegExp]> = [
  [1, new RegExp(`^(${CN_NUMERAL})、`)],
  [2, new RegExp(`^[（(](${CN_NUMERAL})[）)]`)],
  [3, /^(\d{1,2})[.．、](?!\d)/],
  [4, /^[（(](\d{1,2})[）)]/],
];

/** A run-in heading longer than this is really the start of a paragraph. */
const MAX_HEADING_CHARS = 40;

type ParsedHeading = { level: HeadingLevel; marker: string; heading: string; rest: string };

/**
 * Reads a heading line. Headings are often run-in: 「（一）切实履行政治领导职责，正确抓思想把方向。
 * 始终把…」 — the heading runs to the first 。 and the rest is body.
 */
export function parseHeading(line: string): ParsedHeading | undefined {
  for (const [level, pattern] of HEADING_PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const marker = match[0];
    const text = line.slice(marker.length).trim();
    if (!text) return undefined;
    const stop = text.search(/[。！？]/);
    if (stop >= 0 && stop <= MAX_HEADING_CHARS) {
      return { level, marker, heading: stripTrailingPunct(text.slice(0, stop)), rest: text.slice(stop + 1).trim() };
    }
    if (stop < 0 && text.length <= MAX_HEADING_CHARS) return { level, marker, heading: stripTrailingPunct(text), rest: '' };
    // Long run-in without an early full stop: the first clause is the heading.
    const clause = text.search(/[，；：]/);
    const cut = clause > 0 && clause <= MAX_HEADING_CHARS ? clause : MAX_HEADING_CHARS;
    return { level, marker, heading: stripTrailingPunct(text.slice(0, cut)), rest: text.slice(cut + 1).trim() };
  }
  return undefined;
}

const ITEM_MARKER = new RegExp(`(${CN_NUMERAL})是`, 'g');

/**
 * Splits a paragraph at its run-in items 一是…二是…三是…. A marker counts at the start of the
 * paragraph, or after 。；：， when it continues the count (so 「唯一是」 or a stray 「三是」 inside
 * a sentence does not split).
 */
export function splitItems(paragraph: string): Array<{ marker?: string; text: string }> {
  const cuts: Array<{ at: number; marker: string }> = [];
  let last = 0;
  for (const match of paragraph.matchAll(ITEM_MARKER)) {
    const value = chineseNumeralValue(match[1] ?? '');
    const atStart = match.index === 0;
    const afterBreak = /[。；：，]/.test(paragraph[match.index - 1] ?? '');
    if (atStart || (afterBreak && value === last + 1)) {
      cuts.push({ at: match.index, marker: match[0] });
      last = value;
    }
  }
  if (cuts.length === 0) return [{ text: paragraph }];
  const pieces: Array<{ marker?: string; text: string }> = [];
  const lead = paragraph.slice(0, cuts[0]!.at).trim();
  if (lead) pieces.push({ text: lead });
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.at ?? paragraph.length;
    pieces.push({ marker: cut.marker, text: paragraph.slice(cut.at + cut.marker.length, end).trim() });
  });
  return pieces.filter((p) => p.text);
}

const isHeaderLine = (line: string) =>
  line.length <= 20 && !/[。，；：！？、]/.test(line) && parseHeading(line) === undefined;

/** Role of a top-level section from its heading; an unnamed one continues the work part until problems start. */
function roleOfTopSection(named: Role[], previous: Section | undefined): Role {
  if (named[0]) return named[0];
  if (!previous || previous.role === 'work' || previous.role === 'highlight') return 'work';
  return 'general';
}

/** Longer than any 公文 title (「关于印发《…》的通知」 runs to about sixty characters). */
const MAX_TITLE_CHARS = 80;

/**
 * A first line is the title only when it reads like one: short, no sentence end, no heading
 * number. Text copied from a web page often starts straight with a paragraph of a thousand
 * characters, which is wording to learn from, not a title.
 */
export const isTitleLine = (line: string): boolean =>
  line.length > 0 && [...line].length <= MAX_TITLE_CHARS && !/[。！？]/.test(line) && parseHeading(line) === undefined;

export function buildOutline(lines: readonly string[]): Outline {
  const hasTitle = isTitleLine(lines[0] ?? '');
  const outline: Outline = { title: hasTitle ? lines[0]! : '', header: [], opening: [], sections: [], closing: [] };
  let i = hasTitle ? 1 : 0;
  while (hasTitle && i < lines.length && outline.header.length < 3 && isHeaderLine(lines[i] ?? '')) {
    outline.header.push(lines[i]!);
    i++;
  }

  const openingTracker = new SectionRoleTracker('opening');
  const stack: Array<{ section: Section; tracker: SectionRoleTracker }> = [];

  const addParagraph = (paragraph: string, target: Block[], tracker: SectionRoleTracker) => {
    tracker.startParagraph();
    for (const piece of splitItems(paragraph)) {
      const sentences = splitSentences(piece.text).map((text) => ({ text, role: tracker.roleOf(text) }));
      if (sentences.length) target.push(piece.marker ? { marker: piece.marker, sentences } : { sentences });
    }
  };

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const parsed = parseHeading(line);
    if (parsed) {
      while (stack.length && stack[stack.length - 1]!.section.level >= parsed.level) stack.pop();
      const parent = stack[stack.length - 1];
      const named = headingRoles(parsed.heading);
      const role = parent
        ? parent.tracker.roleOfChild(parsed.heading)
        : roleOfTopSection(named, outline.sections[outline.sections.length - 1]);
      const section: Section = {
        level: parsed.level,
        marker: parsed.marker,
        heading: parsed.heading,
        role,
        headingRoles: named,
        blocks: [],
        children: [],
      };
      (parent ? parent.section.children : outline.sections).push(section);
      // A top-level combined heading keeps every role it names; a child works within its own role.
      const tracker = new SectionRoleTracker(role, parent ? [role] : named.length ? named : [role]);
      stack.push({ section, tracker });
      if (parsed.rest) addParagraph(parsed.rest, section.blocks, tracker);
      continue;
    }
    const isLastLine = i >= lines.length - 2;
    if (isLastLine && CLOSING_CUE.test(line) && stack.length) {
      outline.closing.push({ sentences: splitSentences(line).map((text) => ({ text, role: 'closing' })) });
      continue;
    }
    const current = stack[stack.length - 1];
    if (current) addParagraph(line, current.section.blocks, current.tracker);
    else addParagraph(line, outline.opening, openingTracker);
  }
  return outline;
}

/** Every section, depth first, in document order. */
export function allSections(outline: Outline): Section[] {
  const result: Section[] = [];
  const visit = (sections: Section[]) => {
    for (const s of sections) {
      result.push(s);
      visit(s.children);
    }
  };
  visit(outline.sections);
  return result;
}

/** Headings per level: {1: 3, 2: 11, 3: 0, 4: 0}. */
export function countHeadings(outline: Outline): Record<HeadingLevel, number> {
  const counts: Record<HeadingLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const s of allSections(outline)) counts[s.level]++;
  return counts;
}
