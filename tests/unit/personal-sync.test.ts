// Personal sync over a real WebDAV server (#16): Debian's Apache with mod_dav on 127.0.0.1,
// started here and stopped after (tests/support/apache-dav.ts). Two banks (two computers)
// sync one writer's rows through one file; edits on both sides, deletions, a conflict on one
// row, an upload that loses the race (412) and a malformed file.
import 'fake-indexeddb/auto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JukuDatabase } from '@/lib/db';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { addPhrase, deletePhrases, updatePhrase } from '@/lib/bank/phrases';
import { saveSkeleton, deleteSkeleton } from '@/lib/bank/skeletons';
import { allPhrases } from '@/lib/bank/phrase-store';
import { checkSyncFolder, getPersonalSync, setUpPersonalSync, syncPersonalBank, type SyncOptions } from '@/lib/sync/personal-sync';
import { SMALL_DEFAULT_PHRASES } from './fixtures/small-bank';
import { startDavServer, type DavServer } from '../support/apache-dav';

let dav: DavServer;
beforeAll(async () => {
  dav = await startDavServer();
}, 30_000);
afterAll(() => dav?.stop());

let counter = 0;
const dbs: JukuDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A computer: its own bank (the default one loaded), synced to `folder`. */
async function computer(folder: string): Promise<JukuDatabase> {
  const db = new JukuDatabase(`personal-sync-${counter++}`);
  dbs.push(db);
  await loadDefaultBankIfNeeded(db, async () => ({ formatVersion: 1, phrases: SMALL_DEFAULT_PHRASES, skeletons: [] }));
  await setUpPersonalSync(db, checkSyncFolder(folder));
  return db;
}

const account = () => ({ user: dav.user, password: dav.password });
const sync = (db: JukuDatabase, now: number, extra: SyncOptions = {}) => syncPersonalBank(db, { account: account(), now, ...extra });
const draft = (text: string) => ({ text, role: 'work' as const, tags: [], tokens: [] });
const mine = async (db: JukuDatabase) => (await allPhrases(db)).filter((p) => p.origin === 'user').map((p) => p.text).sort();
const outline = (id: string, title: string) => ({ id, title, docType: '通知', opening: [], outline: [{ title: '总体要求', role: 'work' }], sources: [] });

let folderCount = 0;
/** A folder of its own for each test; the first sync makes it (MKCOL). */
const newFolder = async () => `${dav.origin}/dav/sync-${folderCount++}/`;

describe('personal sync over WebDAV', () => {
  it('two computers edit, add and delete on both sides between syncs: both end with every change', async () => {
    const folder = await newFolder();
    const a = await computer(folder);
    const b = await computer(folder);
    await addPhrase(a, draft('甲电脑上新增的表述一'), 1000);
    await saveSkeleton(a, outline('o1', '关于开展调研的通知'), 1000);
    expect(await sync(a, 1100)).toMatchObject({ kind: 'synced', summary: { uploaded: true } });
    expect(await sync(b, 1200)).toMatchObject({ kind: 'synced', summary: { received: 2 } });
    expect(await mine(b)).toEqual(['甲电脑上新增的表述一']);
    expect((await b.skeletons.get('o1'))?.title).toBe('关于开展调研的通知');

    // Both work before syncing again: A adds and favourites a default phrase, B adds, edits
    // A's phrase and deletes a default one.
    await addPhrase(a, draft('甲电脑上新增的表述二'), 2000);
    await updatePhrase(a, 'd2', { favorite: true }, 2001);
    await addPhrase(b, draft('乙电脑上新增的表述'), 2100);
    const shared = (await allPhrases(b)).find((p) => p.text === '甲电脑上新增的表述一')!;
    await updatePhrase(b, shared.id, { text: '甲电脑上新增的表述一（乙改过）' }, 2200);
    await deletePhrases(b, ['d3'], 2300);
    await deleteSkeleton(b, 'o1', 2400);

    expect(await sync(a, 3000)).toMatchObject({ kind: 'synced', summary: { uploaded: true } });
    const fromB = await sync(b, 3100);
    expect(fromB).toMatchObject({ kind: 'synced', summary: { uploaded: true, conflicts: [] } });
    expect(await sync(a, 3200)).toMatchObject({ kind: 'synced' });

    for (const db of [a, b]) {
      expect(await mine(db)).toEqual(['乙电脑上新增的表述', '甲电脑上新增的表述一（乙改过）', '甲电脑上新增的表述二'].sort());
      const all = await allPhrases(db);
      expect(all.find((p) => p.id === 'd2')?.favorite).toBe(true);
      expect(all.some((p) => p.id === 'd3')).toBe(false);
      expect(await db.skeletons.get('o1')).toBeUndefined();
    }
    // A third sync on each finds nothing: one conditional request, nothing uploaded.
    const before = (await dav.settledLog()).length;
    expect(await sync(b, 3300)).toEqual({ kind: 'synced', summary: { received: 0, sent: 0, uploaded: false, conflicts: [] } });
    expect((await dav.settledLog()).slice(before)).toEqual([{ method: 'GET', path: new URL(`${folder}juku-sync.json`).pathname, status: 304 }]);
  });

  it('the same row changed on both: the later change kept everywhere and the other reported; delete vs later edit: the edit stays', async () => {
    const folder = await newFolder();
    const a = await computer(folder);
    const b = await computer(folder);
    const p = await addPhrase(a, draft('需要两边同时修改的表述'), 1000);
    const q = await addPhrase(a, draft('一边删除一边修改的表述'), 1000);
    await sync(a, 1100);
    await sync(b, 1200);
    await updatePhrase(a, p.id, { text: '需要两边同时修改的表述（甲，较早）' }, 2000);
    await updatePhrase(b, p.id, { text: '需要两边同时修改的表述（乙，较晚）' }, 2100);
    await deletePhrases(a, [q.id], 2000);
    await updatePhrase(b, q.id, { text: '一边删除一边修改的表述（乙在删除之后修改）' }, 2500);
    await sync(a, 3000);
    const second = await sync(b, 3100);
    expect(second.kind).toBe('synced');
    const conflicts = second.kind === 'synced' ? [...second.summary.conflicts].sort((x, y) => (x.kept < y.kept ? -1 : 1)) : [];
    expect(conflicts).toEqual([
      { kept: '一边删除一边修改的表述（乙在删除之后修改）', lost: '（已删除）' },
      { kept: '需要两边同时修改的表述（乙，较晚）', lost: '需要两边同时修改的表述（甲，较早）' },
    ]);
    await sync(a, 3200);
    for (const db of [a, b]) expect(await mine(db)).toEqual(['一边删除一边修改的表述（乙在删除之后修改）', '需要两边同时修改的表述（乙，较晚）'].sort());
  });

  it('an upload that loses the race (412) reads again, merges and retries: nothing of either is lost', async () => {
    const folder = await newFolder();
    const a = await computer(folder);
    const b = await computer(folder);
    await addPhrase(a, draft('甲先有的表述'), 1000);
    await sync(a, 1100);
    await sync(b, 1200);
    await addPhrase(a, draft('甲在竞争中新增'), 2000);
    await addPhrase(b, draft('乙在竞争中新增'), 2000);
    // B syncs between A's read and A's upload.
    let raced = false;
    const racing: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && !raced) {
        raced = true;
        expect(await sync(b, 2500)).toMatchObject({ kind: 'synced', summary: { uploaded: true } });
      }
      return fetch(input, init);
    };
    expect(await sync(a, 3000, { fetch: racing })).toMatchObject({ kind: 'synced', summary: { uploaded: true } });
    expect((await dav.settledLog()).filter((line) => line.method === 'PUT' && line.status === 412)).toHaveLength(1);
    await sync(b, 3100);
    for (const db of [a, b]) expect(await mine(db)).toEqual(['乙在竞争中新增', '甲先有的表述', '甲在竞争中新增'].sort());
  });

  it('a malformed or wrongly addressed file, or a wrong password: refused with a message, nothing changed here or there', async () => {
    const folder = await newFolder();
    const a = await computer(folder);
    await addPhrase(a, draft('不应受损的表述'), 1000);
    await sync(a, 1100);
    const path = join(dav.root, new URL(folder).pathname.replace('/dav/', ''), 'juku-sync.json');
    expect(existsSync(path)).toBe(true);
    const good = readFileSync(path, 'utf8');
    const before = await allPhrases(a);
    const cases: Array<[string, RegExp]> = [
      ['{"format":"juku-sync","formatVersion":1,"rows":[', /不是有效的 JSON/],
      [JSON.stringify({ format: 'juku-sync', formatVersion: 1, rows: [{ key: 'p:other', at: 1, device: 'x', phrase: JSON.parse(good).rows[0].phrase }] }), /编号与内容不符/],
      [JSON.stringify({ format: 'juku-sync', formatVersion: 1, rows: [{ key: 'p:x', at: 1, device: 'x', phrase: { id: 'x', text: '', role: 'work', tags: [] } }] }), /不符合格式/],
      [JSON.stringify({ format: 'something-else', rows: [] }), /不符合格式/],
    ];
    for (const [text, message] of cases) {
      writeFileSync(path, text);
      await addPhrase(a, draft(`之后新增的表述${text.length}`), 2000).catch(() => {});
      const mark = await allPhrases(a);
      const result = await sync(a, 2100);
      expect(result).toMatchObject({ kind: 'failed', since: 2100 });
      expect((result as { message: { zh: string } }).message.zh).toMatch(message);
      expect(await allPhrases(a)).toEqual(mark);
      expect(readFileSync(path, 'utf8')).toBe(text);
    }
    expect(before.length).toBeGreaterThan(0);
    writeFileSync(path, good);
    const refused = await syncPersonalBank(a, { account: { user: dav.user, password: 'wrong' }, now: 2200 });
    expect(refused).toMatchObject({ kind: 'failed', message: { zh: '服务器拒绝访问（401），请检查用户名和密码' }, since: 2100 });
    expect(JSON.stringify(await getPersonalSync(a))).not.toContain('wrong');
    expect(await sync(a, 2300)).toMatchObject({ kind: 'synced', summary: { uploaded: true } });
    expect((await getPersonalSync(a))?.failingSince).toBeUndefined();
  });
});
