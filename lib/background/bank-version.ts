// A counter that every write to the phrase table raises, inside the same transaction. It
// tells a waking service worker whether its stored engine snapshot is still current.
import type { JukuDatabase } from '../db';
import { BANK_VERSION_KEY as KEY } from '../bank/storage-names';

export async function readBankVersion(db: JukuDatabase): Promise<number> {
  const record = await db.settings.get(KEY);
  return typeof record?.value === 'number' ? record.value : 0;
}

/** Call inside a 'rw' transaction that includes db.settings. */
export async function bumpBankVersion(db: JukuDatabase): Promise<number> {
  const next = (await readBankVersion(db)) + 1;
  await db.settings.put({ key: KEY, value: next });
  return next;
}
