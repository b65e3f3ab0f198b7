import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JukuDatabase } from '@/lib/db';

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
    expect(db.verno).toBe(2);
    expect(await db.phrases.get('a')).toMatchObject({ text: '压紧压实全面从严治党主体责任', origin: 'default', favorite: false, updatedAt: 0, docCount: 2 });
    expect(await db.phrases.where('origin').equals('default').count()).toBe(2);
    expect(await db.phrases.where('role').equals('problem').primaryKeys()).toEqual(['b']);
    expect(await db.usage.get('a')).toEqual({ phraseId: 'a', count: 3, lastUsed: 5, charsSaved: 40 });
    expect(await db.settings.get('defaultBankLoaded')).toEqual({ key: 'defaultBankLoaded', value: true });
    expect(await db.snapshots.count()).toBe(0);
    await db.delete();
  });
});
