// Whether a continuation from inside a stored phrase makes sense after what was typed
// (#20). Stitching the typed text to the middle of another phrase can produce text no
// writer can hand in: 「增强“四个」 + 「方面开展结对帮扶活动」 leaves the quotation open,
// and 「增强“四个」 + 「自信”」 (from 坚定“四个自信”) pairs a verb with an object the bank
// never pairs it with. Checked on the few best candidates only.
import { openMarks, type OpenMarks } from './balance-closers';
import type { Suggestion } from './types';

const CJK = /[\u3400-\u9fff]/;
const OPENERS = '“‘「『《（';
/** An opening mark typed this recently is the one the writer is writing inside. */
const RECENT_OPENER = 6;

/**
 * How a continuation reads after the typed text: `whole` (the rest of the phrase may go
 * in), `word` (only the word being typed may be finished: the writer is inside a title or
 * quotation the phrase does not have, so its further words would run on past what the
 * writer is quoting: 《党建主 + 体责任 reads right, + 体责任落实到位 does not) or `no`.
 */
export type Reading = 'whole' | 'word' | 'no';

/**
 * `text` agrees with the last `overlap` characters of `before` from `offset` on;
 * `longestOverlap` is the most any candidate of this query agrees with. `whole` for
 * continuations from the start of a phrase: the writer typed its opening. `typed` gives
 * openMarks(before), worked out once per query (a paragraph is hundreds of characters and
 * dozens of candidates are read: scanning it for each was most of a long paragraph's query).
 */
export function readsRight(
  text: string,
  offset: number,
  overlap: number,
  before: string,
  longestOverlap: number,
  typed: () => OpenMarks = () => openMarks(before),
): Reading {
  if (offset === 0) return 'whole';
  // A quotation or bracket the writer just opened must be open in the stored phrase at the
  // same point, so that the phrase's continuation is what closes it; otherwise only the
  // word being typed may be finished.
  const typedOpen = typed();
  let storedOpen: ReturnType<typeof openMarks> | undefined;
  let reading: Reading = 'whole';
  for (const opener of OPENERS) {
    if (!typedOpen[opener]) continue;
    if (before.length - before.lastIndexOf(opener) > overlap + RECENT_OPENER) continue;
    storedOpen ??= openMarks(text.slice(0, offset + overlap));
    if (!storedOpen[opener]) reading = 'word';
  }
  // An opening mark inside the agreeing text: the typed words before it (the verb of
  // 增强“四个) commit to a collocation. Where the bank has it (another phrase agrees
  // with the verb too), a phrase that pairs the quoted term with another verb
  // (坚定“四个自信”) is not offered; where it does not, the quoted term alone is the
  // best evidence there is.
  if (longestOverlap < overlap + 2) return reading;
  const end = offset + overlap;
  for (let at = offset; at < end && at < offset + 2; at++) {
    if (!OPENERS.includes(text[at]!)) continue;
    const typedBefore = before[before.length - overlap - 1];
    if (typedBefore !== undefined && CJK.test(typedBefore)) return 'no';
  }
  return reading;
}

/** A word finished inside a title or quotation: letters only, no mark, a few characters. */
const WORD_ONLY = /^[\u3400-\u9fffA-Za-z0-9]{1,6}$/;

/**
 * `row` (an exact continuation of the typed text) cut after the word being typed, or null.
 * `end` is the phrase's first word end at least two characters on (WordEnds.endAfter).
 */
export function wordOnly(row: Suggestion, from: number, end: number): Suggestion | null {
  if (row.replace !== 0 || end < 0 || !row.text.endsWith(row.insert)) return null;
  const insert = row.text.slice(from, end);
  if (!WORD_ONLY.test(insert)) return null;
  return { ...row, text: row.text.slice(0, end), insert };
}
