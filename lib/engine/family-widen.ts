// At 100,000 phrases one opening clause begins a hundred sentences (「着力制度保障，…」),
// and the start index takes only the best few of each such family by their prior (see
// FAMILY_TAKEN in start-index.ts): which of the hundred the writer means is then left to
// document counts. Once the paragraph's and the heading's words are known, the families
// of the best candidates are looked through again for members whose continuation repeats
// those words, and the best of them join the candidates.
import type { CandidateBuffer } from './candidates';
import { clauseEnd } from './clause-marks';
import type { ParagraphWords } from './paragraph-words';
import type { StringColumn } from './string-column';

/** Best-ranked candidates whose families are looked through. */
const CANDIDATES_WIDENED = 3;
/** Members looked at per family (in key order): bounds the cost on a huge family. */
const MEMBERS_SCANNED = 64;
/** Characters of a member's own wording (after the family's) compared with the context. */
const MEMBER_CHARS = 24;
/** Members added per family. */
const MEMBERS_ADDED = 2;
/** Candidates the buffer keeps room for, for the members added. */
export const WIDENING_ROOM = CANDIDATES_WIDENED * MEMBERS_ADDED;

const START_MODE = 0;

export type FamilySource = {
  /** Normalized phrase texts in sorted order: entry i is key i. */
  keys: StringColumn;
  text: (ref: number) => string;
  prior: (ref: number) => number;
};

/** Scores a member added with `overlap` typed characters that repeats `sharedPairs`. */
export type MemberScore = (ref: number, overlap: number, sharedPairs: number) => number;

export class FamilyWidener {
  // Reused from query to query: a keystroke allocates nothing here.
  private readonly bestRefs = new Int32Array(MEMBERS_ADDED);
  private readonly bestShared = new Float64Array(MEMBERS_ADDED);
  private readonly bestPriors = new Float64Array(MEMBERS_ADDED);
  private bestCount = 0;
  /** The first table position of each family widened in this query. */
  private readonly familyStarts = new Int32Array(CANDIDATES_WIDENED);

  constructor(private readonly source: FamilySource) {}

  /**
   * Adds to `buffer` (and to `ranked`, unordered) the family members that repeat the most
   * of `words`. True if any was added.
   */
  widen(buffer: CandidateBuffer, ranked: number[], words: ParagraphWords, score: MemberScore): boolean {
    const { keys, text, prior } = this.source;
    let families = 0;
    let added = false;
    const widened = Math.min(ranked.length, CANDIDATES_WIDENED);
    for (let k = 0; k < widened; k++) {
      const i = ranked[k]!;
      if (buffer.modes[i] !== START_MODE) continue;
      const key = keys.at(buffer.refs[i]!);
      const overlap = buffer.overlaps[i]!;
      // The family: every phrase that agrees with this one up to its next clause mark (or,
      // for a phrase with no mark left, every phrase that begins with all of it).
      const mark = clauseEnd(key, overlap);
      if (mark === key.length - 1) continue;
      const [from, to] = keys.range(key.slice(0, mark + 1));
      if (this.widenedAlready(from, families)) continue;
      this.familyStarts[families++] = from;
      this.bestCount = 0;
      // Members differ only after the family's wording: they are told apart there, and
      // only the chosen few are measured whole. The sorted keys are read where they lie in
      // their column, not cut out: they hold the same Chinese characters as the texts.
      const differFrom = Math.min(mark + 1, key.length);
      for (let j = from; j < to && j < from + MEMBERS_SCANNED; j++) {
        const shared = words.shared(keys.joined, keys.starts[j]! + differFrom, MEMBER_CHARS, keys.starts[j + 1]!);
        if (shared > 0 && !buffer.has(j)) this.keep(j, shared, prior(j));
      }
      for (let m = 0; m < this.bestCount; m++) {
        const ref = this.bestRefs[m]!;
        if (!buffer.add(ref, overlap, 0, START_MODE)) return added;
        buffer.scores[buffer.count - 1] = score(ref, overlap, words.shared(text(ref), overlap));
        ranked.push(buffer.count - 1);
        added = true;
      }
    }
    return added;
  }

  /** Keeps the MEMBERS_ADDED members that share the most pairs (then the best prior). */
  private keep(ref: number, shared: number, prior: number): void {
    if (this.bestCount === MEMBERS_ADDED && !this.beats(shared, prior, MEMBERS_ADDED - 1)) return;
    let at = this.bestCount < MEMBERS_ADDED ? this.bestCount++ : MEMBERS_ADDED - 1;
    for (; at > 0 && this.beats(shared, prior, at - 1); at--) {
      this.bestRefs[at] = this.bestRefs[at - 1]!;
      this.bestShared[at] = this.bestShared[at - 1]!;
      this.bestPriors[at] = this.bestPriors[at - 1]!;
    }
    this.bestRefs[at] = ref;
    this.bestShared[at] = shared;
    this.bestPriors[at] = prior;
  }

  private widenedAlready(familyStart: number, families: number): boolean {
    for (let f = 0; f < families; f++) if (this.familyStarts[f] === familyStart) return true;
    return false;
  }

  private beats(shared: number, prior: number, kept: number): boolean {
    return shared > this.bestShared[kept]! || (shared === this.bestShared[kept]! && prior > this.bestPriors[kept]!);
  }
}
