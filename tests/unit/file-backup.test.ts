// Backups to a file (#15): when one is due, when the popup reminds, what the writer leaves in
// the folder, and that a backup file restores phrases, skeletons, favourites and usage.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FILE_BACKUPS_KEPT,
  backupFileName,
  fileBackupDue,
  fileBackupReminder,
  writeBackupFile,
  type BackupFolder,
} from '@/lib/bank/file-backup';
import { JukuDatabase } from '@/lib/db';
import { addPhrase, updatePhrase } from '@/lib/bank/phrases';
import { applyImport, exportBank, parseBankText } from '@/lib/bank/bank-file';
import { saveSkeleton } from '@/lib/bank/skeletons';
import { allPhrases } from '@/lib/bank/phrase-store';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 29, 9, 30).getTime();

/** A folder in memory, as a FileSystemDirectoryHandle would hold files. */
function memoryFolder(initial: Record<string, string> = {}) {
  const files = new Map(Object.entries(initial));
  const folder: BackupFolder = {
    async getFileHandle(name) {
      return {
        async createWritable() {
          let data = '';
          return {
            async write(text: string) {
              data += text;
            },
            async close() {
              files.set(name, data);
            },
          };
        },
      };
    },
    async removeEntry(name) {
      files.delete(name);
    },
    async *keys() {
      yield* [...files.keys()];
    },
  };
  return { folder, files };
}

describe('the schedule', () => {
  it('names one file a day, by local date', () => {
    expect(backupFileName(NOW)).toBe('juku-backup-2026-11-29.json');
  });

  it('is due weekly once on, never when off', () => {
    expect(fileBackupDue({ enabled: false }, NOW)).toBe(false);
    expect(fileBackupDue({ enabled: true }, NOW)).toBe(true);
    expect(fileBackupDue({ enabled: true, lastAt: NOW - 6 * DAY }, NOW)).toBe(false);
    expect(fileBackupDue({ enabled: true, lastAt: NOW - 7 * DAY }, NOW)).toBe(true);
  });

  it('reminds after 30 days without a backup file, and when the folder needs a click', () => {
    expect(fileBackupReminder({ enabled: false }, NOW)).toBe('none');
    expect(fileBackupReminder({ enabled: false, since: NOW - 29 * DAY }, NOW)).toBe('none');
    expect(fileBackupReminder({ enabled: false, since: NOW - 31 * DAY }, NOW)).toBe('stale');
    expect(fileBackupReminder({ enabled: true, since: NOW - 90 * DAY, lastAt: NOW - 2 * DAY }, NOW)).toBe('none');
    expect(fileBackupReminder({ enabled: true, lastAt: NOW - 31 * DAY }, NOW)).toBe('stale');
    expect(fileBackupReminder({ enabled: true, lastAt: NOW - DAY, problem: 'permission' }, NOW)).toBe('permission');
  });
});

describe('the folder', () => {
  it('gets the new file and keeps the newest eight dated backups, leaving other files alone', async () => {
    const old = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`juku-backup-2026-0${Math.floor(i / 5) + 1}-1${i % 5}.json`, 'old']));
    const { folder, files } = memoryFolder({ ...old, '工作总结.docx': 'mine' });
    expect(await writeBackupFile(folder, NOW, '{"formatVersion":1}')).toBe('juku-backup-2026-11-29.json');
    expect(files.get('juku-backup-2026-11-29.json')).toBe('{"formatVersion":1}');
    expect([...files.keys()].filter((f) => f.startsWith('juku-backup-'))).toHaveLength(FILE_BACKUPS_KEPT);
    expect(files.has('juku-backup-2026-01-10.json')).toBe(false);
    expect(files.get('工作总结.docx')).toBe('mine');
  });
});

describe('a backup file restored on a fresh profile', () => {
  const dbs: JukuDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  const freshDb = () => {
    const db = new JukuDatabase(`file-backup-${dbs.length}-${Math.random()}`);
    dbs.push(db);
    return db;
  };

  it('brings back phrases, skeletons, favourites and usage', async () => {
    const home = freshDb();
    const mine = await addPhrase(home, { text: '持续深化党建引领基层治理', role: 'plan', tags: ['自己'], tokens: [] });
    await updatePhrase(home, mine.id, { favorite: true });
    await addPhrase(home, { text: '扎实推进全面从严治党', role: 'work', tags: [], tokens: [] });
    await saveSkeleton(home, { id: 'mine', title: '{{年度}}工作总结', docType: '工作总结', opening: [], outline: [{ title: '主要工作', role: 'work', children: [] }], sources: [] });
    await home.usage.put({ phraseId: mine.id, count: 12, lastUsed: NOW - DAY, charsSaved: 96 });
    const text = JSON.stringify(await exportBank(home, '句库备份', true));

    const fresh = freshDb();
    await applyImport(fresh, parseBankText(text), 'replace');
    const phrases = await allPhrases(fresh);
    expect(phrases.map((p) => p.text).sort()).toEqual(['扎实推进全面从严治党', '持续深化党建引领基层治理'].sort());
    expect(phrases.find((p) => p.id === mine.id)?.favorite).toBe(true);
    expect((await fresh.skeletons.get('mine'))?.title).toBe('{{年度}}工作总结');
    expect(await fresh.usage.get(mine.id)).toEqual({ phraseId: mine.id, count: 12, lastUsed: NOW - DAY, charsSaved: 96 });
  });

  it('a merge keeps the larger count; a shared bank file (no usage) leaves the writer\'s counts alone', async () => {
    const db = freshDb();
    const mine = await addPhrase(db, { text: '持续深化党建引领基层治理', role: 'plan', tags: [], tokens: [] });
    await db.usage.put({ phraseId: mine.id, count: 20, lastUsed: NOW, charsSaved: 100 });
    const withUsage = JSON.stringify({ ...(await exportBank(db, 'x', true)), usage: [{ phraseId: mine.id, count: 5, lastUsed: NOW + DAY, charsSaved: 300 }] });
    await applyImport(db, parseBankText(withUsage), 'merge');
    expect(await db.usage.get(mine.id)).toEqual({ phraseId: mine.id, count: 20, lastUsed: NOW + DAY, charsSaved: 300 });
    await applyImport(db, parseBankText(JSON.stringify(await exportBank(db))), 'replace');
    expect((await db.usage.get(mine.id))?.count).toBe(20);
  });
});
