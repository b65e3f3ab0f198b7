// One level of undo for the manager's edits: each write stores its inverse (the rows to put
// back and the ids to remove) in the settings table, inside the write's own transaction, so
// the undo survives the service worker being stopped and is never half-written.
import type { JukuDatabase, StoredPhrase } from '../db';
import { BankInputError } from './limits';
import { writeBank } from './transaction';
import { writePhrases } from './phrase-store';

const KEY = 'bankUndo';

/** What an edit did, for the interface to name in its own language. */
export type EditAction = { kind: 'add' | 'edit' | 'favorite' | 'unfavorite' | 'delete' | 'retag'; count: number };

export type UndoRecord = { action: EditAction; at: number; put: StoredPhrase[]; remove: string[] };

/** A record stored before actions were typed carries only a Chinese label: an edit. */
const actionOf = (record: UndoRecord): EditAction => record.action ?? { kind: 'edit', count: 1 };

/** Call inside a bank write transaction. */
export async function rememberUndo(db: JukuDatabase, record: UndoRecord): Promise<void> {
  await db.settings.put({ key: KEY, value: record });
}

export async function pendingUndo(db: JukuDatabase): Promise<{ action: EditAction; at: number } | null> {
  const value = (await db.settings.get(KEY))?.value as UndoRecord | undefined;
  return value ? { action: actionOf(value), at: value.at } : null;
}

/** Puts back what the last edit changed; returns what that edit was. */
export function undoLast(db: JukuDatabase): Promise<EditAction> {
  return writeBank(db, async () => {
    const value = (await db.settings.get(KEY))?.value as UndoRecord | undefined;
    if (!value) throw new BankInputError({ zh: '没有可以撤销的操作。', en: 'There is nothing to undo.' });
    await writePhrases(db, { remove: value.remove, put: value.put });
    await db.settings.delete(KEY);
    return actionOf(value);
  });
}
