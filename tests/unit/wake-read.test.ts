// The read made as the service worker starts (#19): what it returns, that it never creates
// the database, and that the engine holder and the default-bank gate answer from it, except
// where a change since has made it stale.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { JukuDatabase } from '@/lib/db';
import { defaultBankGate, loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { EngineHolder } from '@/lib/background/engine-holder';
import { firstPartKey, snapshotKey } from '@/lib/background/snapshot-keys';
import { bumpBankVersion } from '@/lib/background/bank-version';
import { phraseTables, writePhrases } from '@/lib/bank/phrase-store';
import { readAtWake, type WakeRead } from '@/lib/background/wake-read';
import { REVISION, SIZES, bank } from './fixtures/first-part-bank';


let counter = 0;
const dbs: JukuDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const noRules = async () => undefined;

/** A bank whose snapshot (and first part) a first wake has stored. */
async function bankDb(): Promise<JukuDatabase> {
  const db = new JukuDatabase(`wake-read-${counter++}`);
  dbs.push(db);
  await loadDefaultBankIfNeeded(db, async () => bank);
  const holder = new EngineHolder(db, { firstPart: SIZES });
  await holder.get();
  await holder.written();
  return db;
}
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id).sort();

/** A wake read of the database, its holder's own Dexie reads counted. */
function countDexieReads(db: JukuDatabase): { count: () => number } {
  let reads = 0;
  const original = db.transaction.bind(db) as (...args: unknown[]) => unknown;
  (db as unknown as { transaction: (...args: unknown[]) => unknown }).transaction = (...args: unknown[]) => {
    reads++;
    return original(...args);
  };
  const get = db.settings.get.bind(db.settings);
  db.settings.get = ((key: string) => {
    reads++;
    return get(key);
  }) as typeof db.settings.get;
  return { count: () => reads };
}

describe('the read at a wake', () => {
  it('gives the bank version, the default-bank flag, the snapshot records and the usage, with the first part’s bytes begun', async () => {
    const db = await bankDb();
    await db.usage.put({ phraseId: 'p3', count: 2, lastUsed: 5, charsSaved: 10 });
    const stored = (await db.settings.get('bankVersion'))?.value;
    const read = (await readAtWake(indexedDB, db.name, async () => [{ name: 'x' }]))!;
    expect(read.bankVersion).toBe(stored);
    expect(read.defaultBankLoaded).toBe(true);
    expect([...read.snapshots.keys()].sort()).toEqual([snapshotKey(REVISION), firstPartKey(REVISION)].sort());
    expect(read.usage.map((u) => u.phraseId)).toEqual(['p3']);
    expect(read.storedRules).toEqual([{ name: 'x' }]);
    // The first part's bytes are being read; the whole snapshot's are not (read after the answer).
    const firstBlob = read.snapshots.get(firstPartKey(REVISION))!.data as Blob;
    expect((await read.bytesOf(firstPartKey(REVISION)))!.byteLength).toBe(firstBlob.size);
    expect(read.bytesOf(snapshotKey(REVISION))).toBeUndefined();
  });

  it('begins the whole snapshot’s bytes where a small bank has no first part', async () => {
    const db = await bankDb();
    await db.snapshots.delete(firstPartKey(REVISION));
    const read = (await readAtWake(indexedDB, db.name, noRules))!;
    expect(read.bytesOf(snapshotKey(REVISION))).toBeDefined();
  });

  it('gives nothing, and creates nothing, where the database does not exist yet', async () => {
    const name = `wake-read-none-${counter++}`;
    expect(await readAtWake(indexedDB, name, noRules)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    // Dexie then creates it at its own schema, as on a first install.
    const db = new JukuDatabase(name);
    dbs.push(db);
    expect(await loadDefaultBankIfNeeded(db, async () => bank)).toBe(true);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('does not hold up Dexie opening the database at a newer schema', async () => {
    const db = await bankDb();
    const read = readAtWake(indexedDB, db.name, noRules);
    const newer = new JukuDatabase(db.name);
    newer.version(7).stores({ extra: 'id' });
    await newer.open();
    expect(newer.verno).toBe(7);
    newer.close();
    await read; // settled, not left waiting on a closed connection
  });
});

describe('answering from the read at a wake', () => {
  it('builds the first engine from it, without reading the database', async () => {
    const db = await bankDb();
    const atWake = readAtWake(indexedDB, db.name, noRules);
    await atWake;
    const reads = countDexieReads(db);
    const holder = new EngineHolder(db, { firstPart: SIZES, atWake });
    expect(ids((await holder.getSoonest()).entryList)).toEqual(['p1', 'p2']);
    expect(reads.count()).toBe(0);
    expect(ids((await holder.get()).entryList)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('is not used once a change has come: the change shows', async () => {
    const db = await bankDb();
    const atWake = readAtWake(indexedDB, db.name, noRules);
    await atWake;
    await db.transaction('rw', phraseTables(db), async () => {
      await writePhrases(db, { put: [{ id: 'p6', text: '压紧压实意识形态工作责任', role: 'work', tags: [], tokens: [], kind: 'clause', sources: [], docCount: 1, origin: 'user', favorite: false, updatedAt: 1 }] });
      await bumpBankVersion(db);
    });
    const holder = new EngineHolder(db, { firstPart: SIZES, atWake });
    holder.phrasesChanged(['p6']);
    expect(ids((await holder.getSoonest()).entryList)).toContain('p6');

    const invalidated = new EngineHolder(db, { firstPart: SIZES, atWake: readAtWake(indexedDB, db.name, noRules) });
    invalidated.invalidate();
    expect(ids((await invalidated.get()).entryList)).toContain('p6');
  });

  it('is not used when a change comes while it is awaited', async () => {
    const db = await bankDb();
    const read = await readAtWake(indexedDB, db.name, noRules);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holder = new EngineHolder(db, { firstPart: SIZES, atWake: held.then(() => read) });
    const asked = holder.getSoonest();
    await db.transaction('rw', phraseTables(db), async () => {
      await writePhrases(db, { put: [{ id: 'p6', text: '压紧压实意识形态工作责任', role: 'work', tags: [], tokens: [], kind: 'clause', sources: [], docCount: 1, origin: 'user', favorite: false, updatedAt: 1 }] });
      await bumpBankVersion(db);
    });
    holder.invalidate();
    release();
    expect(ids((await asked).entryList)).toContain('p6');
  });

  it('is not used when it found the default bank not yet loaded', async () => {
    const db = await bankDb();
    const read = (await readAtWake(indexedDB, db.name, noRules))!;
    const stale: WakeRead = { ...read, defaultBankLoaded: false, snapshots: new Map() };
    const holder = new EngineHolder(db, { firstPart: SIZES, atWake: Promise.resolve(stale) });
    // Had the empty read been taken, the engine would come from the records whole at once.
    expect(ids((await holder.getSoonest()).entryList)).toEqual(['p1', 'p2']);
  });

  it('lets the default-bank gate pass without the database when the bank was loaded, and loads it when it was not', async () => {
    const db = new JukuDatabase(`wake-read-gate-${counter++}`);
    dbs.push(db);
    let fileReads = 0;
    const readFile = async () => (fileReads++, bank);
    expect(await defaultBankGate(db, readFile, async () => true)()).toBe(false);
    expect(fileReads).toBe(0);
    expect(await defaultBankGate(db, readFile, async () => false)()).toBe(true);
    expect(fileReads).toBe(1);
    expect(await db.settings.get('defaultBankLoaded')).toBeDefined();
  });
});
