// The suggestion engine: gathers candidates from three matchers (phrase starts, words
// inside phrases, pinyin), ranks them with the section and usage signals, and turns each
// into an insertion that never duplicates what was typed. Pure: no browser API.
import { matchNormalize } from '../text/match-normalize';
import { InnerIndex } from './inner-index';
import { PinyinIndex } from './pinyin-index';
import { rankScore } from './ranking';
import { sectionRoleOf } from './section-role';
import { MAX_OVERLAP, StartIndex, type Candidate } from './start-index';
import type { IndexEntry, MatchMode, Suggestion, SuggestQuery } from './types';

const DEFAULT_LIMIT = 5;
const MAX_CANDIDATES = 400;
/** Latin letters at the end of the typed text: a pinyin query (「sgys」). */
const PINYIN_TAIL = /[a-z]{2,24}$/i;

export class SuggestionEngine {
  private readonly entries: IndexEntry[];
  private readonly refById = new Map<string, number>();
  private readonly start: StartIndex;
  private readonly inner: InnerIndex;
  private pinyin: PinyinIndex | null = null;

  constructor(entries: readonly IndexEntry[]) {
    // Copied: usage is updated in place as the writer accepts suggestions.
    this.entries = entries.map((entry) => ({ ...entry }));
    this.entries.forEach((entry, ref) => this.refById.set(entry.id, ref));
    this.start = new StartIndex(this.entries);
    this.inner = new InnerIndex(this.entries);
  }

  get size(): number {
    return this.entries.length;
  }

  suggest(query: SuggestQuery): Suggestion[] {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const before = query.before;
    const tail = matchNormalize(before.slice(-MAX_OVERLAP));
    const seen = new Set<number>();
    const found: Array<Candidate & { mode: MatchMode }> = [];
    const gather = (mode: MatchMode, collect: (into: Candidate[]) => void) => {
      const into: Candidate[] = [];
      collect(into);
      for (const c of into) found.push({ ...c, mode });
    };
    gather('start', (into) => this.start.collect(tail, into, seen, MAX_CANDIDATES));
    gather('inner', (into) => this.inner.collect(tail, into, seen, MAX_CANDIDATES));
    const letters = PINYIN_TAIL.exec(before)?.[0].toLowerCase();
    if (letters) gather('pinyin', (into) => this.pinyinIndex().collect(letters, into, seen, MAX_CANDIDATES));

    const sectionRole = sectionRoleOf(query.headings);
    const now = query.now ?? Date.now();
    const byInsert = new Map<string, Suggestion>();
    for (const candidate of found) {
      const entry = this.entries[candidate.ref]!;
      const suggestion = toSuggestion(entry, candidate, before);
      suggestion.score = rankScore({ entry, mode: candidate.mode, overlap: candidate.overlap, sectionRole, paragraph: before, now });
      // Two phrases that would insert the same text are one suggestion to the writer.
      const key = `${suggestion.replace}\u0000${suggestion.insert}`;
      const existing = byInsert.get(key);
      if (!existing || existing.score < suggestion.score) byInsert.set(key, suggestion);
    }
    return [...byInsert.values()]
      .sort((a, b) => b.score - a.score || a.insert.length - b.insert.length || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  /** The writer accepted this phrase: it ranks higher from now on. */
  recordUse(id: string, now: number): void {
    const ref = this.refById.get(id);
    if (ref === undefined) return;
    const entry = this.entries[ref]!;
    entry.useCount = (entry.useCount ?? 0) + 1;
    entry.lastUsed = now;
  }

  private pinyinIndex(): PinyinIndex {
    return (this.pinyin ??= new PinyinIndex(this.entries));
  }
}

function toSuggestion(entry: IndexEntry, { mode, overlap, offset }: Candidate & { mode: MatchMode }, before: string): Suggestion {
  const base = { id: entry.id, kind: entry.kind, text: entry.text, role: entry.role, score: 0 };
  if (mode === 'pinyin') return { ...base, insert: entry.text, replace: overlap };
  const typed = before.slice(before.length - overlap);
  // Where the writer typed the phrase's words exactly, only the rest goes in; where the
  // typed words differ in punctuation width or quote style, they are replaced by the
  // standard wording, in the same single edit.
  if (entry.text.startsWith(typed, offset)) return { ...base, insert: entry.text.slice(offset + overlap), replace: 0 };
  return { ...base, insert: entry.text.slice(offset), replace: overlap };
}
