// What a waking service worker's first answer needs from storage, asked for before the rest
// of the background's script is evaluated (#19). At 100,000 phrases the script (dexie, zod,
// the engine) takes 20–40 ms to evaluate, and only then did the database open (Dexie, 9–15
// ms), the settings, rules and snapshot records come (5–10 ms) and the first part's bytes
// (a Blob read). Asked for here with the raw APIs, the browser does that work while the
// script is evaluated, and the engine holder takes the answers from this read.
//
// No imports but type-only ones and key names: bundled first, this module's body runs before
// dexie's and zod's (wake-read-start.ts).
import type { SettingRecord, SnapshotRecord, UsageRecord } from '../db';
import { BANK_VERSION_KEY, DEFAULT_BANK_LOADED_KEY } from '../bank/storage-names';
import { firstReadOf, isWholeSnapshotKey } from './snapshot-key-names';

/** The bank's state at the wake, read in one transaction (so the parts agree). */
export type WakeRead = {
  defaultBankLoaded: boolean;
  bankVersion: number;
  /** Every engine snapshot record by key, each holding its Blob (a handle, not its bytes). */
  snapshots: ReadonlyMap<string, SnapshotRecord>;
  usage: readonly UsageRecord[];
  /** The writer's rule files as stored in storage.local, not validated. */
  storedRules: unknown;
  /** The bytes of a record's Blob, from the read begun at the wake for the record each
   * snapshot is decoded from first; undefined for any other record. */
  bytesOf(key: string): Promise<ArrayBuffer> | undefined;
};

/** The stores read; a database of an older schema without them gives no read. */
const STORES = ['settings', 'snapshots', 'usage'] as const;

/**
 * Reads the bank's state for a wake, or null when there is no database of this schema yet
 * (first install, before the upgrade) or it cannot be read: the caller then reads as
 * before. Never creates the database, never rejects.
 */
export function readAtWake(indexedDB: IDBFactory, name: string, readStoredRules: () => Promise<unknown>): Promise<WakeRead | null> {
  const storedRules = readStoredRules().catch(() => undefined);
  const stored = new Promise<Omit<WakeRead, 'storedRules'> | null>((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      // No version: the database as it is. Opening one that does not exist would create it
      // empty, at version 1, under Dexie's feet; the upgrade that would do so is aborted.
      open = indexedDB.open(name);
    } catch {
      return resolve(null);
    }
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    open.onblocked = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      // Dexie opening at a newer schema (after an update) must not wait for this connection.
      db.onversionchange = () => db.close();
      try {
        if (!STORES.every((store) => db.objectStoreNames.contains(store))) throw new Error('older schema');
        resolve(readStores(db));
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
  return Promise.all([stored, storedRules]).then(([read, rules]) => (read ? { ...read, storedRules: rules } : null));
}

/** One read-only transaction over the three stores; the connection is closed after it. */
function readStores(db: IDBDatabase): Promise<Omit<WakeRead, 'storedRules'> | null> {
  return new Promise((resolve) => {
    const transaction = db.transaction([...STORES], 'readonly');
    const settings = transaction.objectStore('settings');
    const loaded = settings.get(DEFAULT_BANK_LOADED_KEY);
    const version = settings.get(BANK_VERSION_KEY);
    const usage = transaction.objectStore('usage').getAll();
    const snapshots = transaction.objectStore('snapshots').getAll();
    const bytes = new Map<string, Promise<ArrayBuffer>>();
    // The bytes each snapshot is decoded from first are asked for as soon as its record is
    // here, not when the transaction ends.
    // Requests are answered in the order made: the last one's answer means all are here,
    // a few milliseconds before the transaction's end is reported (the connection closes then).
    snapshots.onsuccess = () => {
      const records = snapshots.result as SnapshotRecord[];
      const keys = new Set(records.map((record) => record.key));
      for (const key of keys) {
        if (!isWholeSnapshotKey(key)) continue;
        const first = firstReadOf(key, keys);
        const data = records.find((record) => record.key === first)?.data;
        if (data instanceof Blob) {
          const read = data.arrayBuffer();
          read.catch(() => {});
          bytes.set(first, read);
        }
      }
      const versionValue = (version.result as SettingRecord | undefined)?.value;
      resolve({
        defaultBankLoaded: Boolean(loaded.result),
        bankVersion: typeof versionValue === 'number' ? versionValue : 0,
        snapshots: new Map(records.map((record) => [record.key, record])),
        usage: usage.result as UsageRecord[],
        bytesOf: (key) => bytes.get(key),
      });
    };
    transaction.oncomplete = () => db.close();
    const failed = () => {
      db.close();
      resolve(null);
    };
    transaction.onerror = (event) => {
      event.preventDefault();
      failed();
    };
    transaction.onabort = failed;
  });
}
