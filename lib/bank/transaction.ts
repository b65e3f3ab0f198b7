// Every write to the bank goes through here: one read-write transaction over the bank's
// tables that raises the bank version inside it (a waking worker then knows its engine
// snapshot is stale). The caller invalidates the in-memory engine after it resolves.
import type { JukuDatabase } from '../db';
import { bumpBankVersion } from '../background/bank-version';

export function bankTables(db: JukuDatabase) {
  return [db.phraseBuckets, db.skeletons, db.settings, db.backups, db.backupData] as const;
}

export function writeBank<T>(db: JukuDatabase, body: () => Promise<T>): Promise<T> {
  return db.transaction('rw', bankTables(db), async () => {
    const result = await body();
    await bumpBankVersion(db);
    return result;
  });
}
