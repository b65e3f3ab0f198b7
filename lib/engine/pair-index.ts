// Continuation from anywhere inside a phrase: the last two typed characters occur in a
// phrase, and the phrase goes on from there (「…党组书记抓」 → 「…书记抓党建工作述职报告」
// offers 「党建工作述职报告」). The word matcher (inner-index.ts) needs the typed tail to
// open one of the phrase's words; a writer stops as often between two words, or inside
// one that jieba cut differently («记抓», «严治»). Keys are the phrase's character pairs,
// so this needs no tokens and is rebuilt from the texts alone.
import type { CandidateBuffer } from './candidates';
import { addPostings, isHan } from './inner-index';
import type { CollectLimits } from './start-index';
import { ENTRIES_PER_STEP } from './steps';
import type { PackedLists } from './packed-lists';
import type { StringColumn } from './string-column';

const PAIR_MODE = 3;
/** Occurrences kept per pair, best prior first: common pairs occur in thousands of phrases. */
const PER_PAIR = 16;
/** After the pair, a phrase must still have this much to offer. */
const MIN_REST = 2;

export class PairIndex {
  /**
   * `postings` (per pair of normalized characters: entry index and offset of the character
   * after the pair, pairwise, best prior first) comes from the snapshot (see postingsSteps).
   */
  constructor(
    private readonly keys: StringColumn,
    private readonly postings: PackedLists,
  ) {}

  /** Worked out when the engine is built; `normalizedTexts[ref]` is entry ref's key. */
  static *postingsSteps(normalizedTexts: readonly string[], byPrior: Int32Array): Generator<void, Map<string, number[]>> {
    // Keyed by the two character codes packed into one number while building: a string
    // cut for each of millions of positions would cost more than the whole index.
    const byCode = new Map<number, number[]>();
    const cap = PER_PAIR * 2;
    // Walking the entries best first fills each list in rank order, with no sort per list.
    let walked = 0;
    for (const ref of byPrior) {
      if (++walked % ENTRIES_PER_STEP === 0) yield;
      const text = normalizedTexts[ref]!;
      // The pair at the very start is a phrase start: start-index.ts finds it.
      for (let end = 3; end <= text.length - MIN_REST; end++) {
        const a = text.charCodeAt(end - 2);
        const b = text.charCodeAt(end - 1);
        if (!isHan(a) || !isHan(b)) continue;
        const code = a * 65536 + b;
        let list = byCode.get(code);
        if (!list) byCode.set(code, (list = []));
        // Once per phrase: its first occurrence of the pair.
        if (list.length < cap && list[list.length - 2] !== ref) list.push(ref, end);
      }
    }
    const postings = new Map<string, number[]>();
    for (const [code, list] of byCode) postings.set(String.fromCharCode(Math.floor(code / 65536), code % 65536), list);
    return postings;
  }

  /** Candidates holding the last two typed characters; the overlap counts every agreeing one. */
  collect(tail: string, buffer: CandidateBuffer, limits: CollectLimits): void {
    if (tail.length < 2) return;
    const [from, to] = this.postings.find(tail.slice(tail.length - 2));
    if (from === to) return;
    addPostings(this.postings.values, from, to, tail, this.keys, buffer, buffer.count + limits.maxCandidates, PAIR_MODE);
  }
}
