// A copy outside the browser (#15): the writer turns on backups to a folder in the options
// page, the scheduled run writes the bank there, and on a fresh profile (a new machine, a
// reset browser) importing that file with 「替换」 brings back phrases, skeletons, favourites
// and usage. The folder is the extension's origin-private folder standing in for the one the
// writer would pick (a headless browser shows no folder picker); everything after the picker
// is the product's own path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForBank } from '../e2e/harness';
import { answer, extensionPage, watchExtensionRequests } from './extension';
import { record, survive } from './record';

const dir = mkdtempSync(join(tmpdir(), 'juku-file-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

/** The writer's own things, read straight from the extension's database. */
async function ownThings(page: Page, text: string) {
  return page.evaluate(async (text) => {
    const open = indexedDB.open('juku');
    const db: IDBDatabase = await new Promise((done) => (open.onsuccess = () => done(open.result)));
    const all = (store: string): Promise<any[]> =>
      new Promise((done) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result);
      });
    const phrase = (await all('phraseBuckets')).flatMap((b) => b.phrases).find((p: any) => p.text === text);
    const usage = phrase ? (await all('usage')).find((u: any) => u.phraseId === phrase.id) : undefined;
    const skeleton = (await all('skeletons')).find((s: any) => s.id === 'faults-own-outline');
    db.close();
    return { found: Boolean(phrase), favorite: phrase?.favorite === true, uses: usage?.count ?? 0, skeleton: skeleton?.title ?? null };
  }, text);
}

describe('backups to a folder', () => {
  it('a scheduled backup file restores everything on a fresh profile', async () => {
    const MINE = '持续深化党建引领基层治理，推动基层党组织全面进步全面过硬';
    let file = '';
    await survive('fault', 'restore on a fresh profile from the scheduled backup file', async () => {
      // The first machine: the writer's phrase (a favourite, used three times) and outline.
      const home = await launchWithExtension();
      const requests = watchExtensionRequests(home.context, home.extensionId);
      const page = await extensionPage(home.context, home.extensionId);
      await waitForBank(page, home.extensionId);
      const { phrase } = await answer(page, { type: 'bankAddPhrase', text: MINE, role: 'plan', tags: ['自己'], tokens: [] });
      await answer(page, { type: 'bankUpdatePhrase', id: phrase.id, patch: { favorite: true } });
      for (let i = 0; i < 3; i++) await answer(page, { type: 'recordUse', id: phrase.id, charsSaved: 10 });
      await answer(page, {
        type: 'bankSaveSkeleton',
        skeleton: { id: 'faults-own-outline', title: '{{年度}}本单位工作总结', docType: '工作总结', opening: [], outline: [{ title: '一、主要工作', role: 'work', children: [] }] },
      });

      // Turned on in the options page; the folder picker hands over the stand-in folder.
      const options = await extensionPage(home.context, home.extensionId, 'options.html#import');
      await options.evaluate(() => {
        (window as any).showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('我的备份', { create: true });
      });
      await options.getByRole('button', { name: '选择文件夹并开启' }).click();
      await eventually(async () => (await options.getByTestId('file-backup-state').textContent()) ?? '').toMatch(/已开启：每周备份到「我的备份」。\s*上次备份：/);
      // A week later the schedule writes again: the run the alarm makes, a due one.
      await options.evaluate(async () => {
        const chromeApi = (globalThis as any).chrome;
        const { fileBackup } = await chromeApi.storage.local.get('fileBackup');
        await chromeApi.storage.local.set({ fileBackup: { ...fileBackup, lastAt: Date.now() - 8 * 86_400_000 } });
      });
      const ran = await answer(options, { type: 'fileBackupRun', force: false });
      expect(ran.lastAt).toBeGreaterThan(Date.now() - 60_000);
      expect(ran.problem).toBeUndefined();
      // The popup shows the date of the last backup.
      const popup = await extensionPage(home.context, home.extensionId, 'popup.html');
      await eventually(async () => (await popup.getByTestId('file-backup-note').textContent()) ?? '').toMatch(/上次备份/);
      // What the folder now holds.
      const written = await options.evaluate(async (name) => {
        const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('我的备份');
        return (await (await folder.getFileHandle(name)).getFile()).text();
      }, ran.lastFile);
      file = join(dir, ran.lastFile);
      writeFileSync(file, written);
      record({ kind: 'requests', name: 'file backup', count: requests().length, urls: requests() });
      expect(requests()).toEqual([]);
      await home.close();

      // A fresh profile: the default bank only, then the backup file imported with 「替换」.
      const fresh = await launchWithExtension();
      const freshPage = await extensionPage(fresh.context, fresh.extensionId, 'options.html#import');
      await waitForBank(await extensionPage(fresh.context, fresh.extensionId), fresh.extensionId);
      expect((await ownThings(freshPage, MINE)).found).toBe(false);
      await freshPage.getByTestId('bank-file').setInputFiles(file);
      await freshPage.getByTestId('import-preview').waitFor();
      await freshPage.getByRole('button', { name: '替换' }).click();
      await eventually(() => freshPage.getByRole('status').first().textContent()).toContain('已替换句库');
      const restored = await ownThings(freshPage, MINE);
      expect(restored).toEqual({ found: true, favorite: true, uses: 3, skeleton: '{{年度}}本单位工作总结' });
      await fresh.close();
      return `${ran.lastFile} (${(written.length / 1024 / 1024).toFixed(1)} MB) restored: phrase, favourite, 3 uses, outline`;
    });
  });
});
