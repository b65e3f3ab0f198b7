// The background's in-memory engine. The service worker is stopped when idle, so the
// engine is rebuilt on the first request after each wake: from a columnar snapshot when
// the bank has not changed since it was written, else from the phrase table (and the
// snapshot is written anew for the next wake). Usage is applied on top: it changes with
// every accepted suggestion, so it is not part of the snapshot.
import { SuggestionEngine } from '../engine/engine';
import { entryOfPhrase } from '../engine/entry-of-phrase';
import type { IndexEntry } from '../engine/types';
import type { JukuDatabase } from '../db';
import { isEngineSnapshot } from '../engine/snapshot';
import { readBankVersion } from './bank-version';
import { flaggedAmong } from '../check/check';
import { DEFAULT_RULE_FILE, type Rule } from '../check/rules';
import { currentRules } from '../check/writer-rules';
import { allPhrases } from '../bank/phrase-store';

/** Named with the rules' revision: a snapshot filtered by older rules is not read back (#17). */
export const SNAPSHOT_KEY = `engine-input@rules-${DEFAULT_RULE_FILE.revision}`;
/** With the writer's own rule files (writer-rules.ts), the revision of the merged set. */
const snapshotKey = (revision: string) => `engine-input@rules-${revision}`;

export class EngineHolder {
  private building: Promise<SuggestionEngine> | null = null;

  private afterBuild: ((engine: SuggestionEngine) => void) | undefined;

  constructor(private readonly db: JukuDatabase) {}

  /** Hears of each engine built (see warm-up.ts). */
  onBuilt(listener: (engine: SuggestionEngine) => void): void {
    this.afterBuild = listener;
  }

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

  /** The writer accepted a phrase: rank it up now, without a rebuild. */
  async recordUse(id: string, now: number): Promise<void> {
    if (this.building) (await this.building).recordUse(id, now);
  }

  private async build(): Promise<SuggestionEngine> {
    const { db } = this;
    const { rules, revision } = await currentRules();
    const key = snapshotKey(revision);
    const [version, snapshot, usage] = await db.transaction('r', db.settings, db.snapshots, db.usage, () =>
      Promise.all([readBankVersion(db), db.snapshots.get(key), db.usage.toArray()]),
    );
    const stored = snapshot?.bankVersion === version && isEngineSnapshot(snapshot.data) ? snapshot.data : null;
    const engine = stored ? SuggestionEngine.fromSnapshot(stored) : new SuggestionEngine(await this.readEntries(rules));
    for (const use of usage) engine.restoreUse(use.phraseId, use.count, use.lastUsed);
    if (!stored) {
      // Best effort: a failed write (quota) only costs the next wake some time.
      await db.snapshots.put({ key, bankVersion: version, data: engine.toSnapshot() }).catch(() => {});
    }
    this.afterBuild?.(engine);
    return engine;
  }

  /**
   * A phrase a wording rule flags is never offered (#17), by the engine or the palette (built
   * from the engine's entries). Checked here, once per build, never per keystroke.
   */
  private async readEntries(rules: readonly Rule[]): Promise<IndexEntry[]> {
    const phrases = await allPhrases(this.db);
    const flagged = flaggedAmong(phrases.map((phrase) => phrase.text), rules);
    return phrases.filter((_, i) => !flagged.has(i)).map(entryOfPhrase);
  }
}
