// Every write to the bank goes through here: one read-write transaction over the bank's
// tables that raises the bank version inside it (a waking worker then knows its engine
// snapshot is stale). The caller invalidates the in-memory engine after it resolves.
import type { JukuDatabase } from '../db';
import { bumpBankVersion } from '../background/bank-version';
import { BankInputError, isQuotaError, QUOTA_WRITE_MESSAGE, type Bilingual } from './limits';

export function bankTables(db: JukuDatabase) {
  return [db.phraseBuckets, db.skeletons, db.settings, db.backups, db.backupData, db.usage, db.rowTimes] as const;
}

/**
 * A full disk (QuotaExceededError, wherever in the transaction it struck) rolls the whole
 * write back and reaches the writer as a message saying so and what to do; a write that
 * names its own quota message (an import) keeps it.
 */
export async function writeBank<T>(db: JukuDatabase, body: () => Promise<T>, quotaMessage: Bilingual = QUOTA_WRITE_MESSAGE): Promise<T> {
  try {
    return await db.transaction('rw', bankTables(db), async () => {
      const result = await body();
      await bumpBankVersion(db);
      return result;
    });
  } catch (error) {
    if (isQuotaError(error)) throw new BankInputError(quotaMessage);
    throw error;
  }
}
