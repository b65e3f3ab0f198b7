// One wording, one or two rows (#20): 「理论学习」 offered 「上不够」, 「上不够深入」 and
// 「上不够深入、系统」, three rows for what is one phrase and its own leading parts. The
// shortest (the next words, often all the writer wants) and the longest (the whole
// phrase) stay; a row that only lies between two others of the same chain goes, and its
// place goes to a different wording.
import type { Suggestion } from './types';

const extends_ = (longer: Suggestion, shorter: Suggestion) =>
  longer.replace === shorter.replace && longer.insert.length > shorter.insert.length && longer.insert.startsWith(shorter.insert);

/** `rows` without those that a shorter and a longer row of the same chain enclose. The
 * first row (the engine's best) stays, and so does a row two longer ones share: there the
 * wordings part, and the shared words are an offer of their own. */
export function withoutNestedMiddles(rows: readonly Suggestion[]): Suggestion[] {
  return rows.filter((row, i) => {
    if (i === 0 || !rows.some((shorter) => extends_(row, shorter))) return true;
    return rows.filter((longer) => extends_(longer, row)).length !== 1;
  });
}
