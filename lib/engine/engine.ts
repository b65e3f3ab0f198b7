// The suggestion engine: candidates from the continuation index, ranked, turned into
// insertions that never duplicate what was typed. Pure: no browser API.
import { ContinuationIndex, type ContinuationHit } from './continuation-index';
import type { IndexEntry, Suggestion, SuggestQuery } from './types';

const DEFAULT_LIMIT = 5;
const CANDIDATES_PER_OVERLAP = 40;
const MAX_CANDIDATES = 200;

export class SuggestionEngine {
  private continuation: ContinuationIndex;

  constructor(entries: readonly IndexEntry[]) {
    this.continuation = new ContinuationIndex(entries);
  }

  get size(): number {
    return this.continuation.size;
  }

  suggest(query: SuggestQuery): Suggestion[] {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const hits = this.continuation.lookup(query.before, CANDIDATES_PER_OVERLAP, MAX_CANDIDATES);
    return hits
      .map((hit) => toSuggestion(hit, query.before))
      .sort((a, b) => b.score - a.score || a.text.length - b.text.length || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }
}

function toSuggestion({ entry, overlap }: ContinuationHit, before: string): Suggestion {
  const typed = before.slice(before.length - overlap);
  // Where the writer typed the phrase's opening exactly, only the rest goes in; where the
  // typed opening differs in punctuation width or quote style, it is replaced by the
  // standard wording, in the same single edit.
  const exact = entry.text.startsWith(typed);
  return {
    id: entry.id,
    kind: entry.kind,
    text: entry.text,
    role: entry.role,
    insert: exact ? entry.text.slice(overlap) : entry.text,
    replace: exact ? 0 : overlap,
    score: scoreHit(entry, overlap),
  };
}

function scoreHit(entry: IndexEntry, overlap: number): number {
  // The longest overlap dominates; the number of documents using the wording breaks ties.
  return overlap * 10 + Math.log2(1 + entry.docCount);
}
