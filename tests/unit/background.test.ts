import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { JukuDatabase } from '@/lib/db';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { EngineHolder, SNAPSHOT_KEY } from '@/lib/background/engine-holder';
import { bumpBankVersion } from '@/lib/background/bank-version';
import { countPhrases, phraseTables, writePhrases } from '@/lib/bank/phrase-store';
import { handleRequest, type RequestContext } from '@/lib/background/handle-request';
import type { BankFileInput } from '@/lib/schema';
import { requestContextFor } from './fixtures/request-context';

const bank: BankFileInput = {
  formatVersion: 1,
  phrases: [
    { id: 'a', text: '增强“四个意识”、坚定“四个自信”、做到“两个维护”', role: 'work', tags: ['四个意识'] },
    { id: 'b', text: '压紧压实全面从严治党主体责任', role: 'work', tags: [] },
  ],
  skeletons: [],
};

let counter = 0;
const dbs: JukuDatabase[] = [];
function freshDb(): JukuDatabase {
  const db = new JukuDatabase(`test-${counter++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('default bank', () => {
  it('loads once, even when two wakes race', async () => {
    const db = freshDb();
    const results = await Promise.all([
      loadDefaultBankIfNeeded(db, async () => bank),
      loadDefaultBankIfNeeded(db, async () => bank),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await countPhrases(db)).toBe(2);
    await writePhrases(db, { remove: ['a'] }); // the user deleted a default phrase…
    expect(await loadDefaultBankIfNeeded(db, async () => bank)).toBe(false);
    expect(await countPhrases(db)).toBe(1); // …and it does not come back on the next wake
  });

  it('rejects a malformed bank file and writes nothing', async () => {
    const db = freshDb();
    await expect(loadDefaultBankIfNeeded(db, async () => ({ formatVersion: 99, phrases: [] }))).rejects.toThrow();
    expect(await countPhrases(db)).toBe(0);
  });
});

describe('request handling', () => {
  const ctxFor = (db: JukuDatabase): RequestContext => requestContextFor(db, bank);
  const page = { id: 'ext', url: 'https://example.com/doc' };
  const extensionPage = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

  it('answers suggestions to content scripts from the bank it loads on first use', async () => {
    const ctx = ctxFor(freshDb());
    const reply = await handleRequest({ type: 'suggest', before: '增强“四个', all: true }, page, ctx);
    expect(reply.ok).toBe(true);
    expect(reply.ok && 'suggestions' in reply.data && reply.data.suggestions[0]?.id).toBe('a');
    // The inline list's request goes through the show gate (#12): one document's 26-character
    // sentence, 21 of them still to come, is not likely enough to be what the writer types.
    const gated = await handleRequest({ type: 'suggest', before: '增强“四个' }, page, ctx);
    expect(gated.ok && 'suggestions' in gated.data && gated.data.suggestions).toEqual([]);
  });

  it('refuses other extensions, malformed requests and page scripts asking for bank data', async () => {
    const ctx = ctxFor(freshDb());
    expect(await handleRequest({ type: 'suggest', before: 'x' }, { id: 'other', url: page.url }, ctx)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'suggest', before: 42 }, page, ctx)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'suggest', before: 'x'.repeat(5000) }, page, ctx)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'bankStats' }, page, ctx)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'bankStats' }, extensionPage, ctx)).toMatchObject({
      ok: true,
      data: { phrases: 2, skeletons: 0 },
    });
  });

  it('lets the palette open the add window with the searched text, writing nothing itself (#20)', async () => {
    const db = freshDb();
    const opened: string[] = [];
    const ctx = { ...ctxFor(db), openAddWindow: async (text: string) => opened.push(text) };
    expect(await handleRequest({ type: 'openAddWindow', text: '量子纠缠通信' }, page, ctx)).toMatchObject({ ok: true, data: { opened: true } });
    expect(opened).toEqual(['量子纠缠通信']);
    expect(await countPhrases(db)).toBe(2);
  });

  it('lets content scripts search the palette and read a skeleton, with the section from the headings', async () => {
    const db = freshDb();
    const ctx = ctxFor(db);
    ctx.ensureBank = () =>
      loadDefaultBankIfNeeded(db, async () => ({
        ...bank,
        phrases: [
          ...bank.phrases,
          { id: 'p', text: '理论学习不够深入', role: 'problem', tags: [] },
          { id: 'w', text: '理论学习扎实深入', role: 'work', tags: [] },
        ],
        skeletons: [{ id: 's', title: '{{年度}}述职报告', docType: '述职报告', outline: [{ title: '主要工作', role: 'work' }] }],
      }));
    const search = async (query: string, headings: string[]) => {
      const reply = await handleRequest({ type: 'paletteSearch', query, headings }, page, ctx);
      return reply.ok && 'items' in reply.data ? reply.data.items.map((item) => item.id) : null;
    };
    expect(await search('述职', [])).toEqual(['s']);
    expect((await search('理论学习', ['二、存在问题']))?.[0]).toBe('p');
    expect((await search('理论学习', ['一、主要工作']))?.[0]).toBe('w');
    const skeleton = await handleRequest({ type: 'getSkeleton', id: 's' }, page, ctx);
    expect(skeleton).toMatchObject({ ok: true, data: { skeleton: { docType: '述职报告' } } });
    expect(await handleRequest({ type: 'getSkeleton', id: 'none' }, page, ctx)).toMatchObject({ ok: true, data: { skeleton: null } });
    expect(await handleRequest({ type: 'paletteSearch', query: 'x'.repeat(500) }, page, ctx)).toMatchObject({ ok: false });
  });

  it('records uses only of phrases that exist', async () => {
    const db = freshDb();
    const ctx = ctxFor(db);
    expect(await handleRequest({ type: 'recordUse', id: 'a', charsSaved: 20 }, page, ctx)).toMatchObject({ ok: true, data: { recorded: true } });
    await handleRequest({ type: 'recordUse', id: 'a', charsSaved: 5 }, page, ctx);
    expect(await handleRequest({ type: 'recordUse', id: 'nope', charsSaved: 5 }, page, ctx)).toMatchObject({ ok: true, data: { recorded: false } });
    expect(await db.usage.get('a')).toMatchObject({ count: 2, charsSaved: 25 });
    expect(await db.usage.count()).toBe(1);
  });
});

describe('engine holder across wakes', () => {
  it('stores a snapshot on the first wake, answers from it on the next, and drops it when the bank changes', async () => {
    const db = freshDb();
    await loadDefaultBankIfNeeded(db, async () => bank);
    const holder = new EngineHolder(db);
    const first = await holder.get();
    await holder.written();
    const stored = await db.snapshots.get(SNAPSHOT_KEY);
    expect(stored?.bankVersion).toBe(1);

    const second = await new EngineHolder(db).get(); // a new wake
    expect(second.suggest({ before: '增强“四个', now: 0 })).toEqual(first.suggest({ before: '增强“四个', now: 0 }));

    // A write to the bank raises its version: the next wake reads the phrases again.
    await db.transaction('rw', phraseTables(db), async () => {
      await writePhrases(db, { put: [{ id: 'c', text: '增强“四个自信”', role: 'work', tags: [], tokens: [], kind: 'clause', sources: [], docCount: 1, origin: 'user', favorite: false, updatedAt: 1 }] });
      await bumpBankVersion(db);
    });
    const thirdHolder = new EngineHolder(db);
    const third = await thirdHolder.get();
    await thirdHolder.written();
    expect(third.suggest({ before: '要增强“四个自', now: 0 })[0]?.id).toBe('c');
    expect((await db.snapshots.get(SNAPSHOT_KEY))?.bankVersion).toBe(2);
  });

  it('applies stored usage on wake', async () => {
    const db = freshDb();
    await loadDefaultBankIfNeeded(db, async () => ({
      ...bank,
      phrases: [
        { id: 'x', text: '压紧压实管党治党政治责任', role: 'work', tags: [], docCount: 2 },
        { id: 'y', text: '压紧压实全面从严治党主体责任', role: 'work', tags: [] },
      ],
    }));
    expect((await new EngineHolder(db).get()).suggest({ before: '压紧压实', now: 0 })[0]?.id).toBe('x');
    await db.usage.put({ phraseId: 'y', count: 5, lastUsed: 1, charsSaved: 50 });
    expect((await new EngineHolder(db).get()).suggest({ before: '压紧压实', now: 2 })[0]?.id).toBe('y');
  });
});
