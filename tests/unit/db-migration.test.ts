import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JukuDatabase } from '@/lib/db';
import { allPhrases, bucketOf, countPhrases, getPhrase, PHRASE_BUCKETS } from '@/lib/bank/phrase-store';

describe('database migrations', () => {
  it('opens a version-1 bank and upgrades it to version 2 without losing anything', async () => {
    const name = 'migration-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores({
      phrases: 'id, role, *tags, kind, docCount',
      skeletons: 'id, docType',
      usage: 'phraseId, lastUsed',
      settings: 'key',
    });
    await v1.table('phrases').bulkAdd([
      { id: 'a', text: '压紧压实全面从严治党主体责任', role: 'work', tags: ['全面从严治党'], tokens: [], kind: 'sentence', sources: ['x'], docCount: 2 },
      { id: 'b', text: '理论学习不够深入', role: 'problem', tags: [], tokens: [], kind: 'clause', sources: [], docCount: 1 },
    ]);
    await v1.table('usage').add({ phraseId: 'a', count: 3, lastUsed: 5, charsSaved: 40 });
    await v1.table('settings').add({ key: 'defaultBankLoaded', value: true });
    v1.close();

    const db = new JukuDatabase(name);
    await db.open();
    expect(db.verno).toBe(6); // through versions 2 to 5 to the newest
    expect(await getPhrase(db, 'a')).toMatchObject({ text: '压紧压实全面从严治党主体责任', origin: 'default', favorite: false, updatedAt: 0, docCount: 2 });
    expect((await allPhrases(db)).filter((p) => p.origin === 'default')).toHaveLength(2);
    expect((await allPhrases(db)).filter((p) => p.role === 'problem').map((p) => p.id)).toEqual(['b']);
    expect(await db.usage.get('a')).toEqual({ phraseId: 'a', count: 3, lastUsed: 5, charsSaved: 40 });
    expect(await db.settings.get('defaultBankLoaded')).toEqual({ key: 'defaultBankLoaded', value: true });
    expect(await db.snapshots.count()).toBe(0);
    await db.delete();
  });

  it('opens a version-2 bank and upgrades it to version 3 (backups, saved characters) without losing anything', async () => {
    const name = 'migration-v2';
    const v2 = new Dexie(name);
    v2.version(1).stores({ phrases: 'id, role, *tags, kind, docCount', skeletons: 'id, docType', usage: 'phraseId, lastUsed', settings: 'key' });
    v2.version(2).stores({ phrases: 'id, role, *tags, kind, docCount, origin, updatedAt', snapshots: 'key' });
    const phrase = { id: 'u', text: '持续深化党建引领基层治理', role: 'plan', tags: ['党建'], tokens: [], kind: 'sentence', sources: [], docCount: 1, origin: 'user', favorite: true, updatedAt: 7 };
    await v2.table('phrases').add(phrase);
    await v2.table('skeletons').add({ id: 's', title: '述职报告', docType: '述职报告', opening: [], outline: [{ title: '主要工作', role: 'work' }], sources: [] });
    await v2.table('usage').add({ phraseId: 'u', count: 2, lastUsed: 9, charsSaved: 12 });
    await v2.table('settings').bulkAdd([{ key: 'bankVersion', value: 4 }, { key: 'defaultBankLoaded', value: true }]);
    await v2.table('snapshots').add({ key: 'engine-input', bankVersion: 4, data: { x: 1 } });
    v2.close();

    const db = new JukuDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await getPhrase(db, 'u')).toEqual(phrase);
    expect(await countPhrases(db)).toBe(1);
    expect(await db.skeletons.count()).toBe(1);
    expect(await db.usage.get('u')).toEqual({ phraseId: 'u', count: 2, lastUsed: 9, charsSaved: 12 });
    expect(await db.settings.get('bankVersion')).toEqual({ key: 'bankVersion', value: 4 });
    expect(await db.snapshots.get('engine-input')).toMatchObject({ bankVersion: 4 });
    // The new tables start empty and work with their indexes.
    expect([await db.backups.count(), await db.backupData.count(), await db.savedDays.count()]).toEqual([0, 0, 0]);
    const id = await db.backups.add({ createdAt: 1, reason: '测试', phraseCount: 1, skeletonCount: 1 });
    await db.savedDays.put({ day: '2026-11-23', chars: 5 });
    expect(await db.backups.orderBy('createdAt').primaryKeys()).toEqual([id]);
    expect(await db.savedDays.where('day').aboveOrEqual('2026-11-23').count()).toBe(1);
    await db.delete();
  });

  it('upgrades through version 4 (which dropped the phrase indexes nothing queries), keeping every phrase', async () => {
    const name = 'migration-v3';
    const v3 = new Dexie(name);
    v3.version(1).stores({ phrases: 'id, role, *tags, kind, docCount', skeletons: 'id, docType', usage: 'phraseId, lastUsed', settings: 'key' });
    v3.version(2).stores({ phrases: 'id, role, *tags, kind, docCount, origin, updatedAt', snapshots: 'key' });
    v3.version(3).stores({ backups: '++id, createdAt', backupData: 'id', savedDays: 'day' });
    const phrases = ['d', 'u'].map((id) => ({ id, text: `持续深化党建引领${id}`, role: 'plan', tags: ['党建', '引领'], tokens: [], kind: 'sentence', sources: [], docCount: 1, origin: id === 'd' ? 'default' : 'user', favorite: id === 'u', updatedAt: 7 }));
    await v3.table('phrases').bulkAdd(phrases);
    await v3.table('backups').add({ createdAt: 3, reason: '测试', phraseCount: 2, skeletonCount: 0 });
    v3.close();

    const db = new JukuDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await allPhrases(db)).toEqual(phrases);
    expect(await db.backups.count()).toBe(1);
    await db.delete();
  });

  it('upgrades a version-4 bank to version 5: every phrase moves into its bucket, the count is kept, the old table goes', async () => {
    const name = 'migration-v4';
    const v4 = new Dexie(name);
    v4.version(1).stores({ phrases: 'id, role, *tags, kind, docCount', skeletons: 'id, docType', usage: 'phraseId, lastUsed', settings: 'key' });
    v4.version(2).stores({ phrases: 'id, role, *tags, kind, docCount, origin, updatedAt', snapshots: 'key' });
    v4.version(3).stores({ backups: '++id, createdAt', backupData: 'id', savedDays: 'day' });
    v4.version(4).stores({ phrases: 'id, origin' });
    const phrases = Array.from({ length: 3000 }, (_, i) => ({
      id: `p_${(i * 2654435761).toString(16).padStart(12, '0')}`,
      text: `第${i}条表述`,
      role: 'work',
      tags: [],
      tokens: [],
      kind: 'sentence',
      sources: [],
      docCount: 1,
      origin: i % 2 ? 'user' : 'default',
      favorite: i % 7 === 0,
      updatedAt: i,
    }));
    await v4.table('phrases').bulkAdd(phrases);
    await v4.table('usage').add({ phraseId: phrases[5]!.id, count: 2, lastUsed: 9, charsSaved: 12 });
    v4.close();

    const db = new JukuDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.backendDB().objectStoreNames.contains('phrases')).toBe(false);
    const sortedById = [...phrases].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await allPhrases(db)).toEqual(sortedById);
    expect(await countPhrases(db)).toBe(3000);
    expect(await db.settings.get('phraseCount')).toEqual({ key: 'phraseCount', value: 3000 });
    // 256 buckets, none holding more than a few times its share.
    const sizes = (await db.phraseBuckets.toArray()).map((bucket) => bucket.phrases.length);
    expect(sizes).toHaveLength(PHRASE_BUCKETS);
    expect(Math.max(...sizes)).toBeLessThan((3 * 3000) / PHRASE_BUCKETS);
    expect(await getPhrase(db, phrases[1234]!.id)).toEqual(phrases[1234]);
    expect(await db.usage.get(phrases[5]!.id)).toMatchObject({ count: 2 });
    await db.delete();
  });

  it('opens a version-5 bank and upgrades it to version 6 (row times for personal sync) keeping every row', async () => {
    const name = 'migration-v5';
    const v5 = new Dexie(name);
    v5.version(5).stores({ phraseBuckets: 'id', skeletons: 'id, docType', usage: 'phraseId, lastUsed', settings: 'key', snapshots: 'key', backups: '++id, createdAt', backupData: 'id', savedDays: 'day' });
    const phrase = { id: 'p1', text: '压紧压实全面从严治党主体责任', role: 'work', tags: [], tokens: [], kind: 'sentence', sources: [], docCount: 1, origin: 'user', favorite: true, updatedAt: 7 };
    const outline = { id: 'o1', title: '关于{{事项}}的通知', docType: '通知', opening: [], outline: [{ title: '总体要求', role: 'work' }], sources: [] };
    await v5.table('phraseBuckets').put({ id: bucketOf('p1'), phrases: [phrase] });
    await v5.table('skeletons').put(outline);
    await v5.table('usage').add({ phraseId: 'p1', count: 4, lastUsed: 9, charsSaved: 30 });
    await v5.table('settings').put({ key: 'phraseCount', value: 1 });
    await v5.table('savedDays').put({ day: '2026-11-01', chars: 12 });
    v5.close();

    const db = new JukuDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await allPhrases(db)).toEqual([phrase]);
    expect(await db.skeletons.toArray()).toEqual([outline]);
    expect(await db.usage.get('p1')).toMatchObject({ count: 4 });
    expect(await db.savedDays.get('2026-11-01')).toEqual({ day: '2026-11-01', chars: 12 });
    expect(await db.rowTimes.count()).toBe(0);
    await db.delete();
  });
});
