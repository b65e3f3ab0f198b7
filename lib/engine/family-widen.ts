// At 100,000 phrases one opening clause begins a hundred sentences (「着力制度保障，…」),
// and the start index takes only the best few of each such family by their prior (see
// FAMILY_TAKEN in start-index.ts): which of the hundred the writer means is then left to
// document counts. Once the paragraph's and the heading's words are known, the families
// of the best candidates are looked through again for members whose continuation repeats
// those words, and the best of them join the candidates.
import type { CandidateBuffer } from './candidates';
import { clauseEnd } from './clause-marks';
import type { ParagraphWords } from './paragraph-words';
import type { PrefixTable } from './prefix-table';

/** Best-ranked candidates whose families are looked through. */
const CANDIDATES_WIDENED = 3;
/** Members looked at per family (in key order): bounds the cost on a huge family. */
const MEMBERS_SCANNED = 64;
/** Characters of a member's own wording (after the family's) compared with the context. */
const MEMBER_CHARS = 24;
/** Members added per family. */
export const MEMBERS_ADDED = 2;
/** Families widened at most per query (the buffer keeps room for their members). */
export const WIDENING_ROOM = CANDIDATES_WIDENED * MEMBERS_ADDED;

const START_MODE = 0;

type Member = { ref: number; shared: number; prior: number };

export type FamilySource = {
  table: PrefixTable;
  keys: readonly string[];
  texts: readonly { text: string }[];
  priors: Float64Array;
};

/**
 * Adds to `buffer` (and to `ranked`, unordered) the family members that repeat the most of
 * `words`; `score(ref, overlap, sharedPairs)` scores a new member. True if any was added.
 */
export function widenFamilies(
  source: FamilySource,
  buffer: CandidateBuffer,
  ranked: number[],
  words: ParagraphWords,
  score: (ref: number, overlap: number, sharedPairs: number) => number,
): boolean {
  const families: string[] = [];
  const best: Member[] = [];
  let added = false;
  const widened = Math.min(ranked.length, CANDIDATES_WIDENED);
  for (let k = 0; k < widened; k++) {
    const i = ranked[k]!;
    if (buffer.modes[i] !== START_MODE) continue;
    const key = source.keys[buffer.refs[i]!]!;
    const overlap = buffer.overlaps[i]!;
    // The family: every phrase that agrees with this one up to its next clause mark (or,
    // for a phrase with no mark left, every phrase that begins with all of it).
    const mark = clauseEnd(key, overlap);
    if (mark === key.length - 1) continue;
    const family = key.slice(0, mark + 1);
    if (families.includes(family)) continue;
    families.push(family);
    const [from, to] = source.table.range(family);
    best.length = 0;
    // Members differ only after the family's wording: they are told apart there, and
    // only the chosen few are measured whole.
    const differFrom = Math.min(mark + 1, key.length);
    // The sorted keys, not the entries: at 100,000 phrases each hop to a scattered entry
    // object is a cache miss, and the keys hold the same Chinese characters.
    const { keys: sortedKeys, refs } = source.table;
    for (let j = from; j < to && j < from + MEMBERS_SCANNED; j++) {
      const shared = words.shared(sortedKeys[j]!, differFrom, MEMBER_CHARS);
      if (shared === 0 || buffer.has(refs[j]!)) continue;
      keepBest(best, refs[j]!, shared, source.priors[refs[j]!]!);
    }
    for (const member of best) {
      if (!buffer.add(member.ref, overlap, 0, START_MODE)) return added;
      buffer.scores[buffer.count - 1] = score(member.ref, overlap, words.shared(source.texts[member.ref]!.text, overlap));
      ranked.push(buffer.count - 1);
      added = true;
    }
  }
  return added;
}

/** Keeps the MEMBERS_ADDED members that share the most pairs (then the best prior). */
function keepBest(best: Member[], ref: number, shared: number, prior: number): void {
  if (best.length === MEMBERS_ADDED && !isBetter(shared, prior, best[best.length - 1]!)) return;
  let at = best.length < MEMBERS_ADDED ? best.push({ ref, shared, prior }) - 1 : MEMBERS_ADDED - 1;
  while (at > 0 && isBetter(shared, prior, best[at - 1]!)) {
    best[at] = best[at - 1]!;
    at--;
  }
  best[at] = { ref, shared, prior };
}

function isBetter(shared: number, prior: number, than: Member): boolean {
  return shared > than.shared || (shared === than.shared && prior > than.prior);
}
