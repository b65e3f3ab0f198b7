// The default bank ships inside the extension (built from seeds/ by the CLI) and is loaded
// into IndexedDB once, on first install or on the first wake that finds it missing.
import { BankFileSchema, type BankFile } from '../schema';
import type { JukuDatabase } from '../db';
import { bumpBankVersion } from './bank-version';
import { phraseTables, writePhrases } from '../bank/phrase-store';
import { DEFAULT_BANK_LOADED_KEY as LOADED_FLAG } from '../bank/storage-names';

/** Loads the default bank unless it was loaded before; returns whether it loaded now. */
export async function loadDefaultBankIfNeeded(
  db: JukuDatabase,
  readBankFile: () => Promise<unknown>,
): Promise<boolean> {
  if (await db.settings.get(LOADED_FLAG)) return false;
  const bank: BankFile = BankFileSchema.parse(await readBankFile());
  return db.transaction('rw', [...phraseTables(db), db.skeletons], async () => {
    // Checked again inside the transaction: two wakes racing must not load it twice.
    if (await db.settings.get(LOADED_FLAG)) return false;
    await writePhrases(db, { put: bank.phrases.map((phrase) => ({ ...phrase, origin: 'default' as const, favorite: false, updatedAt: 0 })) });
    await db.skeletons.bulkPut(bank.skeletons);
    await db.settings.put({ key: LOADED_FLAG, value: true });
    await bumpBankVersion(db);
    return true;
  });
}

/**
 * A once-per-wake gate in front of every request: the first call checks (and loads) the
 * default bank, later calls cost nothing. A failure is not remembered, so it is retried.
 */
export function defaultBankGate(
  db: JukuDatabase,
  readBankFile: () => Promise<unknown>,
  /** Whether the read made as the worker started (wake-read.ts) found it loaded: then the
   * first request need not wait for the database to open. The flag is never unset. */
  loadedAtWake: () => Promise<boolean> = async () => false,
): () => Promise<boolean> {
  let done: Promise<boolean> | null = null;
  return () =>
    (done ??= loadedAtWake()
      .catch(() => false)
      .then((loaded) => (loaded ? false : loadDefaultBankIfNeeded(db, readBankFile)))
      .catch((error: unknown) => {
        done = null;
        throw error;
      }));
}
