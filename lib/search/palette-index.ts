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
    const best = new TopItems(query.limit);
    if (query.kind !== 'phrase') this.searchSkeletons(terms, query, best);
    if (query.kind !== 'skeleton') this.searchPhrases(terms, query, best);
    return best.items();
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
    for (let ref = 0; ref < this.entries.length; ref++) {
      const entry = this.entries[ref]!;
      if (query.role && entry.role !== query.role) continue;
      let at = 0;
      let matchEnd = 0;
      if (pinyinKeys) {
        const initial = pinyinKeys.initials[ref]!.indexOf(pinyinTerm!);
        if (initial < 0 && !pinyinKeys.full[ref]!.includes(pinyinTerm!)) continue;
        at = initial < 0 ? PINYIN_CHARS : initial;
      } else if (terms.length > 0) {
        const key = this.keys[ref]!;
        let ok = true;
        for (let t = 0; t < terms.length && ok; t++) {
          const position = key.indexOf(terms[t]!);
          if (position < 0) ok = false;
          else if (t === 0) at = position;
        }
        if (!ok) continue;
        matchEnd = at + terms[0]!.length;
      }
      const score =
        priorScore(entry) +
        (terms.length > 0 && at === 0 ? 6 : 0) -
        Math.min(at, 40) * 0.05 -
        entry.text.length * 0.01 +
        (query.sectionRole && entry.role === query.sectionRole ? 5 : 0);
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
