// The first part of a large bank (#19): which wording it holds, and how the background
// answers from it after a wake, then from the whole bank once that is read.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { JukuDatabase } from '@/lib/db';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { EngineHolder } from '@/lib/background/engine-holder';
import { firstPartKey, snapshotKey } from '@/lib/background/snapshot-keys';
import { bumpBankVersion } from '@/lib/background/bank-version';
import { phraseTables, writePhrases } from '@/lib/bank/phrase-store';
import { firstPartOf } from '@/lib/engine/first-part';
import type { IndexEntry } from '@/lib/engine/types';
import { REVISION, SIZES, bank } from './fixtures/first-part-bank';

const entry = (id: string, docCount: number, favorite = false): IndexEntry => ({ id, kind: 'phrase', text: id, role: 'work', docCount, favorite });

describe('first part of a bank', () => {
  const entries = [entry('a', 1), entry('b', 3), entry('c', 1, true), entry('d', 2), entry('e', 3), entry('f', 1)];

  it('is none for a bank small enough to read whole', () => {
    expect(firstPartOf(entries, new Set(), { from: 7, size: 2 })).toBeNull();
  });

  it('holds favorites and taken wording, then the most shared, in bank order', () => {
    expect(firstPartOf(entries, new Set(), { from: 6, size: 3 })?.map((e) => e.id)).toEqual(['b', 'c', 'e']);
    expect(firstPartOf(entries, new Set(['f']), { from: 6, size: 3 })?.map((e) => e.id)).toEqual(['b', 'c', 'f']);
    // Ties at the cut go to the earlier entries.
    expect(firstPartOf(entries, new Set(), { from: 6, size: 5 })?.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});


let counter = 0;
const dbs: JukuDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
async function bankDb(phrases = bank.phrases): Promise<JukuDatabase> {
  const db = new JukuDatabase(`first-part-${counter++}`);
  dbs.push(db);
  await loadDefaultBankIfNeeded(db, async () => ({ ...bank, phrases }));
  // The first wake builds from the records and stores the snapshot and its first part.
  const holder = new EngineHolder(db, { firstPart: SIZES });
  await holder.get();
  await holder.written();
  return db;
}
const ids = (entries: readonly IndexEntry[]) => entries.map((e) => e.id).sort();

describe('waking with a first part', () => {
  it('stores a first part beside the snapshot of a large bank, and none for a small one', async () => {
    const db = await bankDb();
    const [whole, first] = await Promise.all([db.snapshots.get(snapshotKey(REVISION)), db.snapshots.get(firstPartKey(REVISION))]);
    expect(first?.bankVersion).toBe(whole?.bankVersion);
    expect(first?.data).toBeInstanceOf(Blob);

    const small = await bankDb(bank.phrases.slice(0, 3));
    expect(await small.snapshots.get(snapshotKey(REVISION))).toBeDefined();
    expect(await small.snapshots.get(firstPartKey(REVISION))).toBeUndefined();
  });

  it('answers keystrokes from the first part, then from the whole bank; everything else waits for the whole', async () => {
    const db = await bankDb();
    const holder = new EngineHolder(db, { firstPart: SIZES }); // a wake
    const soonest = await holder.getSoonest();
    expect(ids(soonest.entryList)).toEqual(['p1', 'p2']);
    expect(soonest.suggest({ before: '要压紧压实', now: 0 }).map((s) => s.id)).not.toContain('p4');
    const whole = await holder.get();
    expect(ids(whole.entryList)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(await holder.getSoonest()).toBe(whole);
    expect(whole.suggest({ before: '要压紧压实', now: 0 }).map((s) => s.id)).toContain('p4');
  });

  it('keeps a use taken while the first part answered', async () => {
    const db = await bankDb();
    const holder = new EngineHolder(db, { firstPart: SIZES });
    await holder.getSoonest();
    await holder.recordUse('p1', 1000);
    const whole = await holder.get();
    expect(whole.entryById('p1')?.useCount).toBe(1);
  });

  it('makes a bank change right after a wake to the whole bank, not to the first part', async () => {
    const db = await bankDb();
    // The whole snapshot's read is held back until the change has come.
    const wholeSize = ((await db.snapshots.get(snapshotKey(REVISION)))!.data as Blob).size;
    const read = Blob.prototype.arrayBuffer;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    Blob.prototype.arrayBuffer = async function (this: Blob) {
      if (this.size === wholeSize) await held;
      return read.call(this);
    };
    try {
      const holder = new EngineHolder(db, { firstPart: SIZES });
      expect(ids((await holder.getSoonest()).entryList)).toEqual(['p1', 'p2']);
      await db.transaction('rw', phraseTables(db), async () => {
        await writePhrases(db, { put: [{ id: 'p6', text: '压紧压实意识形态工作责任', role: 'work', tags: [], tokens: [], kind: 'clause', sources: [], docCount: 1, origin: 'user', favorite: false, updatedAt: 1 }] });
        await bumpBankVersion(db);
      });
      holder.phrasesChanged(['p6']);
      release();
      expect(ids((await holder.getSoonest()).entryList)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
      expect(ids((await holder.get()).entryList)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    } finally {
      Blob.prototype.arrayBuffer = read;
    }
  });

  it('reads the whole from the phrase records when its snapshot is damaged, the first part still answering first', async () => {
    const db = await bankDb();
    const stored = await db.snapshots.get(snapshotKey(REVISION));
    await db.snapshots.put({ ...stored!, data: new Blob([new Uint8Array(1000).fill(255)]) });
    const holder = new EngineHolder(db, { firstPart: SIZES });
    expect(ids((await holder.getSoonest()).entryList)).toEqual(['p1', 'p2']);
    expect(ids((await holder.get()).entryList)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });
});
