// Storage pressure on every write path (#15): a QuotaExceededError struck anywhere in a
// write leaves the bank exactly as it was (phrases, skeletons, backups, undo, version) and
// reaches the writer as a message that says so and what to do.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JukuDatabase } from '@/lib/db';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { readBankVersion } from '@/lib/background/bank-version';
import { BankInputError, QUOTA_MESSAGE, QUOTA_WRITE_MESSAGE } from '@/lib/bank/limits';
import { addPhrase, deletePhrases, retagPhrases, updatePhrase } from '@/lib/bank/phrases';
import { undoLast } from '@/lib/bank/undo';
import { applyImport, parseBankText } from '@/lib/bank/bank-file';
import { backupNow, listBackups, restoreBackup } from '@/lib/bank/backups';
import { restoreDefaults } from '@/lib/bank/defaults';
import { deleteSkeleton, saveSkeleton } from '@/lib/bank/skeletons';
import { allPhrases } from '@/lib/bank/phrase-store';
import type { BankFileInput } from '@/lib/schema';
import { SMALL_DEFAULT_PHRASES } from './fixtures/small-bank';

const defaults: BankFileInput = {
  formatVersion: 1,
  phrases: SMALL_DEFAULT_PHRASES,
  skeletons: [{ id: 's1', title: '述职报告', docType: '述职报告', outline: [{ title: '主要工作', role: 'work' }] }],
};

let counter = 0;
const dbs: JukuDatabase[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

/** A bank with one backup and one pending undo, so every kind of write has something to change. */
async function bankDb(): Promise<JukuDatabase> {
  const db = new JukuDatabase(`quota-${counter++}`);
  dbs.push(db);
  await loadDefaultBankIfNeeded(db, async () => defaults);
  await backupNow(db);
  await addPhrase(db, { text: '持续深化党建引领基层治理', role: 'plan', tags: [], tokens: [] });
  return db;
}

const everything = async (db: JukuDatabase) => ({
  phrases: await allPhrases(db),
  skeletons: await db.skeletons.orderBy('id').toArray(),
  settings: await db.settings.orderBy('key').toArray(),
  backups: await listBackups(db),
  backupData: await db.backupData.toArray(),
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const WRITE_METHODS = ['put', 'add', 'bulkPut', 'bulkAdd', 'delete', 'bulkDelete', 'clear'] as const;
type WritableTable = Record<(typeof WRITE_METHODS)[number], (...args: unknown[]) => unknown>;
/** The bank's tables, seen only as their write methods. */
const bankTablesOf = (db: JukuDatabase) =>
  ['phraseBuckets', 'skeletons', 'settings', 'backups', 'backupData'].map((name) => (db as unknown as Record<string, WritableTable>)[name]!);

/** Every table's writes fail from the `after`-th on, as a disk that fills half way would. */
function fillDiskAfter(db: JukuDatabase, after: number): void {
  let writes = 0;
  for (const table of bankTablesOf(db)) {
    for (const method of WRITE_METHODS) {
      const real = table[method].bind(table);
      vi.spyOn(table, method).mockImplementation((...args: unknown[]) => {
        if (++writes > after) throw quota();
        return real(...args);
      });
    }
  }
}

const file = (text: string) => parseBankText(JSON.stringify({ formatVersion: 1, phrases: [{ id: 'z', text, role: 'work', tags: [] }], skeletons: [] }));

const WRITES: Record<string, (db: JukuDatabase) => Promise<unknown>> = {
  'add a phrase': (db) => addPhrase(db, { text: '牢固树立正确政绩观', role: 'work', tags: [], tokens: [] }),
  'edit a phrase': (db) => updatePhrase(db, 'd2', { text: '压紧压实管党治党政治责任' }),
  'favorite a phrase': (db) => updatePhrase(db, 'd1', { favorite: true }),
  'delete phrases': (db) => deletePhrases(db, ['d1', 'd2']),
  'retag phrases': (db) => retagPhrases(db, ['d1', 'd3'], { add: ['党建'] }),
  undo: (db) => undoLast(db),
  'merge import': (db) => applyImport(db, file('新的表述不会留下'), 'merge'),
  'replace import': (db) => applyImport(db, file('新的表述不会留下'), 'replace'),
  'back up now': (db) => backupNow(db),
  'restore a backup': async (db) => restoreBackup(db, (await listBackups(db))[0]!.id!),
  'restore the default bank': (db) => restoreDefaults(db, async () => defaults),
  'save an outline': (db) => saveSkeleton(db, { id: 's2', title: '工作总结', docType: '工作总结', opening: [], outline: [{ title: '主要工作', role: 'work' }], sources: [] }),
  'delete an outline': (db) => deleteSkeleton(db, 's1'),
};

describe('a full disk on every write path', () => {
  for (const [name, write] of Object.entries(WRITES)) {
    it(`${name}: refused with a message, the bank exactly as it was, at every point the disk fills`, async () => {
      // Find how many writes the operation makes, then let the disk fill before each one.
      const probe = await bankDb();
      let made = 0;
      fillDiskAfter(probe, Number.POSITIVE_INFINITY);
      await write(probe);
      for (const table of bankTablesOf(probe)) for (const method of WRITE_METHODS) made += vi.mocked(table[method]).mock.calls.length;
      vi.restoreAllMocks();
      expect(made).toBeGreaterThan(0);

      for (let after = 0; after < made; after++) {
        const db = await bankDb();
        const before = await everything(db);
        const version = await readBankVersion(db);
        fillDiskAfter(db, after);
        const error = await write(db).then(
          () => null,
          (e: unknown) => e,
        );
        vi.restoreAllMocks();
        expect(error, `disk full after ${after} of ${made} writes`).toBeInstanceOf(BankInputError);
        const expected = name.endsWith('import') ? QUOTA_MESSAGE : QUOTA_WRITE_MESSAGE;
        expect((error as BankInputError).message).toBe(expected.zh);
        expect((error as BankInputError).en).toBe(expected.en);
        expect(await everything(db)).toEqual(before);
        expect(await readBankVersion(db)).toBe(version);
      }
    });
  }
});
