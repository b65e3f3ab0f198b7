// Continuation across a clause mark inside a phrase: the writer finished a clause that a
// bank sentence holds and began the next one as that sentence does
// (「…做到管在日常、严在经常，形成」 → 「以管促培、以培促用的机制」). The word matcher
// (inner-index.ts) looks up only the last word, 「形成」, and keeps the few best phrases
// per word: in a large bank the one sentence that agrees with the whole typed clause is
// not among them. Here the key spans the clause mark (three characters before it, the
// mark, the first one after), so the lists are short and the longest agreement is found,
// from the first character of the new clause on.
//
// Kept in flat typed arrays (key hash, entry, clause start), sorted by hash and, within a
// hash, best prior first: no string per key, and the snapshot stores the arrays as they are.
import type { CandidateBuffer } from './candidates';
import { endsClause } from './clause-marks';
import { agreeingTail } from './inner-index';
import type { CollectLimits } from './start-index';
import { lowerBound } from './lower-bound';
import { ENTRIES_PER_STEP } from './steps';
import type { StringColumn } from './string-column';

const INNER_MODE = 1;

/** Characters of the finished clause in the key. */
const BEFORE_MARK = 3;
/** Characters of the new clause in the key: with the finished clause before the mark, one
 * is evidence enough (「…严在经常，形」 → 「成以管促培…」); the rest typed is checked. */
const AFTER_MARK = 1;
/** The new clause may be this long when looked up: past that, the start index has it. */
const MAX_TYPED_AFTER_MARK = 8;
/** After the key, a phrase must still have this much to offer. */
const MIN_REST = 2;
/** Postings looked at per query, best prior first: a common key does not cost a long scan. */
const SCAN = 64;
/** Postings are packed with their index in 21 bits for a numeric sort. */
const INDEX_SPACE = 2 ** 21;

export type PackedClauseLinks = { hashes: Uint32Array; refs: Int32Array; starts: Uint16Array };

/** FNV-1a over the UTF-16 units text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether a clause begins after the mark at `mark` with a key's worth of text around it. */
function isLinkAt(text: string, mark: number): boolean {
  if (mark < BEFORE_MARK || !endsClause(text.charCodeAt(mark))) return false;
  for (let i = mark - BEFORE_MARK; i < mark; i++) if (endsClause(text.charCodeAt(i))) return false;
  for (let i = mark + 1; i <= mark + AFTER_MARK; i++) if (i >= text.length || endsClause(text.charCodeAt(i))) return false;
  return true;
}

export class ClauseLinkIndex {
  constructor(
    private readonly keys: StringColumn,
    readonly packed: PackedClauseLinks,
  ) {}

  /** Worked out when the engine is built; `normalizedTexts[ref]` is entry ref's key. */
  static *packedSteps(normalizedTexts: readonly string[], byPrior: Int32Array): Generator<void, PackedClauseLinks> {
    const refs: number[] = [];
    const starts: number[] = [];
    const hashes: number[] = [];
    let walked = 0;
    for (const ref of byPrior) {
      if (++walked % ENTRIES_PER_STEP === 0) yield;
      const text = normalizedTexts[ref]!;
      const lastMark = Math.min(text.length - 1 - AFTER_MARK - MIN_REST, 0xfffe);
      for (let mark = BEFORE_MARK; mark <= lastMark && refs.length < INDEX_SPACE; mark++) {
        if (!isLinkAt(text, mark)) continue;
        refs.push(ref);
        starts.push(mark + 1);
        hashes.push(hashOf(text, mark - BEFORE_MARK, mark + 1 + AFTER_MARK));
      }
    }
    // Hash and posting index in one exact double: a numeric sort orders by hash and keeps
    // the prior order within each hash, with no comparator.
    const packed = Float64Array.from(hashes, (hash, i) => hash * INDEX_SPACE + i);
    packed.sort();
    const order = Array.from(packed, (value) => value % INDEX_SPACE);
    return {
      hashes: Uint32Array.from(order, (i) => hashes[i]!),
      refs: Int32Array.from(order, (i) => refs[i]!),
      starts: Uint16Array.from(order, (i) => starts[i]!),
    };
  }

  /**
   * Candidates that hold the typed tail across its last clause mark: the mark, the
   * characters before it and all typed after it agree. The overlap counts every agreeing
   * character, so the phrase that shares the most of the typed clause ranks highest.
   */
  collect(tail: string, buffer: CandidateBuffer, limits: CollectLimits): void {
    const mark = lastMarkBeforeCaret(tail);
    if (mark < 0) return;
    const typedAfter = tail.length - mark - 1;
    const { hashes, refs, starts } = this.packed;
    const hash = hashOf(tail, mark - BEFORE_MARK, mark + 1 + AFTER_MARK);
    let lo = lowerBound(hashes, hash);
    const stop = buffer.count + limits.maxCandidates;
    for (let seen = 0; lo < hashes.length && hashes[lo] === hash && seen < SCAN && buffer.count < stop; lo++, seen++) {
      const ref = refs[lo]!;
      if (buffer.has(ref)) continue;
      const end = starts[lo]! + typedAfter;
      if (this.keys.lengthOf(ref) - end < MIN_REST) continue;
      const overlap = agreeingTail(tail, this.keys, ref, end);
      // The hash only says the key probably agrees: the characters decide.
      if (overlap < typedAfter + 1 + BEFORE_MARK) continue;
      buffer.add(ref, overlap, end - overlap, INNER_MODE);
    }
  }
}

/** The clause mark the writer's current clause began after, if it has 1–8 characters so
 * far and a key's worth of finished clause before it; else -1. */
function lastMarkBeforeCaret(tail: string): number {
  for (let at = tail.length - 1; at >= 0 && at >= tail.length - 1 - MAX_TYPED_AFTER_MARK; at--) {
    if (!endsClause(tail.charCodeAt(at))) continue;
    return tail.length - 1 - at >= AFTER_MARK && isLinkAt(tail, at) ? at : -1;
  }
  return -1;
}
