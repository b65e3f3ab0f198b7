// A unit's shared bank (#16): a real HTTP server on 127.0.0.1, started and stopped here,
// serving a bank file with an ETag (and its signature); the subscription checks it.
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JukuDatabase, type StoredPhrase } from '@/lib/db';
import { publishedBank } from '@/lib/sync/publish';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { readBankVersion } from '@/lib/background/bank-version';
import { addPhrase, deletePhrases, retagPhrases, updatePhrase } from '@/lib/bank/phrases';
import { allPhrases } from '@/lib/bank/phrase-store';
import { checkSubscription, checkSubscriptionUrl, listSubscriptions, newSubscriptionId, saveSubscription, unsubscribe, type Subscription } from '@/lib/sync/subscriptions';
import { keyFingerprint, makePublisherKeys, signBytes } from '@/lib/sync/signing';
import { SMALL_DEFAULT_PHRASES } from './fixtures/small-bank';

type Served = { body: string | Buffer; etag: string; status?: number; signature?: string };
const served: Served = { body: '', etag: '"1"' };
const requests: Array<{ url: string; ifNoneMatch?: string }> = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url!, ifNoneMatch: req.headers['if-none-match'] });
    if (req.url!.endsWith('.sig')) {
      if (served.signature === undefined) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end(served.signature);
    }
    if (served.status) return void res.writeHead(served.status).end();
    if (req.headers['if-none-match'] === served.etag) return void res.writeHead(304, { etag: served.etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: served.etag }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let counter = 0;
const dbs: JukuDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
  requests.length = 0;
  Object.assign(served, { status: undefined, signature: undefined });
});
async function bankDb(): Promise<JukuDatabase> {
  const db = new JukuDatabase(`subscriptions-${counter++}`);
  dbs.push(db);
  await loadDefaultBankIfNeeded(db, async () => ({ formatVersion: 1, phrases: SMALL_DEFAULT_PHRASES, skeletons: [] }));
  return db;
}

const bankFile = (texts: string[], outlines = 0) =>
  JSON.stringify({
    formatVersion: 1,
    name: '办公室规范表述',
    phrases: texts.map((text, i) => ({ id: `t${i}`, text, role: 'work', tags: [] })),
    skeletons: Array.from({ length: outlines }, (_, i) => ({ id: `o${i}`, title: `提纲${i}`, docType: '通知', outline: [{ title: '一', role: 'work' }] })),
  });

const subscription = (extra: Partial<Subscription> = {}): Subscription => ({ id: newSubscriptionId(), name: '办公室', url: `${base}/bank.json`, review: false, validators: {}, ...extra });
const teamTexts = async (db: JukuDatabase, id: string) => (await allPhrases(db)).filter((p) => p.origin === 'team' && p.team === id).map((p) => p.text).sort();

describe('bank subscription over HTTP', () => {
  it('applies the file, then a no-change check is one conditional request; an edit on the server is applied as added, changed, removed', async () => {
    const db = await bankDb();
    const sub = subscription();
    await saveSubscription(db, sub);
    Object.assign(served, { body: bankFile(['坚持稳中求进工作总基调', '推动高质量发展', '压紧压实全面从严治党主体责任'], 1), etag: '"v1"' });
    const first = await checkSubscription(db, sub, { now: 1000 });
    // The third wording is already the default bank's: it appears once.
    expect(first).toEqual({ kind: 'applied', change: { added: ['坚持稳中求进工作总基调', '推动高质量发展'], changed: [], removed: [], alreadyThere: 1 } });
    expect(await teamTexts(db, sub.id)).toEqual(['推动高质量发展', '坚持稳中求进工作总基调'].sort());
    expect((await db.skeletons.toArray()).map((s) => s.id)).toContain(`team:${sub.id}:o0`);

    const [saved] = await listSubscriptions(db);
    expect(saved).toMatchObject({ validators: { etag: '"v1"' }, lastGoodAt: 1000 });
    const version = await readBankVersion(db);
    requests.length = 0;
    expect(await checkSubscription(db, saved!, { now: 2000 })).toEqual({ kind: 'unchanged' });
    expect(requests).toEqual([{ url: '/bank.json', ifNoneMatch: '"v1"' }]);
    expect(await readBankVersion(db)).toBe(version);

    Object.assign(served, { body: bankFile(['坚持稳中求进工作总基调，完整准确全面贯彻新发展理念', '推动高质量发展']).replace('"t0"', '"t0"'), etag: '"v2"' });
    const second = await checkSubscription(db, (await listSubscriptions(db))[0]!, { now: 3000 });
    expect(second).toMatchObject({ kind: 'applied', change: { added: [], changed: ['坚持稳中求进工作总基调，完整准确全面贯彻新发展理念'], removed: [] } });
    expect((await db.skeletons.toArray()).some((s) => s.id.startsWith(`team:${sub.id}:`))).toBe(false);
  });

  it('keeps the writer’s own phrases, favourites and the default bank through updates; unsubscribing removes only that bank', async () => {
    const db = await bankDb();
    const mine = await addPhrase(db, { text: '持续深化党建引领基层治理', role: 'plan', tags: [], tokens: [] });
    await updatePhrase(db, 'd2', { favorite: true });
    const a = subscription();
    const b = subscription({ url: `${base}/other.json` });
    Object.assign(served, { body: bankFile(['推动高质量发展', '持续深化党建引领基层治理']), etag: '"a"' });
    await checkSubscription(db, a);
    await checkSubscription(db, b); // the same file under another address: nothing twice
    expect(await teamTexts(db, a.id)).toEqual(['推动高质量发展']);
    expect(await teamTexts(db, b.id)).toEqual([]);
    const team = (await allPhrases(db)).find((p) => p.team === a.id)!;
    await updatePhrase(db, team.id, { favorite: true });
    Object.assign(served, { body: bankFile(['推动高质量发展', '加快建设现代化产业体系']), etag: '"a2"' });
    await checkSubscription(db, (await listSubscriptions(db)).find((s) => s.id === a.id) ?? a);
    const after = await allPhrases(db);
    expect(after.find((p) => p.id === mine.id)).toMatchObject({ origin: 'user', text: '持续深化党建引领基层治理' });
    expect(after.find((p) => p.id === 'd2')?.favorite).toBe(true);
    expect(after.find((p) => p.id === team.id)).toMatchObject({ favorite: true, team: a.id });

    // Read-only: favourite yes, edit, retag or delete no, and nothing changes.
    await expect(updatePhrase(db, team.id, { text: '推动经济高质量发展' })).rejects.toThrow(/来自订阅的句库/);
    await expect(deletePhrases(db, [team.id, mine.id])).rejects.toThrow(/来自订阅的句库/);
    await expect(retagPhrases(db, [team.id], { add: ['发展'] })).rejects.toThrow(/来自订阅的句库/);
    expect(await allPhrases(db)).toEqual(after);

    expect(await unsubscribe(db, a.id)).toBe(2);
    const left = await allPhrases(db);
    expect(left.filter((p) => p.origin === 'team')).toEqual([]);
    expect(left.map((p) => p.id).sort()).toEqual(['d1', 'd2', 'd3', mine.id].sort());
    expect((await listSubscriptions(db)).map((s) => s.id)).toEqual([b.id]);
  });

  it('server down, malformed, oversized or wrongly signed: refused whole, the last copy kept, failing since the first failure', async () => {
    const db = await bankDb();
    const keys = await makePublisherKeys();
    const good = bankFile(['推动高质量发展']);
    Object.assign(served, { body: good, etag: '"g"', signature: await signBytes(new TextEncoder().encode(good), keys.privateKey) });
    const sub = subscription({ publicKey: keys.publicKey });
    expect(await checkSubscription(db, sub, { now: 10 })).toMatchObject({ kind: 'applied' });
    const kept = await allPhrases(db);
    const check = async (now: number, options = {}) => checkSubscription(db, (await listSubscriptions(db))[0]!, { now, ...options });

    served.status = 503;
    expect(await check(20)).toMatchObject({ kind: 'failed', message: { zh: '服务器返回错误 503' }, since: 20 });
    expect(await check(30)).toMatchObject({ kind: 'failed', since: 20 });
    served.status = undefined;

    const signed = async (body: string) => ({ body, signature: await signBytes(new TextEncoder().encode(body), keys.privateKey) });
    const refusals: Array<[string, Partial<Served>, RegExp]> = [
      ['malformed', { ...(await signed('{"formatVersion": 1, "phrases": [')), etag: '"m"' }, /不是有效的 JSON/],
      ['oversized', { body: Buffer.alloc(2048, 32), etag: '"o"' }, /文件过大/],
      ['signed by another key', { body: bankFile(['被篡改的表述']), etag: '"s"', signature: await signBytes(new TextEncoder().encode(bankFile(['被篡改的表述'])), (await makePublisherKeys()).privateKey) }, /签名与固定的发布者公钥不符/],
      ['unsigned', { body: bankFile(['没有签名的表述']), etag: '"u"', signature: undefined }, /缺少签名文件/],
      ['a bad row beside a good one', { ...(await signed(JSON.stringify({ formatVersion: 1, phrases: [{ id: 'x', text: '推动高质量发展取得新成效', role: 'work', tags: [] }, { id: 'y', text: '', role: 'work', tags: [] }], skeletons: [] }))), etag: '"h"' }, /第 2 条/],
    ];
    for (const [what, change, message] of refusals) {
      Object.assign(served, change);
      const result = await check(40, what === 'oversized' ? { maxBytes: 1024 } : {});
      expect(result, what).toMatchObject({ kind: 'failed', since: 20 });
      expect((result as { message: { zh: string } }).message.zh, what).toMatch(message);
      expect(await allPhrases(db), what).toEqual(kept);
    }
    expect(await keyFingerprint(keys.publicKey)).toMatch(/^([0-9a-f]{2}:){7}[0-9a-f]{2}$/);
  });

  it('a subscription that asks for review shows the change and applies nothing until asked', async () => {
    const db = await bankDb();
    const sub = subscription({ review: true });
    await saveSubscription(db, sub);
    Object.assign(served, { body: bankFile(['推动高质量发展']), etag: '"r"' });
    expect(await checkSubscription(db, sub)).toEqual({ kind: 'review', change: { added: ['推动高质量发展'], changed: [], removed: [], alreadyThere: 0 } });
    expect(await teamTexts(db, sub.id)).toEqual([]);
    expect(await checkSubscription(db, (await listSubscriptions(db))[0]!, { apply: true })).toMatchObject({ kind: 'applied' });
    expect(await teamTexts(db, sub.id)).toEqual(['推动高质量发展']);
  });

  it('takes only http(s) addresses without credentials in them', () => {
    expect(checkSubscriptionUrl(' http://10.1.2.3/bank.json ').host).toBe('10.1.2.3');
    expect(() => checkSubscriptionUrl('file:///etc/passwd')).toThrow(/只支持 http/);
    expect(() => checkSubscriptionUrl('https://user:pw@dav.example/')).toThrow(/不要把用户名和密码写进网址/);
    expect(() => checkSubscriptionUrl('不是网址')).toThrow(/不是有效的网址/);
  });
});

describe('publishing a unit bank', () => {
  const row = (id: string, extra: Partial<StoredPhrase>): StoredPhrase => ({ id, text: `表述${id}`, role: 'work', tags: [], tokens: [], kind: 'sentence', sources: [], docCount: 1, origin: 'user', favorite: false, updatedAt: 1, ...extra });
  const rows = [
    row('a', { tags: ['作风建设'], favorite: true }),
    row('b', { role: 'plan', tags: ['作风建设'] }),
    row('c', { origin: 'default', tags: ['作风建设'] }),
    row('d', { origin: 'team', team: 'x1', tags: ['作风建设'] }),
    row('e', { tags: ['党建'] }),
  ];
  const outlines = [
    { id: 'mine', title: '通知', docType: '通知', opening: [], outline: [{ title: '一', role: 'work' as const }], sources: [] },
    { id: 'team:x1:o', title: '请示', docType: '请示', opening: [], outline: [{ title: '一', role: 'work' as const }], sources: [] },
  ];
  const choice = { name: '办公室', roles: [], tags: [], favoritesOnly: false, mineOnly: true, outlines: true };
  const ids = (bank: { phrases: Array<{ id: string }> }) => bank.phrases.map((p) => p.id);

  it('shares the chosen wording, never another subscription’s rows or outlines, favourites not carried', () => {
    expect(ids(publishedBank(rows, outlines, choice))).toEqual(['a', 'b', 'e']);
    expect(ids(publishedBank(rows, outlines, { ...choice, mineOnly: false }))).toEqual(['a', 'b', 'c', 'e']);
    expect(ids(publishedBank(rows, outlines, { ...choice, tags: ['作风建设'], roles: ['work'] }))).toEqual(['a']);
    expect(ids(publishedBank(rows, outlines, { ...choice, favoritesOnly: true }))).toEqual(['a']);
    const bank = publishedBank(rows, outlines, choice);
    expect(bank.skeletons.map((s) => s.id)).toEqual(['mine']);
    expect(bank.phrases.every((p) => !('favorite' in p))).toBe(true);
    expect(publishedBank(rows, outlines, { ...choice, outlines: false }).skeletons).toEqual([]);
  });
});
