// Phrase lists (.csv, .xlsx, and .txt with one phrase a line): rows of cells → phrases. A
// row naming its columns (表述/内容/文字/text, 章节/section/role, 标签/tags) among the first
// three is a header; otherwise column 1 is the text (2 when 1 is a 序号), then section, tags. A section becomes a
// role by its label (主要工作, Work done, work) or, failing that, by the heading keywords
// the corpus uses (「存在的问题」 → problem). Empty and over-long rows are skipped and counted.
import { roleOfHeading } from '../corpus/roles';
import { LEADING_MARKER } from '../corpus/text';
import { ROLES, ROLE_LABELS, ROLE_LABELS_EN } from '../roles';
// limits.ts repeats the schema's MAX_PHRASE_CHARS (a unit test keeps them equal) without zod.
import { MAX_PHRASE_CHARS } from '../bank/limits';
import type { Role } from '../schema';
import { note, type Bilingual } from './common';

export type PhraseRow = { text: string; role?: Role; tags?: string[] };

const HEADER_NAMES = {
  text: /^(?:表述|规范表述|内容|文字|文本|句子|短语|词句|语句|text|phrase|phrases|content|wording)$/i,
  section: /^(?:章节|部分|段落|类别|分类|角色|section|role|part|category)$/i,
  tags: /^(?:标签|关键词|tags?|keywords?)$/i,
} as const;

type Columns = { text: number; section?: number; tags?: number };

const cellKey = (cell: string) => cell.replace(/[\s*:：]/g, '');

/** The columns a header row names, or undefined when the row is not a header. */
function headerColumns(row: readonly string[]): Columns | undefined {
  const find = (pattern: RegExp) => {
    const i = row.findIndex((cell) => pattern.test(cellKey(cell)));
    return i < 0 ? undefined : i;
  };
  const text = find(HEADER_NAMES.text);
  if (text === undefined) return undefined;
  return { text, section: find(HEADER_NAMES.section), tags: find(HEADER_NAMES.tags) };
}

const ROLE_BY_LABEL = new Map<string, Role>();
for (const role of ROLES) {
  ROLE_BY_LABEL.set(role, role);
  ROLE_BY_LABEL.set(ROLE_LABELS[role], role);
  ROLE_BY_LABEL.set(ROLE_LABELS_EN[role].toLowerCase(), role);
}
ROLE_BY_LABEL.set('不限', 'general');
ROLE_BY_LABEL.set('不限章节', 'general');

/** A section label as written in a list → a role, or undefined when it names none. */
export function roleOfSectionLabel(label: string): Role | undefined {
  const bare = label.trim().replace(LEADING_MARKER, '').trim();
  if (!bare) return undefined;
  return ROLE_BY_LABEL.get(bare) ?? ROLE_BY_LABEL.get(bare.toLowerCase()) ?? roleOfHeading(bare);
}

export const splitTags = (cell: string): string[] => [...new Set(cell.split(/[、，,；;\s]+/).filter((t) => t.length > 0))];

export type PhraseRowsResult = { rows: PhraseRow[]; notes: Bilingual[] };

/** How many non-empty rows at the top may hold the header: a sheet often has a title row above it. */
const HEADER_SEARCH_ROWS = 3;

/** The header row among the first non-empty rows, if any: its index and columns. */
function findHeader(cells: ReadonlyArray<readonly string[]>): { index: number; columns: Columns } | undefined {
  let seen = 0;
  for (let index = 0; index < cells.length && seen < HEADER_SEARCH_ROWS; index++) {
    if (!cells[index]!.some((cell) => cell.trim())) continue;
    seen++;
    const columns = headerColumns(cells[index]!);
    if (columns) return { index, columns };
  }
  return undefined;
}

/** Without a header: column 1 is the text, unless it only numbers the rows (序号), then column 2. */
function defaultColumns(cells: ReadonlyArray<readonly string[]>): Columns {
  const firsts = cells.map((row) => (row[0] ?? '').trim()).filter(Boolean);
  const numbered = firsts.length > 0 && firsts.filter((cell) => /^\d{1,6}[.、]?$/.test(cell)).length >= firsts.length * 0.8;
  return numbered ? { text: 1, section: 2, tags: 3 } : { text: 0, section: 1, tags: 2 };
}

/**
 * Rows of cells (already without a BOM) → phrases and what was skipped. A header row is
 * looked for among the first three non-empty rows; rows above it (a sheet's title) are left out.
 */
export function phraseRowsOf(cells: ReadonlyArray<readonly string[]>): PhraseRowsResult {
  const header = findHeader(cells);
  const columns: Columns = header?.columns ?? defaultColumns(cells);
  const body = header ? cells.slice(header.index + 1) : cells;
  const rows: PhraseRow[] = [];
  let empty = 0;
  let tooLong = 0;
  let tooShort = 0;
  let unknownSections = 0;
  for (const row of body) {
    const text = (row[columns.text] ?? '').trim();
    if (!text) {
      if (row.some((cell) => cell.trim())) empty++;
      continue;
    }
    const length = [...text].length;
    if (length > MAX_PHRASE_CHARS) {
      tooLong++;
      continue;
    }
    if (length < 2) {
      tooShort++;
      continue;
    }
    const phrase: PhraseRow = { text };
    const section = columns.section === undefined ? '' : (row[columns.section] ?? '').trim();
    if (section) {
      const role = roleOfSectionLabel(section);
      if (role) phrase.role = role;
      else unknownSections++;
    }
    const tags = columns.tags === undefined ? [] : splitTags(row[columns.tags] ?? '');
    if (tags.length > 0) phrase.tags = tags;
    rows.push(phrase);
  }
  const notes: Bilingual[] = [];
  if (header) notes.push(note('已识别表头，按列名读取', 'A header row was found: columns were read by their names'));
  if (!header && columns.text === 1) notes.push(note('第 1 列是序号，表述取自第 2 列', 'Column 1 numbers the rows: phrases were taken from column 2'));
  if (empty > 0) notes.push(note(`${empty} 行没有表述文字，已跳过`, `${empty} row(s) without phrase text were skipped`));
  if (tooShort > 0) notes.push(note(`${tooShort} 行不足 2 个字，已跳过`, `${tooShort} row(s) shorter than 2 characters were skipped`));
  if (tooLong > 0) {
    notes.push(note(`${tooLong} 行超过 ${MAX_PHRASE_CHARS} 字，已跳过`, `${tooLong} row(s) longer than ${MAX_PHRASE_CHARS} characters were skipped`));
  }
  if (unknownSections > 0) {
    notes.push(note(`${unknownSections} 行的章节未能识别，按不限章节处理`, `${unknownSections} row(s) name a section that was not recognised; they count as general`));
  }
  return { rows, notes };
}

/** Heading numbering a document has and a phrase list does not: 一、（一）1. 第X条. */
const HEADING_LINE = new RegExp(`${LEADING_MARKER.source}|^第[一二三四五六七八九十百零〇\\d]+[章节条部分]`);

/**
 * Whether a .txt looks like a phrase list rather than a document. The rule: at least 5
 * non-empty lines; none starts with heading numbering (一、（一）1. 第X条); none is
 * paragraph-length (over 100 characters); and half of them are at most 40 characters long
 * (the median). A report fails on its headings or its paragraphs; a list of wording passes.
 */
export function looksLikePhraseList(text: string): boolean {
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 5) return false;
  if (lines.some((line) => HEADING_LINE.test(line) || [...line].length > 100)) return false;
  const lengths = lines.map((line) => [...line].length).sort((a, b) => a - b);
  return lengths[lengths.length >> 1]! <= 40;
}

/** A .txt phrase list: one phrase a line; tab-separated columns read like a sheet's. */
export function phraseRowsOfText(text: string): PhraseRowsResult {
  return phraseRowsOf(text.split(/\r\n?|\n/).map((line) => line.split('\t')));
}
