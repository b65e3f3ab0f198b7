// Automatic local backups: before every replace, restore or bulk delete the whole bank is
// copied into IndexedDB; the five newest are kept. Metadata and data live in two tables so
// listing backups reads no phrases.
import type { BackupRecord, JukuDatabase, StoredPhrase } from '../db';
import { BankInputError } from './limits';
import { writeBank } from './transaction';
import { allPhrases, replaceAllPhrases } from './phrase-store';

export const BACKUPS_KEPT = 5;

/** Call inside a bank write transaction (it includes the backup tables). */
export async function backupInside(
  db: JukuDatabase,
  reason: string,
  now = Date.now(),
  /** The phrase table, when the caller has just read it inside the same transaction. */
  current?: StoredPhrase[],
): Promise<BackupRecord> {
  const [phrases, skeletons] = await Promise.all([current ?? allPhrases(db), db.skeletons.toArray()]);
  const meta: BackupRecord = { createdAt: now, reason, phraseCount: phrases.length, skeletonCount: skeletons.length };
  const id = await db.backups.add(meta);
  await db.backupData.put({ id, phrases, skeletons });
  const stale = (await db.backups.orderBy('createdAt').reverse().offset(BACKUPS_KEPT).primaryKeys()).filter(
    (key): key is number => key !== undefined,
  );
  await db.backups.bulkDelete(stale);
  await db.backupData.bulkDelete(stale);
  return { ...meta, id };
}

export function listBackups(db: JukuDatabase): Promise<BackupRecord[]> {
  return db.backups.orderBy('createdAt').reverse().toArray();
}

export function backupNow(db: JukuDatabase, reason = '手动备份'): Promise<BackupRecord> {
  return writeBank(db, () => backupInside(db, reason));
}

/** Replaces the bank with a backup, after backing up what is there now. */
export function restoreBackup(db: JukuDatabase, id: number): Promise<BackupRecord> {
  return writeBank(db, async () => {
    const [meta, data] = await Promise.all([db.backups.get(id), db.backupData.get(id)]);
    if (!meta || !data) {
      throw new BankInputError({ zh: '找不到这份备份，可能已被更新的备份替换。', en: 'This backup cannot be found; a newer backup may have replaced it.' });
    }
    await backupInside(db, '恢复备份前');
    await replaceAllPhrases(db, data.phrases);
    await db.skeletons.clear();
    await db.skeletons.bulkPut(data.skeletons);
    return meta;
  });
}
