// Whether a continuation from inside a stored phrase makes sense after what was typed
// (#20). Stitching the typed text to the middle of another phrase can produce text no
// writer can hand in: 「增强“四个」 + 「方面开展结对帮扶活动」 leaves the quotation open,
// and 「增强“四个」 + 「自信”」 (from 坚定“四个自信”) pairs a verb with an object the bank
// never pairs it with. Checked on the few best candidates only.
import { openMarks } from './balance-closers';

const CJK = /[\u3400-\u9fff]/;
const OPENERS = '“‘「『《（';
/** An opening mark typed this recently is the one the writer is writing inside. */
const RECENT_OPENER = 6;

/**
 * `text` agrees with the last `overlap` characters of `before` from `offset` on;
 * `longestOverlap` is the most any candidate of this query agrees with. True for
 * continuations from the start of a phrase: the writer typed its opening.
 */
export function readsRight(text: string, offset: number, overlap: number, before: string, longestOverlap: number): boolean {
  if (offset === 0) return true;
  // A quotation or bracket the writer just opened must be open in the stored phrase at the
  // same point, so that the phrase's continuation is what closes it.
  const typedOpen = openMarks(before);
  let storedOpen: ReturnType<typeof openMarks> | undefined;
  for (const opener of OPENERS) {
    if (!typedOpen[opener]) continue;
    if (before.length - before.lastIndexOf(opener) > overlap + RECENT_OPENER) continue;
    storedOpen ??= openMarks(text.slice(0, offset + overlap));
    if (!storedOpen[opener]) return false;
  }
  // An opening mark inside the agreeing text: the typed words before it (the verb of
  // 增强“四个) commit to a collocation. Where the bank has it (another phrase agrees
  // with the verb too), a phrase that pairs the quoted term with another verb
  // (坚定“四个自信”) is not offered; where it does not, the quoted term alone is the
  // best evidence there is.
  if (longestOverlap < overlap + 2) return true;
  const end = offset + overlap;
  for (let at = offset; at < end && at < offset + 2; at++) {
    if (!OPENERS.includes(text[at]!)) continue;
    const typedBefore = before[before.length - overlap - 1];
    if (typedBefore !== undefined && CJK.test(typedBefore)) return false;
  }
  return true;
}
