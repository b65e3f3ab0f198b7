// The background's in-memory engine. The service worker is stopped when idle, so the
// engine is rebuilt on the first request after each wake, from what is stored:
//  - the engine snapshot (one Blob, see snapshot-binary.ts) when the bank has not changed
//    since it was written: a read and a decode, about 30 ms at 100,000 phrases;
//  - the snapshot and a record of the phrases changed since (overlaid-engine.ts) when the
//    bank changed by a few phrases: as fast, and the change shows in the next suggestion;
//  - else the phrase table (seconds at 100,000 phrases), and the snapshot is written anew.
// After a change the whole snapshot is rebuilt from the phrase table once the bank manager
// has been quiet for a while (REBUILD_AFTER_MS), in steps between which suggestions are
// answered. Usage is applied on top: it changes with
// every accepted suggestion, so it is not part of the snapshot.
// A large bank's snapshot is stored with a small first part beside it (first-part.ts): a
// wake reads that first and answers keystrokes from it while the whole is read, so the
// first list after a wake does not wait for the bank's size (#19). Everything else (the
// palette, the wording check) waits for the whole.
import { SuggestionEngine } from '../engine/engine';
import { OverlaidEngine, type Engine } from '../engine/overlaid-engine';
import { entryOfPhrase } from '../engine/entry-of-phrase';
import type { IndexEntry } from '../engine/types';
import type { JukuDatabase, SnapshotRecord, StoredPhrase } from '../db';
import { buildSnapshotPaced, checkSnapshot, isSound, type EngineSnapshot } from '../engine/snapshot';
import { decodeSnapshot, encodeSnapshot } from '../engine/snapshot-binary';
import { readBankVersion } from './bank-version';
import { REBUILD_AFTER_MS, changesKey, firstPartKey, snapshotKey } from './snapshot-keys';
import { FIRST_PART_SIZES, firstPartOf, type FirstPartSizes } from '../engine/first-part';
import { flaggedAmong } from '../check/check';
import type { Rule } from '../check/rules';
import { currentRules, mergedRules, validFiles } from '../check/writer-rules';
import type { WakeRead } from './wake-read';
import { PHRASE_BUCKETS, allPhrases, getPhrases, phraseTables } from '../bank/phrase-store';

export { CHANGES_KEY, REBUILD_AFTER_MS, SNAPSHOT_KEY } from './snapshot-keys';

/** More changed phrases than this, and the next build reads the phrase table instead. */
const MAX_OVERLAY = 2000;
/** Phrase buckets read per step of a background rebuild (phrase-store.ts). */
const BUCKETS_PER_STEP = 32;
/** Phrases checked against the wording rules per step of a background rebuild. */
const CHECK_PAGE = 5000;

/** Lets the messages that came meanwhile be answered. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The bank at `bankVersion` is the snapshot at `baseVersion` with these phrases changed
 * (added, edited or deleted). */
type ChangesRecord = { baseVersion: number; ids: string[] };

/** An engine, the bank version it answers for and, when overlaid, how it was made. */
type State = {
  engine: Engine;
  version: number;
  overlay?: { base: SuggestionEngine; baseVersion: number; ids: ReadonlySet<string> };
  /** Set while `engine` is a first part: the whole bank's state, being read. */
  whole?: Promise<State>;
};

export type EngineHolderOptions = {
  firstPart?: FirstPartSizes;
  /** The bank's state read as the worker started (wake-read.ts), for the first build. */
  atWake?: Promise<WakeRead | null>;
};

export class EngineHolder {
  private building: Promise<State> | null = null;

  private afterBuild: ((engine: Engine) => void) | undefined;

  /** The snapshot write under way, if any (written after the answer, see fromRecords). */
  private writing: Promise<void> = Promise.resolve();

  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly firstPartSizes: FirstPartSizes;

  /** The read made at the wake, until the first build takes it or a change makes it stale. */
  private atWake: Promise<WakeRead | null> | null;

  /** Raised by each change to the bank this holder hears of. */
  private changesHeard = 0;

  constructor(
    private readonly db: JukuDatabase,
    options: EngineHolderOptions = {},
  ) {
    this.firstPartSizes = options.firstPart ?? FIRST_PART_SIZES;
    this.atWake = options.atWake ?? null;
  }

  /** Hears of each engine built (see warm-up.ts). */
  onBuilt(listener: (engine: Engine) => void): void {
    this.afterBuild = listener;
  }

  /** The engine of the whole bank. */
  async get(): Promise<Engine> {
    const state = await this.state();
    return (state.whole ? await state.whole : state).engine;
  }

  /** The engine that answers soonest, for keystrokes: right after a wake of a large bank,
   * the first part's, until the whole is read. */
  async getSoonest(): Promise<Engine> {
    return (await this.state()).engine;
  }

  /** Resolves once the snapshot being written (if any) is stored. */
  written(): Promise<void> {
    return this.writing;
  }

  /** The bank changed in ways not known phrase by phrase: the next request rebuilds. */
  invalidate(): void {
    this.building = null;
    this.atWake = null;
    this.changesHeard++;
  }

  /**
   * A bank write changed (added, edited or deleted) these phrases and nothing else: the
   * engine takes the change at once, overlaid (see overlaid-engine.ts), and is rebuilt
   * whole when the bank manager has been quiet for a while.
   */
  phrasesChanged(ids: readonly string[]): void {
    this.atWake = null;
    this.changesHeard++;
    const previous = this.building;
    this.building = this.guarded(this.withChanges(previous, ids));
    this.scheduleRebuild();
  }

  /** The writer accepted a phrase: rank it up now, without a rebuild. */
  async recordUse(id: string, now: number): Promise<void> {
    if (!this.building) return;
    const state = await this.building;
    state.engine.recordUse(id, now);
    // The whole engine being read restores the uses stored before this one.
    void state.whole?.then((whole) => whole.engine.recordUse(id, now)).catch(() => {});
  }

  private state(): Promise<State> {
    return (this.building ??= this.guarded(this.build()));
  }

  /** A failed build must not stick: the next request tries again. */
  private guarded(building: Promise<State>): Promise<State> {
    const guarded = building.catch((error: unknown) => {
      if (this.building === guarded) this.building = null;
      throw error;
    });
    return guarded;
  }

  private async build(): Promise<State> {
    const early = await this.takeWakeRead();
    const version = early ? early.bankVersion : await readBankVersion(this.db);
    // Set by state() by now: this build's own promise.
    const building = this.building;
    const state = (await this.restore(version, early)) ?? (await this.fromRecords());
    if (!state.whole) {
      this.afterBuild?.(state.engine);
      return state;
    }
    // Once the whole is read it takes over, unless the bank changed meanwhile (a change
    // overlays the whole itself, see withChanges) or the engine was dropped.
    state.whole.then(
      (whole) => {
        if (this.building !== building) return;
        this.building = Promise.resolve(whole);
        this.afterBuild?.(whole.engine);
      },
      () => {
        if (this.building === building) this.building = null;
      },
    );
    return state;
  }

  /** The engine `previous` (or the stored one) with `ids` changed, for the current version. */
  private async withChanges(previous: Promise<State> | null, ids: readonly string[]): Promise<State> {
    const { db } = this;
    const version = await readBankVersion(db);
    let before = (previous && (await previous.catch(() => null))) ?? (await this.restore(version - 1));
    // A change is made to the whole bank's engine, never to a first part.
    if (before?.whole) before = await before.whole.catch(() => null);
    // Another writer's change came between (the version moved by more than this one):
    // what changed is not known, so the phrase table is read.
    if (!before || before.version < version - 1) return this.fromRecords();
    if (before.version === version) return before;
    let base = before.overlay?.base;
    let baseVersion = before.overlay?.baseVersion ?? before.version;
    const changed = new Set([...(before.overlay?.ids ?? []), ...ids]);
    if (!base) {
      if (!(before.engine instanceof SuggestionEngine)) return this.fromRecords();
      base = before.engine;
      baseVersion = before.version;
    }
    if (changed.size > MAX_OVERLAY) return this.fromRecords();
    const { rules, revision } = await currentRules();
    const state = await this.overlaid(base, baseVersion, changed, version, rules);
    // Best effort, like the snapshot: without it the next wake reads the phrase table.
    await db.snapshots.put({ key: changesKey(revision), bankVersion: version, data: { baseVersion, ids: [...changed] } satisfies ChangesRecord }).catch(() => {});
    // Not warmed up again (afterBuild): the base's pinyin index is warm already, and the
    // palette's index, rebuilt whole for each engine, waits for the next palette search
    // rather than stall the keystrokes after each edit.
    return state;
  }

  /** The read made at the wake, once: null after a change, or when the default bank was
   * not loaded then (its loading since has changed the bank). */
  private async takeWakeRead(): Promise<WakeRead | null> {
    const pending = this.atWake;
    this.atWake = null;
    if (!pending) return null;
    const heard = this.changesHeard;
    const read = await pending;
    // A change that came while it was awaited made it stale.
    return read?.defaultBankLoaded && this.changesHeard === heard ? read : null;
  }

  /** The stored engine of bank version `version` (snapshot, or snapshot and changes), or
   * null; from the read made at the wake when given. */
  private async restore(version: number, early: WakeRead | null = null): Promise<State | null> {
    const { db } = this;
    // Not taken apart: the rules are read (and validated) only if there are changes to filter.
    const merged = early ? mergedRules(validFiles(early.storedRules)) : await currentRules();
    const { revision } = merged;
    const [snapshot, firstPart, changes, usage] = early
      ? [early.snapshots.get(snapshotKey(revision)), early.snapshots.get(firstPartKey(revision)), early.snapshots.get(changesKey(revision)), early.usage]
      : await db.transaction('r', db.snapshots, db.usage, () =>
          Promise.all([
            db.snapshots.get(snapshotKey(revision)),
            db.snapshots.get(firstPartKey(revision)),
            db.snapshots.get(changesKey(revision)),
            db.usage.toArray(),
          ]),
        );
    if (!snapshot) return null;
    const changedIds = changes?.bankVersion === version && isChangesRecord(changes.data) && changes.data.baseVersion === snapshot.bankVersion ? changes.data.ids : null;
    if (snapshot.bankVersion !== version && !changedIds) return null;
    const stateOf = async (record: SnapshotRecord): Promise<State | null> => {
      // A snapshot of another format, damaged or cut short is rebuilt like a stale one.
      const stored = await readSnapshot(record.data, early?.bytesOf(record.key));
      if (!stored) return null;
      const base = SuggestionEngine.fromSnapshot(stored);
      for (const use of usage) base.restoreUse(use.phraseId, use.count, use.lastUsed);
      // Looked through once the first answer has gone out (see isSound).
      setTimeout(() => void this.dropIfUnsound(stored), 0);
      if (!changedIds) return { engine: base, version };
      // No rebuild is scheduled here: after a wake the writer is typing, and the overlay
      // answers as fast; the next bank change schedules one.
      return this.overlaid(base, snapshot.bankVersion, new Set(changedIds), version, merged.rules);
    };
    const first = firstPart?.bankVersion === snapshot.bankVersion ? await stateOf(firstPart) : null;
    if (!first) return stateOf(snapshot);
    // The whole is read once the first answer has gone out; if it cannot be, from the records.
    const whole = pause()
      .then(() => stateOf(snapshot))
      .then((state) => state ?? this.fromRecords());
    // Not left unhandled when nobody asks for the whole before it fails.
    whole.catch(() => {});
    return { ...first, whole };
  }

  private async overlaid(base: SuggestionEngine, baseVersion: number, ids: ReadonlySet<string>, version: number, rules: readonly Rule[]): Promise<State> {
    const { db } = this;
    const [phrases, usage] = await db.transaction('r', [...phraseTables(db), db.usage], () => Promise.all([getPhrases(db, [...ids]), db.usage.bulkGet([...ids])]));
    const entries = offered(phrases.filter((p): p is StoredPhrase => p !== undefined), rules);
    const engine = new OverlaidEngine(base, ids, entries);
    for (const use of usage) if (use) engine.restoreUse(use.phraseId, use.count, use.lastUsed);
    return { engine, version, overlay: { base, baseVersion, ids } };
  }

  /** The engine built from the phrase table; its snapshot is written after the answer. */
  private async fromRecords(): Promise<State> {
    const { db } = this;
    const { rules, revision } = await currentRules();
    const [version, phrases, usage] = await db.transaction('r', [...phraseTables(db), db.usage], () =>
      Promise.all([readBankVersion(db), allPhrases(db), db.usage.toArray()]),
    );
    const entries = offered(phrases, rules);
    const engine = new SuggestionEngine(entries);
    for (const use of usage) engine.restoreUse(use.phraseId, use.count, use.lastUsed);
    // Not awaited: the answer need not wait for the write.
    this.writing = this.store(engine.toSnapshot(), entries, usage, version, revision);
    return { engine, version };
  }

  /** Stores the snapshot of bank version `version` and, for a large bank, its first part
   * (built in steps, after the answer). Best effort, never rejects. */
  private async store(snapshot: EngineSnapshot, entries: readonly IndexEntry[], usage: readonly { phraseId: string }[], version: number, revision: string): Promise<void> {
    const data = new Blob([encodeSnapshot(snapshot)]);
    try {
      await pause();
      const part = firstPartOf(entries, new Set(usage.map((use) => use.phraseId)), this.firstPartSizes);
      const first = part && { key: firstPartKey(revision), bankVersion: version, data: new Blob([encodeSnapshot(await buildSnapshotPaced(part, pause))]) };
      await writeSnapshot(this.db, { key: snapshotKey(revision), bankVersion: version, data }, first ?? undefined);
    } catch {
      // A failed write (quota) only costs the next wake some time.
    }
  }

  /** After the last of a burst of changes, the engine is rebuilt whole and its snapshot
   * written, so overlays stay small and the next wake reads one snapshot. */
  private scheduleRebuild(): void {
    clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => void this.rebuild().catch(() => {}), REBUILD_AFTER_MS);
  }

  /**
   * Rebuilds from the phrase table and swaps the engine in, unless the bank moved meanwhile.
   * In steps with a pause between them (phrase buckets read a share at a time, the build in
   * its steps), so suggestions asked meanwhile are answered by the engine in use.
   */
  async rebuild(): Promise<void> {
    const { db } = this;
    const current = this.building;
    const version = await readBankVersion(db);
    const { rules, revision } = await currentRules();
    const phrases: StoredPhrase[] = [];
    for (let from = 0; from < PHRASE_BUCKETS; from += BUCKETS_PER_STEP) {
      const buckets = await db.phraseBuckets.where(':id').between(from, from + BUCKETS_PER_STEP).toArray();
      for (const bucket of buckets) phrases.push(...bucket.phrases);
      await pause();
    }
    // The order a table of one record per phrase gave (allPhrases): the same engine as a build.
    phrases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const entries: IndexEntry[] = [];
    for (let from = 0; from < phrases.length; from += CHECK_PAGE) {
      entries.push(...offered(phrases.slice(from, from + CHECK_PAGE), rules));
      await pause();
    }
    const snapshot = await buildSnapshotPaced(entries, pause);
    const usage = await db.usage.toArray();
    // A change that came meanwhile has its own overlay and its own rebuild scheduled.
    if (this.building !== current || (await readBankVersion(db)) !== version) return;
    const engine = SuggestionEngine.fromSnapshot(snapshot);
    for (const use of usage) engine.restoreUse(use.phraseId, use.count, use.lastUsed);
    this.building = Promise.resolve({ engine, version });
    // Not warmed up (afterBuild): the warm-up's pinyin and palette indexes are built in
    // steps of a second or more at 100,000 phrases; the first pinyin query or palette
    // search builds what it needs.
    await pause();
    this.writing = this.store(snapshot, entries, usage, version, revision);
    await this.writing;
  }

  /** A snapshot with numbers pointing outside it is deleted, and the engine built from the
   * phrase records on the next request. */
  private async dropIfUnsound(snapshot: EngineSnapshot): Promise<void> {
    if (isSound(snapshot)) return;
    await this.db.snapshots.clear().catch(() => {});
    this.building = null;
  }
}

/**
 * A phrase a wording rule flags is never offered (#17), by the engine or the palette (built
 * from the engine's entries). Checked when the engine is built, never per keystroke.
 */
function offered(phrases: readonly StoredPhrase[], rules: readonly Rule[]): IndexEntry[] {
  const flagged = flaggedAmong(
    phrases.map((phrase) => phrase.text),
    rules,
  );
  return phrases.filter((_, i) => !flagged.has(i)).map(entryOfPhrase);
}

const isChangesRecord = (value: unknown): value is ChangesRecord =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ChangesRecord).baseVersion === 'number' &&
  Array.isArray((value as ChangesRecord).ids) &&
  (value as ChangesRecord).ids.every((id) => typeof id === 'string');

/** The snapshot a stored record holds (a Blob of encodeSnapshot's bytes), or null; `bytes`
 * is the Blob's read if already begun (wake-read.ts). */
async function readSnapshot(data: unknown, bytesRead?: Promise<ArrayBuffer>): Promise<EngineSnapshot | null> {
  if (!(data instanceof Blob)) return null;
  const bytes = await (bytesRead ?? data.arrayBuffer()).catch(() => new ArrayBuffer(0));
  const decoded = decodeSnapshot(bytes);
  return decoded && checkSnapshot(decoded);
}

/** Stores the snapshot (and its first part, for a large bank) and drops every other record
 * (older rules' keys, older formats, the changes it now includes, a first part the bank
 * outgrew): only the newest is ever read, and each is megabytes at 100,000 phrases. */
export function writeSnapshot(db: JukuDatabase, record: SnapshotRecord, firstPart?: SnapshotRecord): Promise<void> {
  const records = firstPart ? [record, firstPart] : [record];
  return db.transaction('rw', db.snapshots, async () => {
    await db.snapshots.where('key').noneOf(records.map((r) => r.key)).delete();
    await db.snapshots.bulkPut(records);
  });
}
