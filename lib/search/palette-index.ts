// The palette's search: the writer looks a phrase or a skeleton up by topic — words in any
// order (「述职」, 「主体责任 落实」), pinyin initials or full pinyin (「sgys」) — instead
// of continuing what was typed. Runs in the background over the engine's entries; a linear
// scan of normalized text is a few milliseconds at 100,000 phrases, which is plenty for a
// search box, and needs no index of its own to wake up.
import { PinyinColumns } from '../text/pinyin-columns';
import { PinyinReadings } from '../text/pinyin-readings';
import { matchNormalize } from '../text/match-normalize';
import { priorScore } from '../engine/prior';
import type { IndexEntry } from '../engine/types';
import type { Role } from '../roles';
import { roleOfHeading } from '../corpus/roles';
import type { Skeleton } from '../schema';

export type PaletteKind = 'all' | 'phrase' | 'skeleton';

export type PaletteQuery = {
  query: string;
  kind: PaletteKind;
  /** Only items of this role (a skeleton qualifies when one of its sections has it). */
  role?: Role;
  /** The role of the section the caret is in: its wording ranks up. */
  sectionRole?: Role;
  limit: number;
};

export type PaletteItem = {
  id: string;
  kind: 'phrase' | 'skeleton';
  /** The phrase, or the skeleton's document type. */
  text: string;
  role: Role;
  /** The matched characters in `text`, for marking (0, 0 when matched by pinyin). */
  matchStart: number;
  matchEnd: number;
  favorite: boolean;
};

type SkeletonRecord = { skeleton: Skeleton; key: string; roles: Set<Role> };

const PINYIN_QUERY = /^[a-z]{1,32}$/;
/** Characters of a phrase whose pinyin is searched: topics are named near the start. */
const PINYIN_CHARS = 40;

export class PaletteIndex {
  private readonly keys: string[];
  private readonly skeletons: SkeletonRecord[];
  private readonly pinyinKeys: PinyinColumns;
  /** Skeletons are few: their document types' pinyin is read as they are searched. */
  private readonly readings = new PinyinReadings();

  constructor(
    private readonly entries: readonly IndexEntry[],
    skeletons: readonly Skeleton[],
  ) {
    this.keys = entries.map((entry) => matchNormalize(entry.text).toLowerCase());
    this.pinyinKeys = new PinyinColumns(entries.map((entry) => entry.text), PINYIN_CHARS);
    this.skeletons = skeletons.map((skeleton) => ({
      skeleton,
      // A skeleton is found by its type first, then by its title and section headings.
      key: matchNormalize([skeleton.docType, skeleton.title, ...headingTitles(skeleton.outline)].join('\n')).toLowerCase(),
      roles: new Set(sectionRoles(skeleton.outline)),
    }));
  }

  search(query: PaletteQuery): PaletteItem[] {
    const normalized = matchNormalize(query.query.trim()).toLowerCase();
    const terms = normalized.split(/\s+/).filter(Boolean);
    // Room for the rows that collapse into another (a sentence and its own first clause).
    const best = new TopItems(query.limit * 2);
    if (query.kind !== 'phrase') this.searchSkeletons(terms, query, best);
    if (query.kind !== 'skeleton') this.searchPhrases(terms, query, best);
    return collapseClauses(best.items()).slice(0, query.limit);
  }

  private searchSkeletons(terms: readonly string[], query: PaletteQuery, best: TopItems): void {
    const pinyinTerm = terms.length === 1 && PINYIN_QUERY.test(terms[0]!) ? terms[0]! : null;
    for (const { skeleton, key, roles } of this.skeletons) {
      if (query.role && !roles.has(query.role)) continue;
      let at = 0;
      if (pinyinTerm) {
        const keys = this.readings.keysOf(skeleton.docType);
        if (!keys.initials.includes(pinyinTerm) && !keys.full.includes(pinyinTerm)) continue;
      } else {
        const positions = terms.map((term) => key.indexOf(term));
        if (positions.some((p) => p < 0)) continue;
        at = positions[0] ?? 0;
      }
      const inType = terms.length > 0 && at < skeleton.docType.length;
      const inTitle = at < skeleton.docType.length + 1 + skeleton.title.length;
      // A whole outline is what a writer who names a document type wants: above single
      // phrases, and the most general type (the shortest) first. A match in a section
      // heading only is weaker than a phrase that holds the words.
      const score = (inType || terms.length === 0 || pinyinTerm ? 100 : inTitle ? 50 : 2) - skeleton.docType.length * 0.5;
      const matchEnd = inType && !pinyinTerm ? Math.min(skeleton.docType.length, at + terms[0]!.length) : 0;
      best.offer(score, skeleton.docType.length, skeleton.id, () => ({
        id: skeleton.id,
        kind: 'skeleton',
        text: skeleton.docType,
        role: 'general',
        matchStart: matchEnd ? at : 0,
        matchEnd,
        favorite: false,
      }));
    }
  }

  private searchPhrases(terms: readonly string[], query: PaletteQuery, best: TopItems): void {
    const pinyinTerm = terms.length === 1 && PINYIN_QUERY.test(terms[0]!) ? terms[0]! : null;
    const pinyinKeys = pinyinTerm ? this.pinyinIndex() : null;
    const termRoles = terms.map((term) => (term.length >= 2 ? roleOfHeading(term) : undefined));
    // A search for a section's name (「存在问题」) is a search for that section's wording.
    const sectionRole = query.sectionRole ?? (terms.length === 1 ? termRoles[0] : undefined);
    for (let ref = 0; ref < this.entries.length; ref++) {
      const entry = this.entries[ref]!;
      if (query.role && entry.role !== query.role) continue;
      let at = 0;
      let matchEnd = 0;
      let loose = 0;
      if (pinyinKeys) {
        const initial = pinyinKeys.initials[ref]!.indexOf(pinyinTerm!);
        if (initial < 0 && !pinyinKeys.full[ref]!.includes(pinyinTerm!)) continue;
        at = initial < 0 ? PINYIN_CHARS : initial;
      } else if (terms.length > 0) {
        const key = this.keys[ref]!;
        let ok = true;
        for (let t = 0; t < terms.length && ok; t++) {
          const position = key.indexOf(terms[t]!);
          if (position < 0) {
            // Forgiving (#20): the term's words may stand apart in the phrase
            // (「乡村振兴产业」 in 「乡村振兴……产业」) or one character may be missing
            // (「理论学习不够深入」 for 「理论学习上不够深入」). Such a match ranks below
            // an exact one; a section name (「存在问题」) finds that section's wording.
            const runs = looseMatch(key, terms[t]!);
            if (runs >= 0) {
              loose += runs;
              if (t === 0) at = key.indexOf(terms[t]!.slice(0, MIN_RUN));
            } else if (termRoles[t] === entry.role) loose += ROLE_NAMED;
            else ok = false;
          } else if (t === 0) at = position;
        }
        if (!ok) continue;
        matchEnd = loose > 0 ? 0 : at + terms[0]!.length;
      }
      const score =
        priorScore(entry) +
        (terms.length > 0 && at === 0 && loose === 0 ? 6 : 0) -
        Math.min(at, 40) * 0.05 -
        entry.text.length * 0.01 -
        loose * LOOSE_PENALTY +
        sectionFit(entry.role, sectionRole);
      best.offer(score, entry.text.length, entry.id, () => ({
        id: entry.id,
        kind: 'phrase',
        text: entry.text,
        role: entry.role,
        matchStart: matchEnd ? at : 0,
        matchEnd,
        favorite: entry.favorite ?? false,
      }));
    }
  }

  /** Pinyin of every phrase's opening, worked out on the first pinyin query or warmed. */
  private pinyinIndex(): PinyinColumns {
    return this.pinyinKeys.finish();
  }

  /** Works out the pinyin while the background is idle, `pause()` between slices. */
  warm(pause: () => Promise<void>): Promise<void> {
    return this.pinyinKeys.warm(pause);
  }
}

/** A loose match's parts are at least this long: scattered single characters say nothing. */
const MIN_RUN = 2;
/** At most this many parts: more would match almost anything long. */
const MAX_RUNS = 3;
/** Per extra part of a loose match: below an exact match of the same phrase. */
const LOOSE_PENALTY = 4;
/** A phrase found by the name of its section only: below any phrase that holds the words. */
const ROLE_NAMED = 2;
/** The section the caret is in decides (#20): its wording first, another section's last. */
const SAME_SECTION = 5;
const OTHER_SECTION = -20;

function sectionFit(role: Role, sectionRole: Role | undefined): number {
  if (!sectionRole || role === 'general' || sectionRole === 'general') return 0;
  return role === sectionRole ? SAME_SECTION : OTHER_SECTION;
}

/**
 * Matches `term` in `key` as up to MAX_RUNS parts in order, each at least MIN_RUN
 * characters (the longest that fits first), skipping at most one character of the term
 * in all. Returns the number of extra parts (≥ 1), or -1 when it does not match.
 */
function looseMatch(key: string, term: string): number {
  if (term.length < MIN_RUN * 2 || !key.includes(term.slice(0, MIN_RUN))) return -1;
  let from = 0;
  let runs = 0;
  let skipped = 0;
  let t = 0;
  while (t < term.length) {
    if (runs === MAX_RUNS) return -1;
    let found = -1;
    let length = term.length - t;
    for (; length >= MIN_RUN; length--) {
      found = key.indexOf(term.slice(t, t + length), from);
      if (found >= 0) break;
    }
    if (found < 0) {
      // A character of the term the phrase does not have (a typo or a variant).
      if (skipped > 0 || t === 0) return -1;
      skipped++;
      t++;
      continue;
    }
    runs++;
    from = found + length;
    t += length;
  }
  return runs - 1 + skipped;
}

/** Drops a row that is another row's leading clause, or that row's sentence: one entry each. */
function collapseClauses(items: PaletteItem[]): PaletteItem[] {
  const kept: PaletteItem[] = [];
  for (const item of items) {
    const leads = (long: string, short: string) =>
      long.length > short.length && long.startsWith(short) && /^[，,；;：:。]/.test(long.slice(short.length));
    if (item.kind === 'phrase' && kept.some((k) => k.kind === 'phrase' && (leads(k.text, item.text) || leads(item.text, k.text)))) continue;
    kept.push(item);
  }
  return kept;
}

/**
 * The best `limit` items seen, best first (ties: shorter text, then id). A common word
 * such as 「工作」 matches tens of thousands of phrases: keeping only the best few, and
 * building an item only for those, is what keeps a search at 100,000 phrases fast.
 */
class TopItems {
  private readonly kept: Array<{ score: number; length: number; id: string; item: PaletteItem }> = [];

  constructor(private readonly limit: number) {}

  offer(score: number, length: number, id: string, item: () => PaletteItem): void {
    const kept = this.kept;
    if (kept.length === this.limit && !ranksAbove(score, length, id, kept[kept.length - 1]!)) return;
    let at = kept.length;
    while (at > 0 && ranksAbove(score, length, id, kept[at - 1]!)) at--;
    kept.splice(at, 0, { score, length, id, item: item() });
    if (kept.length > this.limit) kept.pop();
  }

  items(): PaletteItem[] {
    return this.kept.map((entry) => entry.item);
  }
}

function ranksAbove(score: number, length: number, id: string, other: { score: number; length: number; id: string }): boolean {
  if (score !== other.score) return score > other.score;
  if (length !== other.length) return length < other.length;
  return id < other.id;
}

function headingTitles(outline: Skeleton['outline']): string[] {
  return outline.flatMap((node) => [node.title, ...headingTitles(node.children ?? [])]);
}

function sectionRoles(outline: Skeleton['outline']): Role[] {
  return outline.flatMap((node) => [node.role, ...sectionRoles(node.children ?? [])]);
}
