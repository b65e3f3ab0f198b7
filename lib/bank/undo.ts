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

/** Puts back what the last edit changed; returns what that edit was. `expectedAt`, when
 * given, is the edit the asking page showed: if another page has edited since, nothing is
 * undone and the writer is told, so an undo never silently takes back someone else's edit. */
export function undoLast(db: JukuDatabase, expectedAt?: number): Promise<EditAction> {
  return writeBank(db, async () => {
    const value = (await db.settings.get(KEY))?.value as UndoRecord | undefined;
    if (!value) throw new BankInputError({ zh: '没有可以撤销的操作。', en: 'There is nothing to undo.' });
    if (expectedAt !== undefined && value.at !== expectedAt) {
      throw new BankInputError({
        zh: '没有撤销：另一个页面刚刚修改了句库，最近的一步已不是这里显示的那一项。撤销按钮已更新，请确认后再撤销。',
        en: 'Nothing was undone: another page has just changed the bank, so the last edit is no longer the one shown here. The undo button now shows it; check it before undoing.',
      });
    }
    await writePhrases(db, { remove: value.remove, put: value.put });
    await db.settings.delete(KEY);
    return actionOf(value);
  });
}
