// The suggestion engine: gathers a few dozen candidates from five matchers (a typed
// clause continued inside a sentence, phrase starts, words inside phrases, any two
// characters inside phrases, pinyin), ranks them with the section, usage and paragraph
// signals, and turns the best into insertions that never duplicate what was typed.
// Pure: no browser API.
import { matchNormalize } from '../text/match-normalize';
import { InnerIndex } from './inner-index';
import { ClauseLinkIndex } from './clause-link-index';
import { PairIndex } from './pair-index';
import { WordEnds } from './word-ends';
import { NEXT_WORDS_MIN, nextWordsOf } from './next-words';
import { PinyinIndex } from './pinyin-index';
import { PinyinColumns } from '../text/pinyin-columns';
import { priorScore } from './prior';
import { ALREADY_IN_PARAGRAPH, paragraphFit, rankScore } from './ranking';
import { sectionRolesOf } from './section-role';
import { ParagraphWords } from './paragraph-words';
import { MAX_OVERLAP, StartIndex, type CollectLimits } from './start-index';
import { CandidateBuffer, MODES } from './candidates';
import { findConsensus, type Continuation } from './consensus';
import { diversify } from './diversify';
import { withoutNestedMiddles } from './nested-rows';
import { FamilyWidener, WIDENING_ROOM } from './family-widen';
import { readsRight, wordOnly } from './reads-right';
import { balanceClosers, openMarks, type OpenMarks } from './balance-closers';
import { buildSnapshot, FAVORITE, SKELETON, textOf, type EngineSnapshot } from './snapshot';
import { PackedLists, type PackedListsData } from './packed-lists';
import { StringColumn } from './string-column';
import { ROLES, type Role } from '../roles';
import type { IndexEntry, MatchMode, Suggestion, SuggestQuery } from './types';

const DEFAULT_LIMIT = 5;
const NESTED_SPARE = 2;
/** Two overlap lengths: role and usage can lift a phrase over one character of overlap. */
const START_LIMITS: CollectLimits = { maxCandidates: 32, maxLevels: 2 };
const INNER_LIMITS: CollectLimits = { maxCandidates: 20, maxLevels: 2 };
const PAIR_LIMITS: CollectLimits = { maxCandidates: 12, maxLevels: 1 };
const LINK_LIMITS: CollectLimits = { maxCandidates: 8, maxLevels: 1 };
const PINYIN_LIMITS: CollectLimits = { maxCandidates: 48, maxLevels: 1 };
const CANDIDATE_CAPACITY =
  START_LIMITS.maxCandidates +
  INNER_LIMITS.maxCandidates +
  PAIR_LIMITS.maxCandidates +
  LINK_LIMITS.maxCandidates +
  WIDENING_ROOM +
  PINYIN_LIMITS.maxCandidates;
/** Latin letters at the end of the typed text: a pinyin query (「sgys」). */
const PINYIN_TAIL = /[a-z]{2,24}$/i;
const PINYIN = MODES.indexOf('pinyin');
/** Shared continuations offered at most (the rest of the list stays whole phrases). */
const MAX_CONSENSUS = 2;
/** Candidates looked at for a shared continuation. */
const CONSENSUS_POOL = 24;
/** The shortest row that is offered, in characters. */
const MIN_INSERT = 2;
/** Characters of each phrase's opening whose pinyin is indexed: a pinyin query names the
 * opening of what it looks for. */
const PINYIN_INDEXED_CHARS = 12;

export class SuggestionEngine {
  private readonly snapshot: EngineSnapshot;
  /** Normalized texts in sorted order: entry ref is key ref. */
  private readonly keys: StringColumn;
  private readonly ids: StringColumn;
  /** Entries made into objects as they are first ranked (see entry()). */
  private readonly made: (IndexEntry | undefined)[];
  /** Per entry, worked out on first use (NaN until then): see prior(). */
  private readonly priors: Float64Array;
  /** The writer's usage, per entry (0: never used); not part of the snapshot. */
  private readonly useCounts: Uint32Array;
  private readonly lastUsed: Float64Array;
  private allEntries: IndexEntry[] | null = null;
  /** Entries left out (see hide). */
  private hidden: ReadonlySet<number> = new Set();
  private readonly start: StartIndex;
  private readonly inner: InnerIndex;
  private readonly links: ClauseLinkIndex;
  private readonly pairs: PairIndex;
  private readonly words: WordEnds;
  private readonly buffer: CandidateBuffer;
  private readonly paragraphWords = new ParagraphWords();
  private readonly families: FamilyWidener;
  private pinyin: PinyinIndex | null = null;
  private pinyinReadings: PinyinColumns | null = null;
  private lastHeadings: readonly string[] | undefined;
  /** All the roles the section's heading names (a combined one names several). */
  private lastSectionRoles: readonly Role[] = [];

  /** Builds the engine from bank entries (with their tokens). */
  constructor(entries: readonly IndexEntry[]);
  /** The engine over a snapshot (see fromSnapshot). */
  constructor(snapshot: EngineSnapshot, restored: true);
  constructor(source: readonly IndexEntry[] | EngineSnapshot, restored?: true) {
    const snapshot = restored ? (source as EngineSnapshot) : buildSnapshot(source as readonly IndexEntry[]);
    this.snapshot = snapshot;
    // Nothing here walks the entries: a wake costs the same at 1,000 phrases as at 100,000.
    this.keys = new StringColumn(snapshot.keys, snapshot.starts);
    this.ids = new StringColumn(snapshot.ids.joined, snapshot.ids.starts);
    const n = this.keys.size;
    this.made = new Array<IndexEntry | undefined>(n);
    this.priors = new Float64Array(n).fill(NaN);
    this.useCounts = new Uint32Array(n);
    this.lastUsed = new Float64Array(n);
    const packed = (data: PackedListsData) => new PackedLists(data);
    this.start = new StartIndex({
      keys: this.keys,
      heads2: snapshot.heads2,
      heads3: snapshot.heads3,
      hot: packed(snapshot.hot),
      hotByRole: snapshot.hotByRole.map(packed),
    });
    this.inner = new InnerIndex(this.keys, packed(snapshot.inner));
    this.links = new ClauseLinkIndex(this.keys, snapshot.links);
    this.pairs = new PairIndex(this.keys, packed(snapshot.pairs));
    this.words = new WordEnds(snapshot.words);
    this.buffer = new CandidateBuffer(n, CANDIDATE_CAPACITY);
    this.families = new FamilyWidener({ keys: this.keys, text: (ref) => this.entry(ref).text, prior: (ref) => this.prior(ref) });
    if (!restored) for (const entry of source as readonly IndexEntry[]) if (entry.useCount || entry.lastUsed) this.restoreUse(entry.id, entry.useCount ?? 0, entry.lastUsed ?? 0);
  }

  /** The engine over a stored snapshot, as it is: nothing is sorted, indexed or copied. */
  static fromSnapshot(snapshot: EngineSnapshot): SuggestionEngine {
    return new SuggestionEngine(snapshot, true);
  }

  /**
   * Everything a later wake needs. Usage is not included: it changes with every accepted
   * suggestion and is stored on its own.
   */
  toSnapshot(): EngineSnapshot {
    return this.snapshot;
  }

  get size(): number {
    return this.keys.size;
  }

  /** Every entry with current usage, made on first call (the palette searches the same
   * bank; it is built after the first answers, never on the wake). */
  get entryList(): readonly IndexEntry[] {
    if (!this.allEntries) {
      const all: IndexEntry[] = [];
      for (let ref = 0; ref < this.size; ref++) if (!this.hidden.has(ref)) all.push(this.entry(ref));
      this.allEntries = all;
    }
    return this.allEntries;
  }

  /**
   * From now on the phrases of these ids are never suggested and not listed (they changed
   * or were deleted since the snapshot: overlaid-engine.ts offers their new form).
   */
  hide(ids: Iterable<string>): void {
    const refs = [...ids].map((id) => this.refOf(id)).filter((ref) => ref >= 0);
    this.buffer.hide(refs);
    this.hidden = new Set(refs);
    this.allEntries = null;
  }

  /** The entry of this id, if the engine has it (the show gate's evidence). */
  entryById(id: string): IndexEntry | undefined {
    const ref = this.refOf(id);
    return ref < 0 || this.hidden.has(ref) ? undefined : this.entry(ref);
  }

  /** Entry `ref` as an object, made once and updated in place as the writer takes it. */
  private entry(ref: number): IndexEntry {
    let entry = this.made[ref];
    if (!entry) {
      const { snapshot } = this;
      const flags = snapshot.flags[ref]!;
      entry = {
        id: this.ids.at(ref),
        kind: flags & SKELETON ? 'skeleton' : 'phrase',
        text: textOf(snapshot, ref),
        role: ROLES[snapshot.roles[ref]!] ?? 'general',
        docCount: snapshot.docCounts[ref]!,
        favorite: (flags & FAVORITE) !== 0,
      };
      if (this.useCounts[ref]) entry.useCount = this.useCounts[ref];
      if (this.lastUsed[ref]) entry.lastUsed = this.lastUsed[ref];
      this.made[ref] = entry;
    }
    return entry;
  }

  /** Entry ref's prior (prior.ts), worked out when a query first needs it. */
  private prior(ref: number): number {
    let prior = this.priors[ref]!;
    if (prior !== prior) prior = this.priors[ref] = priorScore(this.entry(ref), this.snapshot.extensions[ref]);
    return prior;
  }

  /** The entry number of `id` (binary search over the ids in id order), or -1. */
  private refOf(id: string): number {
    const { idOrder } = this.snapshot;
    let lo = 0;
    let hi = idOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ids.compare(idOrder[mid]!, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < idOrder.length && this.ids.compare(idOrder[lo]!, id) === 0 ? idOrder[lo]! : -1;
  }

  suggest(query: SuggestQuery): Suggestion[] {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const { before } = query;
    const tail = matchNormalize(before.slice(-MAX_OVERLAP));
    const buffer = this.buffer;
    buffer.reset();
    const sectionRole = this.sectionRole(query.headings);
    // First: a phrase that agrees with the whole typed clause is the best evidence there
    // is, and each phrase is taken once, by the first matcher that finds it.
    this.links.collect(tail, buffer, LINK_LIMITS);
    this.start.collect(tail, buffer, START_LIMITS, sectionRole === undefined ? undefined : ROLES.indexOf(sectionRole));
    this.inner.collect(tail, buffer, INNER_LIMITS);
    this.pairs.collect(tail, buffer, PAIR_LIMITS);
    const letters = PINYIN_TAIL.exec(before)?.[0].toLowerCase();
    if (letters) this.pinyinIndex().collect(letters, buffer, PINYIN_LIMITS);

    const now = query.now ?? Date.now();
    for (let i = 0; i < buffer.count; i++) {
      const ref = buffer.refs[i]!;
      buffer.scores[i] = rankScore(this.entry(ref), this.prior(ref), MODES[buffer.modes[i]!]!, buffer.overlaps[i]!, sectionRole, now, this.lastSectionRoles);
    }
    const suggestions: Suggestion[] = [];
    const marks = lazyOpenMarks(before);
    let longest = 0;
    for (let i = 0; i < buffer.count; i++) if (buffer.modes[i] !== PINYIN && buffer.overlaps[i]! > longest) longest = buffer.overlaps[i]!;
    // One ranking serves both: the best CONSENSUS_POOL for shared continuations, the best
    // few of them as rows.
    const ranked = buffer.top(Math.max(CONSENSUS_POOL, limit * 3));
    this.fitToContext(buffer, ranked, before, query.headings?.at(-1) ?? '', sectionRole, now);
    suggestions.push(...this.consensus(buffer, ranked, before, marks, longest));
    // Only the best few are checked against the paragraph and turned into insertions.
    for (let k = 0; k < ranked.length && k < limit * 3; k++) {
      const i = ranked[k]!;
      const entry = this.entry(buffer.refs[i]!);
      const reading = buffer.modes[i] === PINYIN ? 'whole' : readsRight(entry.text, buffer.offsets[i]!, buffer.overlaps[i]!, before, longest, marks);
      if (reading === 'no') continue;
      let suggestion = toSuggestion(entry, MODES[buffer.modes[i]!]!, buffer.overlaps[i]!, buffer.offsets[i]!, before, marks);
      if (reading === 'word') {
        const from = buffer.offsets[i]! + buffer.overlaps[i]!;
        const cut = wordOnly(suggestion, from, this.words.endAfter(buffer.refs[i]!, from, NEXT_WORDS_MIN));
        if (!cut) continue;
        suggestion = cut;
      }
      suggestion.score = buffer.scores[i]! + (before.includes(entry.text) ? ALREADY_IN_PARAGRAPH : 0);
      // Two phrases that would insert the same text are one suggestion to the writer.
      const twin = suggestions.findIndex((s) => s.replace === suggestion.replace && s.insert === suggestion.insert);
      if (twin < 0) suggestions.push(suggestion);
      else if (suggestions[twin]!.score < suggestion.score) suggestions[twin] = suggestion;
    }
    suggestions.sort((a, b) => b.score - a.score || a.insert.length - b.insert.length || (a.id < b.id ? -1 : 1));
    // A row must add at least MIN_INSERT characters: there are only a few places, and a
    // one-character row takes one from a fuller wording.
    const offered = suggestions.filter((s) => s.insert.length >= MIN_INSERT);
    const rows = diversify(offered, limit);
    // The best row's next words go first (see next-words.ts).
    const best = rows.length > 0 ? this.refOf(rows[0]!.id) : -1;
    const endAfter = (from: number) => this.words.endAfter(best!, from, NEXT_WORDS_MIN);
    const nextWords = best < 0 ? null : nextWordsOf(rows[0]!, this.entry(best).text, endAfter);
    if (nextWords && !rows.some((s) => s.replace === nextWords.replace && s.insert === nextWords.insert)) rows.unshift(nextWords);
    // Spare rows behind, for the place a row between a shorter and a longer form of its own
    // wording leaves (nested-rows.ts).
    for (const spare of diversify(offered, limit + NESTED_SPARE)) if (!rows.includes(spare)) rows.push(spare);
    return withoutNestedMiddles(rows).slice(0, limit);
  }

  /**
   * Adds the paragraph's and the heading's words to the scores of the `ranked` candidates,
   * lets the best candidates' families offer members that repeat more of them (see
   * family-widen.ts), and orders them again. Only these: the signal is worth less than
   * one overlap character, so it only reorders candidates that are close already, and
   * looking at every candidate would cost more than the rest of the ranking.
   */
  private fitToContext(
    buffer: CandidateBuffer,
    ranked: number[],
    before: string,
    heading: string,
    sectionRole: Role | undefined,
    now: number,
  ): void {
    const words = this.paragraphWords;
    if (!words.reset(before, heading)) return;
    let changed = false;
    for (const i of ranked) {
      if (buffer.modes[i] === PINYIN) continue;
      const fit = paragraphFit(words.shared(this.entry(buffer.refs[i]!).text, buffer.offsets[i]! + buffer.overlaps[i]!));
      if (fit === 0) continue;
      buffer.scores[i] = buffer.scores[i]! + fit;
      changed = true;
    }
    const scoreMember = (ref: number, overlap: number, sharedPairs: number) =>
      rankScore(this.entry(ref), this.prior(ref), 'start', overlap, sectionRole, now, this.lastSectionRoles) + paragraphFit(sharedPairs);
    if (this.families.widen(buffer, ranked, words, scoreMember)) changed = true;
    // Ties keep the candidates' order, as CandidateBuffer.top() does.
    if (changed) ranked.sort((a, b) => buffer.scores[b]! - buffer.scores[a]! || a - b);
  }

  /** The continuations several candidates share (see consensus.ts), as suggestions. */
  private consensus(buffer: CandidateBuffer, ranked: readonly number[], before: string, marks: () => OpenMarks, longest: number): Suggestion[] {
    const continuations: Continuation[] = [];
    // The best-scored candidates only: agreement among weak ones says little.
    for (let k = 0; k < ranked.length && k < CONSENSUS_POOL; k++) {
      const i = ranked[k]!;
      if (buffer.modes[i] === PINYIN) continue;
      const text = this.entry(buffer.refs[i]!).text;
      const offset = buffer.offsets[i]!;
      const overlap = buffer.overlaps[i]!;
      // Only continuations of exactly what was typed can be shared safely.
      if (!agreesExactly(text, offset, before, overlap)) continue;
      if (readsRight(text, offset, overlap, before, longest, marks) !== 'whole') continue;
      continuations.push({ text, start: offset + overlap, score: buffer.scores[i]!, index: i });
    }
    return findConsensus(continuations, MAX_CONSENSUS).map((found) => {
      const entry = this.entry(buffer.refs[found.bestIndex]!);
      const overlap = buffer.overlaps[found.bestIndex]!;
      const offset = buffer.offsets[found.bestIndex]!;
      return {
        id: entry.id,
        kind: 'phrase',
        // Shown as the typed words and the shared continuation.
        text: entry.text.slice(offset, offset + overlap) + found.insert,
        role: entry.role,
        insert: balanceClosers(marks, found.insert),
        replace: 0,
        score: found.score,
        matchStart: 0,
        matchEnd: overlap,
      };
    });
  }

  /** Headings rarely change between keystrokes: their role is worked out once. */
  private sectionRole(headings: readonly string[] | undefined): Role | undefined {
    const same =
      headings === this.lastHeadings ||
      (headings && this.lastHeadings && headings.length === this.lastHeadings.length && headings.every((h, i) => h === this.lastHeadings![i]));
    if (!same) {
      this.lastHeadings = headings;
      this.lastSectionRoles = sectionRolesOf(headings);
    }
    return this.lastSectionRoles[0];
  }

  /** The writer accepted this phrase: it ranks higher from now on. */
  recordUse(id: string, now: number): void {
    const ref = this.refOf(id);
    if (ref < 0) return;
    this.restoreUse(id, this.useCounts[ref]! + 1, now);
  }

  /** Sets a phrase's stored usage (on wake, from the usage table). */
  restoreUse(id: string, count: number, lastUsed: number): void {
    const ref = this.refOf(id);
    if (ref < 0) return;
    this.useCounts[ref] = count;
    this.lastUsed[ref] = lastUsed;
    const entry = this.made[ref];
    if (entry) {
      entry.useCount = count;
      entry.lastUsed = lastUsed;
    }
    this.priors[ref] = NaN;
  }

  /** The pinyin of every phrase's opening, in entry order (read on first use, or warmed). */
  private pinyinColumns(): PinyinColumns {
    return (this.pinyinReadings ??= new PinyinColumns(this.entryList.map((entry) => entry.text), PINYIN_INDEXED_CHARS));
  }

  /**
   * Works out the pinyin index while the background is idle, `pause()` between slices, so
   * the first pinyin query (inline or in the palette) does not stall.
   */
  async warmUp(pause: () => Promise<void>): Promise<void> {
    await this.pinyinColumns().warm(pause);
    this.pinyinIndex();
  }

  private pinyinIndex(): PinyinIndex {
    return (this.pinyin ??= new PinyinIndex(this.pinyinColumns()));
  }
}

/** Whether the phrase holds the last `overlap` typed characters, as typed, at `offset`. */
function agreesExactly(text: string, offset: number, before: string, overlap: number): boolean {
  const from = before.length - overlap;
  for (let k = 0; k < overlap; k++) if (text.charCodeAt(offset + k) !== before.charCodeAt(from + k)) return false;
  return true;
}

/** openMarks(before) and of `before` less its last n characters, each worked out once. */
function lazyOpenMarks(before: string): (withoutLast?: number) => OpenMarks {
  const memo = new Map<number, OpenMarks>();
  return (withoutLast = 0) => {
    let marks = memo.get(withoutLast);
    if (!marks) memo.set(withoutLast, (marks = openMarks(before.slice(0, before.length - withoutLast))));
    return marks;
  };
}

function toSuggestion(
  entry: IndexEntry,
  mode: MatchMode,
  overlap: number,
  offset: number,
  before: string,
  marks: (withoutLast?: number) => OpenMarks,
): Suggestion {
  let insert: string;
  let replace: number;
  if (mode === 'pinyin') {
    insert = entry.text;
    replace = overlap;
  } else if (entry.text.startsWith(before.slice(before.length - overlap), offset)) {
    // The writer typed the phrase's words exactly: only the rest goes in.
    insert = offset > 0 ? balanceClosers(() => marks(), entry.text.slice(offset + overlap)) : entry.text.slice(offset + overlap);
    replace = 0;
  } else {
    // The typed words differ in punctuation width or quote style: they are replaced by
    // the standard wording, in the same single edit.
    insert = offset > 0 ? balanceClosers(() => marks(overlap), entry.text.slice(offset)) : entry.text.slice(offset);
    replace = overlap;
  }
  const matchStart = mode === 'pinyin' ? 0 : offset;
  const matchEnd = mode === 'pinyin' ? 0 : offset + overlap;
  return { id: entry.id, kind: entry.kind, text: entry.text, role: entry.role, insert, replace, score: 0, matchStart, matchEnd };
}
