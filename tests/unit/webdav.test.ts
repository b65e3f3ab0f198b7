// The WebDAV client and what uses it (#16), against a real Apache mod_dav on 127.0.0.1
// (tests/support/apache-dav.ts): a subscription to a folder finds its bank file, checks it
// with one conditional GET, follows a renamed file; publishing uploads and never overwrites
// a file it did not put there unless told to; credentials never land in a stored record.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JukuDatabase } from '@/lib/db';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { addPhrase } from '@/lib/bank/phrases';
import { allPhrases } from '@/lib/bank/phrase-store';
import { checkSubscription, listSubscriptions, newSubscriptionId, saveSubscription, type Subscription } from '@/lib/sync/subscriptions';
import { publishToFolder } from '@/lib/sync/publish-upload';
import { basicAuth, findBankFile, folderUrl, parseMultistatus } from '@/lib/sync/webdav';
import { accountFor, memoryAccounts, storageAccounts } from '@/lib/sync/accounts';
import { answerSyncRequest, type SyncContext } from '@/lib/sync/answer';
import { SMALL_DEFAULT_PHRASES } from './fixtures/small-bank';
import { startDavServer, type DavServer } from '../support/apache-dav';

let dav: DavServer;
beforeAll(async () => {
  dav = await startDavServer();
}, 30_000);
afterAll(() => dav?.stop());

const dbs: JukuDatabase[] = [];
let counter = 0;
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
async function bankDb(): Promise<JukuDatabase> {
  const db = new JukuDatabase(`webdav-${counter++}`);
  dbs.push(db);
  await loadDefaultBankIfNeeded(db, async () => ({ formatVersion: 1, phrases: SMALL_DEFAULT_PHRASES, skeletons: [] }));
  return db;
}
const account = () => ({ user: dav.user, password: dav.password });
const auth = () => ({ Authorization: basicAuth(account()) });
let folders = 0;
async function folder(): Promise<string> {
  const url = `${dav.origin}/dav/unit-${folders++}/`;
  expect((await fetch(url, { method: 'MKCOL', headers: auth() })).status).toBe(201);
  return url;
}
const put = (url: string, body: string) => fetch(url, { method: 'PUT', headers: auth(), body });
const bankFile = (texts: string[]) => JSON.stringify({ formatVersion: 1, name: '办公室', phrases: texts.map((text, i) => ({ id: `w${i}`, text, role: 'work', tags: [] })), skeletons: [] });

describe('WebDAV client', () => {
  it('reads a multistatus answer in any namespace prefix, entities decoded, other origins ignored', () => {
    const xml = `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/f/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>/f/%E5%8A%9E%E5%85%AC%E5%AE%A4 &amp; co.json</d:href><d:propstat><d:prop><d:getetag>"abc"</d:getetag><d:getcontentlength>12</d:getcontentlength><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat><d:propstat><d:prop><d:getlastmodified/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>
      <response xmlns="DAV:"><href>http://elsewhere.example/f/x.json</href></response></d:multistatus>`;
    const entries = parseMultistatus(xml, new URL('http://dav.local/f/'));
    expect(entries).toEqual([
      { url: 'http://dav.local/f/', name: 'f', folder: true, etag: undefined, size: undefined, lastModified: undefined },
      { url: 'http://dav.local/f/%E5%8A%9E%E5%85%AC%E5%AE%A4%20&%20co.json', name: '办公室 & co.json', folder: false, etag: '"abc"', size: 12, lastModified: undefined },
    ]);
    expect(folderUrl('http://dav.local/a/b?x#y').href).toBe('http://dav.local/a/b/');
    expect(basicAuth({ user: '张三', password: 'pw' })).toBe(`Basic ${Buffer.from('张三:pw').toString('base64')}`);
  });

  it('finds the bank file in a folder: juku-bank.json first, else the only .json; several or none: a message naming the problem', async () => {
    const f = await folder();
    await expect(findBankFile(new URL(f), { account: account() })).rejects.toThrow(/没有句库文件/);
    await put(`${f}a.json`, '{}');
    expect((await findBankFile(new URL(f), { account: account() })).name).toBe('a.json');
    await put(`${f}b.json`, '{}');
    await expect(findBankFile(new URL(f), { account: account() })).rejects.toThrow(/多个 .json 文件（a.json、b.json）/);
    await put(`${f}juku-bank.json`, '{}');
    expect((await findBankFile(new URL(f), { account: account() })).name).toBe('juku-bank.json');
    await expect(findBankFile(new URL(f), { account: { user: dav.user, password: 'wrong' } })).rejects.toThrow('服务器拒绝访问（401），请检查用户名和密码');
  });

  it('a subscription to a WebDAV folder: applied, then one conditional GET; the file renamed: found again', async () => {
    const db = await bankDb();
    const f = await folder();
    await put(`${f}office.json`, bankFile(['推动高质量发展', '坚持稳中求进工作总基调']));
    const sub: Subscription = { id: newSubscriptionId(), name: '办公室', url: f, folder: f, review: false, validators: {} };
    await saveSubscription(db, sub);
    expect(await checkSubscription(db, sub, { account: account() })).toMatchObject({ kind: 'applied', change: { added: ['推动高质量发展', '坚持稳中求进工作总基调'] } });
    const saved = (await listSubscriptions(db))[0]!;
    expect(saved).toMatchObject({ url: `${f}office.json`, folder: f });
    expect(JSON.stringify(saved)).not.toContain(dav.password);
    const before = (await dav.settledLog()).length;
    expect(await checkSubscription(db, saved, { account: account() })).toEqual({ kind: 'unchanged' });
    expect((await dav.settledLog()).slice(before)).toEqual([{ method: 'GET', path: new URL(`${f}office.json`).pathname, status: 304 }]);

    await fetch(`${f}office.json`, { method: 'MOVE', headers: { ...auth(), Destination: `${f}juku-bank.json` } });
    await put(`${f}juku-bank.json`, bankFile(['推动高质量发展', '加快建设现代化产业体系']));
    expect(await checkSubscription(db, (await listSubscriptions(db))[0]!, { account: account() })).toMatchObject({ kind: 'applied', change: { added: [], changed: ['加快建设现代化产业体系'], removed: [] } });
    expect((await listSubscriptions(db))[0]!.url).toBe(`${f}juku-bank.json`);
  });

  it('publish uploads the file and its signature; a file changed on the server since is not overwritten unless the writer says so', async () => {
    const db = await bankDb();
    await addPhrase(db, { text: '以钉钉子精神抓好作风建设', role: 'work', tags: [], tokens: [] });
    const f = `${dav.origin}/dav/publish-${folders++}/`; // made by the upload (MKCOL)
    const choice = { name: '办公室', roles: [], tags: [], favoritesOnly: false, mineOnly: true, outlines: false };
    const first = await publishToFolder(db, choice, true, { folder: new URL(f), account: account(), overwrite: false });
    expect(first.uploadedTo).toBe(`${f}juku-bank.json`);
    const served = await (await fetch(first.uploadedTo, { headers: auth() })).text();
    expect(served).toBe(first.text);
    expect(await (await fetch(`${first.uploadedTo}.sig`, { headers: auth() })).text()).toBe(first.signature);
    // Published again from here: this browser's last upload, replaced.
    await addPhrase(db, { text: '持续深化党建引领基层治理', role: 'work', tags: [], tokens: [] });
    const second = await publishToFolder(db, choice, false, { folder: new URL(f), account: account(), overwrite: false });
    expect(second.phrases).toBe(2);
    // A colleague replaces the file: the next publish from here refuses, then overwrites when asked.
    await put(`${f}juku-bank.json`, bankFile(['同事上传的版本']));
    await expect(publishToFolder(db, choice, false, { folder: new URL(f), account: account(), overwrite: false })).rejects.toThrow(/不是本浏览器上次上传的版本/);
    expect(await (await fetch(`${f}juku-bank.json`, { headers: auth() })).text()).toBe(bankFile(['同事上传的版本']));
    await publishToFolder(db, choice, false, { folder: new URL(f), account: account(), overwrite: true });
    expect(JSON.parse(await (await fetch(`${f}juku-bank.json`, { headers: auth() })).text()).phrases).toHaveLength(2);
    await expect(publishToFolder(db, choice, false, { folder: new URL(f), account: { user: dav.user, password: 'wrong' }, overwrite: true })).rejects.toThrow('上传失败：服务器拒绝访问（401），请检查用户名和密码');
    expect((await allPhrases(db)).length).toBe(5);
  });
});

describe('WebDAV accounts', () => {
  it('live in the storage area given, one per use; a blank password keeps the saved one', async () => {
    const area: Record<string, unknown> = {};
    const store = storageAccounts({ get: async (key) => ({ [key]: area[key] }), set: async (items) => void Object.assign(area, items) });
    await store.set('personal', { user: 'writer', password: 'pw1' });
    await store.set('publish', { user: 'office', password: 'pw2' });
    expect(await accountFor(store, 'personal', 'writer', '')).toEqual({ user: 'writer', password: 'pw1' });
    expect(await accountFor(store, 'personal', 'writer', 'new')).toEqual({ user: 'writer', password: 'new' });
    expect(await accountFor(store, 'personal')).toEqual({ user: 'writer', password: 'pw1' });
    await store.remove('personal');
    expect(await store.get('personal')).toBeUndefined();
    expect(area).toEqual({ webdavAccounts: { publish: { user: 'office', password: 'pw2' } } });
    expect(await accountFor(memoryAccounts(), 'x')).toBeUndefined();
  });
});

describe('the background’s answers', () => {
  it('keep the account in the account store only: not in the database, not in any answer; stop and unsubscribe forget it', async () => {
    const db = await bankDb();
    const accounts = memoryAccounts();
    const released: string[] = [];
    const ctx: SyncContext = { db, accounts, canReach: async () => true, releaseOrigin: async (url) => void released.push(url.host), bankChanged: () => {} };
    const f = await folder();
    await put(`${f}juku-bank.json`, bankFile(['推动高质量发展']));
    const password = dav.password;
    const answers: unknown[] = [];
    const subscribed = (await answerSyncRequest({ type: 'syncSubscribe', name: '办公室', url: f, review: false, user: dav.user, password }, ctx)) as { subscription: { id: string }; result: { kind: string } };
    answers.push(subscribed);
    expect(subscribed.result.kind).toBe('applied');
    answers.push(await answerSyncRequest({ type: 'personalSyncSetUp', folder: `${dav.origin}/dav/answers-${folders++}/`, user: dav.user, password }, ctx));
    answers.push(await answerSyncRequest({ type: 'personalSyncNow' }, ctx));
    answers.push(await answerSyncRequest({ type: 'syncSettings' }, ctx));
    answers.push(await answerSyncRequest({ type: 'syncList' }, ctx));
    expect(answers[1]).toMatchObject({ outcome: { kind: 'synced' } });
    expect(answers[3]).toMatchObject({ personalUser: dav.user });
    expect(JSON.stringify(answers)).not.toContain(password);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain(password);
    expect(await accounts.get(`sub:${subscribed.subscription.id}`)).toEqual({ user: dav.user, password });
    expect(await accounts.get('personal')).toEqual({ user: dav.user, password });
    // A bad address is refused with a message naming it, nothing set up.
    await expect(answerSyncRequest({ type: 'personalSyncSetUp', folder: 'ftp://x/', user: '', password: '' }, ctx)).rejects.toThrow('同步只支持 http:// 或 https:// 的 WebDAV 地址');
    await answerSyncRequest({ type: 'personalSyncStop' }, ctx);
    await answerSyncRequest({ type: 'syncUnsubscribe', id: subscribed.subscription.id }, ctx);
    expect(await accounts.get('personal')).toBeUndefined();
    expect(await accounts.get(`sub:${subscribed.subscription.id}`)).toBeUndefined();
    // The server's host given back once nothing uses it.
    expect(released).toContain(new URL(dav.origin).host);
  });
});
