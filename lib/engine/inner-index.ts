// Continuation from inside a phrase: the last typed word occurs inside a phrase
// ("…加强党风廉政" → 「…党风廉政建设…」 offers 「建设…」). Words are the jieba tokens stored with
// each phrase when it was written, so no segmentation runs while the writer types: the
// typed tail is looked up by its suffixes, character for character.
import { matchNormalize } from '../text/match-normalize';
import type { IndexEntry } from './types';
import { priorScore } from './prior';
import type { Candidate } from './start-index';

/** Words shorter than this say too little to continue from. */
const MIN_TOKEN = 2;
const MAX_TOKEN = 8;
/** Occurrences kept per word, best prior first: common words occur in thousands of phrases. */
const POSTINGS_PER_TOKEN = 48;
/** After the word, a phrase must still have this much to offer. */
const MIN_REST = 2;

const CJK = /[\u3400-\u9fff]/;

export class InnerIndex {
  private readonly postings = new Map<string, { refs: Int32Array; offsets: Uint16Array }>();

  constructor(private readonly entries: readonly IndexEntry[]) {
    const occurrences = new Map<string, Array<[number, number]>>();
    entries.forEach((entry, ref) => {
      // Tokens normally concatenate to the text; searching forward keeps offsets right
      // even for a stored token list that left punctuation out.
      let cursor = 0;
      for (const token of entry.tokens ?? []) {
        const at = entry.text.indexOf(token, cursor);
        if (at < 0) continue;
        cursor = at + token.length;
        const offset = cursor;
        if (at === 0 || token.length < MIN_TOKEN || token.length > MAX_TOKEN || !CJK.test(token)) continue;
        if (entry.text.length - offset < MIN_REST) continue;
        const key = matchNormalize(token);
        let list = occurrences.get(key);
        if (!list) occurrences.set(key, (list = []));
        list.push([ref, at]);
      }
    });
    for (const [key, list] of occurrences) {
      if (list.length > POSTINGS_PER_TOKEN) {
        list.sort((a, b) => priorScore(entries[b[0]]!) - priorScore(entries[a[0]]!));
        list.length = POSTINGS_PER_TOKEN;
      }
      this.postings.set(key, {
        refs: Int32Array.from(list, (p) => p[0]),
        offsets: Uint16Array.from(list, (p) => p[1]),
      });
    }
  }

  /**
   * Candidates whose word at some inner offset equals a suffix of the typed tail. The
   * overlap counts every character before the caret that agrees with the phrase, so a
   * longer agreement ranks higher.
   */
  collect(tail: string, into: Candidate[], seen: Set<number>, maxCandidates: number): void {
    for (let length = Math.min(MAX_TOKEN, tail.length); length >= MIN_TOKEN; length--) {
      const hit = this.postings.get(tail.slice(tail.length - length));
      if (!hit) continue;
      for (let i = 0; i < hit.refs.length && into.length < maxCandidates; i++) {
        const ref = hit.refs[i]!;
        if (seen.has(ref)) continue;
        const offset = hit.offsets[i]!;
        const text = this.entries[ref]!.text;
        const overlap = agreeingTail(tail, text, offset + length);
        seen.add(ref);
        into.push({ ref, overlap, offset: offset + length - overlap });
      }
    }
  }
}

/** How many characters before `end` in the phrase equal the end of the typed tail. */
function agreeingTail(tail: string, text: string, end: number): number {
  const normalized = matchNormalize(text.slice(Math.max(0, end - tail.length), end));
  let n = 0;
  while (n < normalized.length && normalized[normalized.length - 1 - n] === tail[tail.length - 1 - n]) n++;
  return n;
}
