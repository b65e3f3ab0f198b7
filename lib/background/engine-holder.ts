// The background's in-memory engine. The service worker is stopped when idle, so the
// engine is rebuilt from IndexedDB on the first request after each wake.
import { SuggestionEngine } from '../engine/engine';
import type { IndexEntry } from '../engine/types';
import type { JukuDatabase } from '../db';

export class EngineHolder {
  private building: Promise<SuggestionEngine> | null = null;

  constructor(private readonly db: JukuDatabase) {}

  get(): Promise<SuggestionEngine> {
    this.building ??= this.build().catch((error: unknown) => {
      // A failed build must not stick: the next request tries again.
      this.building = null;
      throw error;
    });
    return this.building;
  }

  /** The bank changed: the next request rebuilds. */
  invalidate(): void {
    this.building = null;
  }

  private async build(): Promise<SuggestionEngine> {
    const phrases = await this.db.phrases.toArray();
    const entries: IndexEntry[] = phrases.map((p) => ({
      id: p.id,
      kind: 'phrase',
      text: p.text,
      role: p.role,
      docCount: p.docCount,
    }));
    return new SuggestionEngine(entries);
  }
}
