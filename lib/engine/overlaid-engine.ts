// The engine after a few bank changes, without a rebuild: the engine of the stored
// snapshot with the changed and deleted phrases hidden, and a small engine of the changed
// phrases' new forms beside it, each asked and their rows merged by score. Rebuilding the
// whole engine at 100,000 phrases takes seconds; this takes as long as indexing the few
// phrases that changed, so the next suggestion already reflects the change. The rows match
// a rebuilt engine's closely but not always exactly (a changed phrase is ranked within its
// own small engine, whose best-first lists are not cut as the large one's are), so the
// background rebuilds the snapshot when it is idle (engine-holder.ts).
import { SuggestionEngine } from './engine';
import type { IndexEntry, Suggestion, SuggestQuery } from './types';

/** What the background asks of an engine, plain or overlaid. */
export type Engine = Pick<SuggestionEngine, 'suggest' | 'entryList' | 'entryById' | 'recordUse' | 'restoreUse' | 'warmUp' | 'size'>;

const DEFAULT_LIMIT = 5;

/**
 * Rows of several engines as one answer: the engine's own order (engine.ts), a bank row
 * before a row of the document (document-engine.ts) that scores the same, then one row per
 * insertion (the first, so the bank's where both would insert the same text), `limit` of them.
 */
export function mergeRows(rows: Suggestion[], limit: number): Suggestion[] {
  rows.sort((a, b) => b.score - a.score || a.insert.length - b.insert.length || (a.source ? 1 : 0) - (b.source ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const unique = rows.filter((row, i) => rows.findIndex((other) => other.replace === row.replace && other.insert === row.insert) === i);
  return unique.slice(0, limit);
}

export class OverlaidEngine implements Engine {
  private readonly changed: SuggestionEngine;
  private merged: IndexEntry[] | null = null;

  /** `base` is changed in place (its `changedIds` hidden): it is not to be used alone after this. */
  constructor(
    private readonly base: SuggestionEngine,
    changedIds: ReadonlySet<string>,
    changedEntries: readonly IndexEntry[],
  ) {
    base.hide(changedIds);
    this.changed = new SuggestionEngine(changedEntries);
  }

  get size(): number {
    return this.base.size + this.changed.size;
  }

  get entryList(): readonly IndexEntry[] {
    return (this.merged ??= [...this.base.entryList, ...this.changed.entryList]);
  }

  entryById(id: string): IndexEntry | undefined {
    return this.changed.entryById(id) ?? this.base.entryById(id);
  }

  suggest(query: SuggestQuery): Suggestion[] {
    return mergeRows([...this.base.suggest(query), ...this.changed.suggest(query)], query.limit ?? DEFAULT_LIMIT);
  }

  recordUse(id: string, now: number): void {
    this.base.recordUse(id, now);
    this.changed.recordUse(id, now);
  }

  restoreUse(id: string, count: number, lastUsed: number): void {
    this.base.restoreUse(id, count, lastUsed);
    this.changed.restoreUse(id, count, lastUsed);
  }

  async warmUp(pause: () => Promise<void>): Promise<void> {
    await this.base.warmUp(pause);
    await this.changed.warmUp(pause);
  }
}
