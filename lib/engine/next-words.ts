// The best suggestion, cut after its next word(s), is offered first: when the whole phrase
// goes on differently from what the writer means, its next words still often do not, and
// when it is right the rest is offered again after one Tab (the overlap is then longer).
// On the leave-one-out character-savings benchmark this saved more than any ordering of
// whole phrases.
import type { Suggestion } from './types';

/** The next words are at least one word of two characters, and leave at least that much
 * of the phrase: a shorter rest is hardly a different offer. (Both chosen on the
 * character-savings benchmark.) */
export const NEXT_WORDS_MIN = 2;
const NEXT_WORDS_REST = 2;
const CLOSING_MARKS = '”’」』》）';

/**
 * `row` cut after its next words, or null. `text` is the row's phrase; `endAfter(from)`
 * gives the first word end of the phrase at least NEXT_WORDS_MIN characters after `from`
 * (or -1).
 */
export function nextWordsOf(row: Suggestion, text: string, endAfter: (from: number) => number): Suggestion | null {
  // Only a continuation of exactly what was typed (letters typed for pinyin ask for the
  // whole phrase), whose insertion is the phrase's own text (no closer dropped from it).
  if (row.replace !== 0 || !row.text.endsWith(row.insert)) return null;
  // A shared continuation's row shows only part of the phrase: find where it sits.
  const at = row.text === text ? 0 : text.indexOf(row.text);
  if (at < 0) return null;
  const from = at + row.text.length - row.insert.length;
  let end = endAfter(from);
  // A closing mark right after the words goes with them: 「意识”」, not 「意识」 and a quote left open.
  while (end > 0 && end < text.length && CLOSING_MARKS.includes(text[end]!)) end++;
  if (end < 0 || end - from + NEXT_WORDS_REST > row.insert.length) return null;
  const insert = row.insert.slice(0, end - from);
  return { ...row, text: row.text.slice(0, row.text.length - row.insert.length) + insert, insert };
}
