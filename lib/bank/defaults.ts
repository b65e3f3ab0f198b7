// 「恢复默认句库」: puts the shipped phrases and skeletons back — the deleted ones return, the
// untouched default ones are reset — and never touches the user's own phrases (added,
// imported, or default ones the user reworded, which became the user's own).
import { BankFileSchema } from '../schema';
import type { JukuDatabase, StoredPhrase } from '../db';
import { backupInside } from './backups';
import { writeBank } from './transaction';
import { allPhrases, getPhrases, writePhrases } from './phrase-store';

export type RestoreDefaultsResult = { restored: number; keptUserPhrases: number };

export async function restoreDefaults(db: JukuDatabase, readDefaultBank: () => Promise<unknown>, now = Date.now()): Promise<RestoreDefaultsResult> {
  const shipped = BankFileSchema.parse(await readDefaultBank());
  return writeBank(db, async () => {
    await backupInside(db, '恢复默认句库前', now);
    const current = await getPhrases(db, shipped.phrases.map((p) => p.id));
    const restored: StoredPhrase[] = [];
    shipped.phrases.forEach((phrase, i) => {
      const existing = current[i];
      // The writer's own and a subscribed bank's rows stay as they are.
      if (existing && existing.origin !== 'default') return;
      restored.push({ ...phrase, origin: 'default', favorite: existing?.favorite ?? false, updatedAt: 0 });
    });
    await writePhrases(db, { put: restored });
    const knownSkeletons = new Set(await db.skeletons.toCollection().primaryKeys());
    await db.skeletons.bulkPut(shipped.skeletons.filter((s) => !knownSkeletons.has(s.id)));
    const keptUserPhrases = (await allPhrases(db)).filter((p) => p.origin === 'user').length;
    return { restored: restored.length, keptUserPhrases };
  });
}
