// Continuation from the start of a phrase: the end of what the writer typed equals the
// start of a phrase ("…认真落实一岗" → 「一岗双责」). Every suffix of the typed text is one
// range lookup in a table of phrase starts, longest suffix first.
import type { CandidateBuffer } from './candidates';
import { clauseEnd } from './clause-marks';
import { lowerBound } from './lower-bound';
import { ENTRIES_PER_STEP } from './steps';
import type { PackedLists } from './packed-lists';
import type { StringColumn } from './string-column';

/** Overlaps shorter than this match far too much to be a suggestion. */
export const MIN_OVERLAP = 2;
/** Typed suffixes longer than this are not tried: no phrase opening needs more to be found. */
export const MAX_OVERLAP = 24;
/** Phrases taken per overlap length: the longest overlaps matter, and the best of them. */
const PER_OVERLAP = 16;
/** Prefix lengths whose large ranges get a precomputed best-first list (short prefixes). */
const HOT_PREFIX_LENGTHS = [2, 3, 4];
/** Phrases taken that agree up to the same clause mark: one clause opens dozens of longer
 * sentences, and they must not use up the places of a different wording. */
const FAMILY_TAKEN = 3;

export type CollectLimits = { maxCandidates: number; maxLevels: number };

const START_MODE = 0;

/** The first two or three UTF-16 units of `text` from `at`, packed into one exact number. */
function head(text: string, at: number, units: 2 | 3): number {
  const two = text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
  return units === 2 ? two : two * 65536 + text.charCodeAt(at + 2);
}

/** The packed openings of every key (two and three units), sorted, each once. */
export function headsOf(keys: readonly string[]): { heads2: Uint32Array; heads3: Float64Array } {
  const two = new Set<number>();
  const three = new Set<number>();
  for (const key of keys) {
    if (key.length >= 2) two.add(head(key, 0, 2));
    if (key.length >= 3) three.add(head(key, 0, 3));
  }
  return { heads2: Uint32Array.from(two).sort(), heads3: Float64Array.from(three).sort() };
}

const holds = (sorted: Uint32Array | Float64Array, value: number) => sorted[lowerBound(sorted, value)] === value;

export type StartSource = {
  /** Normalized phrase texts in sorted order: entry i is key i. */
  keys: StringColumn;
  /** See headsOf. */
  heads2: Uint32Array;
  heads3: Float64Array;
  /** For a short prefix opening more than PER_OVERLAP phrases: its phrases, best prior first. */
  hot: PackedLists;
  /** The same, per section role (index in ROLES): under 「存在问题」 the best problem wording
   * that opens this way, which the all-roles list may not reach. */
  hotByRole: readonly PackedLists[];
};

export class StartIndex {
  /** Packed openings of all phrase starts (headsOf): most typed suffixes open no phrase at
   * all, and these say so without a string being cut or the keys being searched. */
  constructor(private readonly source: StartSource) {}

  /**
   * Candidates for the normalized typed tail, longest overlap first, each phrase once. Stops
   * after `maxLevels` overlap lengths that found something: a shorter overlap than that
   * cannot outrank them.
   */
  collect(tail: string, buffer: CandidateBuffer, limits: CollectLimits, sectionRole: number | undefined): void {
    const stop = buffer.count + limits.maxCandidates;
    let levels = 0;
    for (let overlap = Math.min(tail.length, MAX_OVERLAP); overlap >= MIN_OVERLAP; overlap--) {
      if (buffer.count >= stop || levels >= limits.maxLevels || buffer.full) return;
      const at = tail.length - overlap;
      const { keys, heads2, heads3, hot, hotByRole } = this.source;
      if (overlap === 2 ? !holds(heads2, head(tail, at, 2)) : !holds(heads3, head(tail, at, 3))) continue;
      const prefix = tail.slice(at);
      const [from, to] = keys.range(prefix);
      if (from === to) continue;
      let taken = 0;
      const [hotFrom, hotTo] = to - from > PER_OVERLAP ? hot.find(prefix) : [0, 0];
      if (to - from <= PER_OVERLAP) {
        taken = this.take(buffer, null, from, to, overlap, PER_OVERLAP, stop);
      } else if (hotFrom === hotTo) {
        taken = this.takeSpread(buffer, from, to, overlap, stop);
      } else {
        // Too many phrases open this way: the best of the caret's section first, then the
        // best of all.
        const ofRole = sectionRole === undefined ? undefined : hotByRole[sectionRole];
        const [roleFrom, roleTo] = ofRole ? ofRole.find(prefix) : [0, 0];
        if (roleFrom < roleTo) taken += this.take(buffer, ofRole!.values, roleFrom, roleTo, overlap, PER_OVERLAP / 2, stop);
        taken += this.take(buffer, hot.values, hotFrom, hotTo, overlap, PER_OVERLAP - taken, stop);
      }
      if (taken > 0) levels++;
    }
  }

  /** Adds up to `quota` phrases from refs[first..last) (null: the keys' own positions) that
   * still have text to insert. */
  private take(
    buffer: CandidateBuffer,
    refs: ArrayLike<number> | null,
    first: number,
    last: number,
    overlap: number,
    quota: number,
    stop: number,
  ): number {
    let taken = 0;
    for (let i = first; i < last && taken < quota && buffer.count < stop; i++) {
      const ref = refs ? refs[i]! : i;
      // Nothing left to insert once the writer has typed the whole phrase.
      if (this.source.keys.lengthOf(ref) <= overlap) continue;
      if (buffer.add(ref, overlap, 0, START_MODE)) taken++;
    }
    return taken;
  }

  /**
   * Up to PER_OVERLAP phrases of the sorted range [from, to), at most FAMILY_TAKEN of each
   * family: phrases that agree up to the same clause mark sit side by side in the table,
   * so the rest of a family is skipped with one binary search.
   */
  private takeSpread(buffer: CandidateBuffer, from: number, to: number, overlap: number, stop: number): number {
    const { keys } = this.source;
    let taken = 0;
    let i = from;
    while (i < to && taken < PER_OVERLAP && buffer.count < stop) {
      const key = keys.at(i);
      const mark = clauseEnd(key, overlap);
      if (mark === key.length) {
        taken += this.take(buffer, null, i, i + 1, overlap, 1, stop);
        i++;
        continue;
      }
      const family = key.slice(0, mark + 1);
      const end = keys.rangeEnd(family, i);
      taken += this.take(buffer, null, i, end, overlap, Math.min(FAMILY_TAKEN, PER_OVERLAP - taken), stop);
      i = end;
    }
    return taken;
  }

  /**
   * The hot lists, worked out when the engine is built: `keys[ref]` is entry ref's key,
   * `sorted` the same keys in order, `byPrior` the entries best first.
   */
  static *hotListsSteps(
    keys: readonly string[],
    sorted: readonly string[],
    byPrior: Int32Array,
    roles: Uint8Array,
  ): Generator<void, [Map<string, number[]>, Map<string, number[]>[]]> {
    const hot = new Map<string, number[]>();
    const hotByRole: Map<string, number[]>[] = [];
    for (const length of HOT_PREFIX_LENGTHS) {
      let start = 0;
      while (start < sorted.length) {
        const prefix = sorted[start]!.slice(0, length);
        let end = start + 1;
        while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++;
        if (end - start > PER_OVERLAP && prefix.length === length) hot.set(prefix, []);
        start = end;
      }
    }
    if (hot.size === 0) return [hot, hotByRole];
    // Walking the entries best first fills each list in rank order, with no sort per list.
    const cap = PER_OVERLAP * 2;
    // Each list's members' families (first clause, as cut from the key), while building.
    const families = new Map<number[], string[]>();
    const admit = (list: number[], family: string, ref: number, max: number) => {
      if (list.length >= max) return;
      let listFamilies = families.get(list);
      if (!listFamilies) families.set(list, (listFamilies = []));
      let same = 0;
      for (const f of listFamilies) if (f === family && ++same >= FAMILY_TAKEN) return;
      list.push(ref);
      listFamilies.push(family);
    };
    let walked = 0;
    for (const ref of byPrior) {
      if (++walked % ENTRIES_PER_STEP === 0) yield;
      const key = keys[ref]!;
      const role = roles[ref]!;
      const mine = (hotByRole[role] ??= new Map());
      const firstMark = clauseEnd(key, 1);
      for (const length of HOT_PREFIX_LENGTHS) {
        const prefix = key.slice(0, length);
        const list = hot.get(prefix);
        if (!list) continue;
        let roleList = mine.get(prefix);
        if (!roleList) mine.set(prefix, (roleList = []));
        if (list.length >= cap && roleList.length >= PER_OVERLAP) continue;
        const family = key.slice(0, firstMark >= length ? firstMark : clauseEnd(key, length));
        admit(list, family, ref, cap);
        admit(roleList, family, ref, PER_OVERLAP);
      }
    }
    return [hot, hotByRole];
  }
}
