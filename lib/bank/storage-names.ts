// Names in the bank's database that more than one module uses, with no imports: the read at
// a wake (background/wake-read.ts) names them without importing Dexie or the modules that
// write them (and their schemas), as it runs before those are evaluated (#19).

/** The extension's IndexedDB database (lib/db.ts). */
export const DB_NAME = 'juku';
/** `settings` key: the counter every write to the phrase table raises (bank-version.ts). */
export const BANK_VERSION_KEY = 'bankVersion';
/** `settings` key: set once the shipped bank has been loaded into the database (default-bank.ts). */
export const DEFAULT_BANK_LOADED_KEY = 'defaultBankLoaded';
