// Begins the read at a wake (wake-read.ts) the moment the background's script starts:
// background.ts imports this module before any other, so the bundler places its body ahead
// of dexie's, zod's and the engine's, whose evaluation the read then overlaps (#19).
import { browser } from 'wxt/browser';
import { DB_NAME } from '../bank/storage-names';
import { WRITER_RULES_STORAGE_KEY } from '../check/writer-rules-item';
import { readAtWake, type WakeRead } from './wake-read';

export const wakeRead: Promise<WakeRead | null> =
  typeof indexedDB === 'undefined'
    ? Promise.resolve(null)
    : readAtWake(indexedDB, DB_NAME, () => browser.storage.local.get(WRITER_RULES_STORAGE_KEY).then((items) => items[WRITER_RULES_STORAGE_KEY]));
