// One level of undo for the manager's edits: each write stores its inverse (the rows to put
// back and the ids to remove) in the settings table, inside the write's own transaction, so
// the undo survives the service worker being stopped and is never half-written.
import type { JukuDatabase, StoredPhrase } from '../db';
import { BankInputError } from './limits';
import { writeBank } from './transaction';

const KEY = 'bankUndo';

export type UndoRecord = { label: string; at: number; put: StoredPhrase[]; remove: string[] };

/** Call inside a bank write transaction. */
export async function rememberUndo(db: JukuDatabase, record: UndoRecord): Promise<void> {
  await db.settings.put({ key: KEY, value: record });
}

export async function pendingUndo(db: JukuDatabase): Promise<{ label: string; at: number } | null> {
  const value = (await db.settings.get(KEY))?.value as UndoRecord | undefined;
  return value ? { label: value.label, at: value.at } : null;
}

/** Puts back what the last edit changed; returns its label. */
export function undoLast(db: JukuDatabase): Promise<string> {
  return writeBank(db, async () => {
    const value = (await db.settings.get(KEY))?.value as UndoRecord | undefined;
    if (!value) throw new BankInputError('没有可以撤销的操作。');
    await db.phrases.bulkDelete(value.remove);
    await db.phrases.bulkPut(value.put);
    await db.settings.delete(KEY);
    return value.label;
  });
}
