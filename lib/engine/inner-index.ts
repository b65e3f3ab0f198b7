// Continuation from inside a phrase: the last typed word occurs inside a phrase
// ("…加强党风廉政" → 「…党风廉政建设…」 offers 「建设…」). Words are the jieba tokens stored with
// each phrase when it was written, so no segmentation runs while the writer types: the
// typed tail is looked up by its suffixes, character for character.
import type { IndexEntry } from './types';
import type { CandidateBuffer } from './candidates';
import type { CollectLimits } from './start-index';
import { ENTRIES_PER_STEP } from './steps';
import type { PackedLists } from './packed-lists';
import type { StringColumn } from './string-column';

const INNER_MODE = 1;

/** Words shorter than this say too little to continue from. */
const MIN_TOKEN = 2;
const MAX_TOKEN = 8;
/** Occurrences kept per word, best prior first: common words occur in thousands of phrases. */
const POSTINGS_PER_TOKEN = 16;
/** After the word, a phrase must still have this much to offer. */
const MIN_REST = 2;

/** Words worth continuing from start with a Chinese character (not punctuation or digits). */
export const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

export class InnerIndex {
  /**
   * `postings` (per normalized word: entry index and offset of the character after the
   * word, pairwise, best prior first) comes from the snapshot (see postingsSteps).
   */
  constructor(
    private readonly keys: StringColumn,
    private readonly postings: PackedLists,
  ) {}

  /** Worked out when the engine is built; `normalizedTexts[ref]` is entry ref's key. */
  static *postingsSteps(entries: readonly IndexEntry[], normalizedTexts: readonly string[], byPrior: Int32Array): Generator<void, Map<string, number[]>> {
    const postings = new Map<string, number[]>();
    const cap = POSTINGS_PER_TOKEN * 2;
    // Walking the entries best first fills each list in rank order, with no sort per list.
    let walked = 0;
    for (const ref of byPrior) {
      if (++walked % ENTRIES_PER_STEP === 0) yield;
      const entry = entries[ref]!;
      const text = entry.text;
      const normalized = normalizedTexts[ref]!;
      // Tokens normally tile the text; searching forward keeps offsets right even for a
      // stored token list that left punctuation out.
      let cursor = 0;
      for (const token of entry.tokens ?? []) {
        const at = text.startsWith(token, cursor) ? cursor : text.indexOf(token, cursor);
        if (at < 0) continue;
        cursor = at + token.length;
        if (at === 0 || token.length < MIN_TOKEN || token.length > MAX_TOKEN) continue;
        if (text.length - cursor < MIN_REST || !isHan(text.charCodeAt(at))) continue;
        // Keys are cut from the normalized text: the same characters, already normalized.
        // A long word is also found by its opening (「一岗」 of 「一岗双责」): an IME commits
        // words in pieces as often as whole.
        for (let end = at + MIN_TOKEN; end <= cursor; end++) {
          const key = normalized.slice(at, end);
          let list = postings.get(key);
          if (!list) postings.set(key, (list = []));
          if (list.length < cap) list.push(ref, end);
        }
      }
    }
    return postings;
  }

  /**
   * Candidates whose word at some inner offset equals a suffix of the typed tail. The
   * overlap counts every character before the caret that agrees with the phrase, so a
   * longer agreement ranks higher.
   */
  collect(tail: string, buffer: CandidateBuffer, limits: CollectLimits): void {
    const stop = buffer.count + limits.maxCandidates;
    let levels = 0;
    for (let length = Math.min(MAX_TOKEN, tail.length); length >= MIN_TOKEN; length--) {
      if (buffer.count >= stop || levels >= limits.maxLevels) return;
      const [from, to] = this.postings.find(tail.slice(tail.length - length));
      if (from === to) continue;
      levels++;
      addPostings(this.postings.values, from, to, tail, this.keys, buffer, stop, INNER_MODE);
    }
  }
}

/**
 * Adds the phrases of the posting list list[from, to) (entry, offset after the matched
 * text; pairwise) until the buffer holds `stop` candidates, each with every typed
 * character it agrees with.
 */
export function addPostings(
  list: ArrayLike<number>,
  from: number,
  to: number,
  tail: string,
  keys: StringColumn,
  buffer: CandidateBuffer,
  stop: number,
  mode: number,
): void {
  for (let i = from; i < to && buffer.count < stop; i += 2) {
    const ref = list[i]!;
    if (buffer.has(ref)) continue;
    const end = list[i + 1]!;
    const overlap = agreeingTail(tail, keys, ref, end);
    buffer.add(ref, overlap, end - overlap, mode);
  }
}

/** How many characters before `end` in key `ref` equal the end of the typed tail. */
export function agreeingTail(tail: string, keys: StringColumn, ref: number, end: number): number {
  const { joined } = keys;
  const base = keys.starts[ref]!;
  let n = 0;
  while (n < tail.length && n < end && joined.charCodeAt(base + end - 1 - n) === tail.charCodeAt(tail.length - 1 - n)) n++;
  return n;
}
