import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { JukuDatabase, type StoredPhrase } from '@/lib/db';
import { allPhrases, bucketOf, countPhrases, getPhrase, getPhrases, PHRASE_BUCKETS, replaceAllPhrases, somePhrases, writePhrases } from '@/lib/bank/phrase-store';

let n = 0;
const open: JukuDatabase[] = [];
const freshDb = () => {
  const db = new JukuDatabase(`phrase-store-${n++}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const phrase = (id: string, text = `表述${id}`): StoredPhrase => ({
  id, text, role: 'work', tags: [], tokens: [], kind: 'sentence', sources: [], docCount: 1, origin: 'user', favorite: false, updatedAt: 1,
});

describe('phrase store (phrases kept in buckets)', () => {
  it('puts, replaces by id and removes, keeping the count without reading the bank', async () => {
    const db = freshDb();
    await writePhrases(db, { put: ['a', 'b', 'c'].map((id) => phrase(id)) });
    expect(await countPhrases(db)).toBe(3);
    await writePhrases(db, { put: [phrase('b', '改过的表述'), phrase('d')], remove: ['a', 'missing'] });
    expect((await allPhrases(db)).map((p) => [p.id, p.text])).toEqual([['b', '改过的表述'], ['c', '表述c'], ['d', '表述d']]);
    expect(await countPhrases(db)).toBe(3);
    expect(await getPhrase(db, 'a')).toBeUndefined();
    expect((await getPhrases(db, ['d', 'zz', 'b'])).map((p) => p?.id)).toEqual(['d', undefined, 'b']);
  });

  it('a replace makes the bank exactly the given phrases (the last of an id twice), in every bucket', async () => {
    const db = freshDb();
    await writePhrases(db, { put: Array.from({ length: 500 }, (_, i) => phrase(`old${i}`)) });
    const next = Array.from({ length: 2000 }, (_, i) => phrase(`p_${(i * 40503).toString(16)}`));
    await replaceAllPhrases(db, [...next, phrase(next[0]!.id, '同一编号的后一条')]);
    const all = await allPhrases(db);
    expect(all).toHaveLength(2000);
    expect(all.some((p) => p.id.startsWith('old'))).toBe(false);
    expect((await getPhrase(db, next[0]!.id))?.text).toBe('同一编号的后一条');
    expect(await countPhrases(db)).toBe(2000);
    expect(await db.phraseBuckets.count()).toBe(PHRASE_BUCKETS);
  });

  it('a failed write rolls back the buckets and the count together', async () => {
    const db = freshDb();
    await writePhrases(db, { put: [phrase('a')] });
    await expect(
      db.transaction('rw', db.phraseBuckets, db.settings, async () => {
        await writePhrases(db, { put: [phrase('b')] });
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect((await allPhrases(db)).map((p) => p.id)).toEqual(['a']);
    expect(await countPhrases(db)).toBe(1);
  });

  it('reads a first share of the bank from few buckets', async () => {
    const db = freshDb();
    await writePhrases(db, { put: Array.from({ length: 5000 }, (_, i) => phrase(`id${i}`)) });
    const some = await somePhrases(db, 100);
    expect(some.length).toBeGreaterThanOrEqual(100);
    expect(some.length).toBeLessThan(400);
  });

  it('spreads ids evenly over the buckets', () => {
    const counts = new Array<number>(PHRASE_BUCKETS).fill(0);
    for (let i = 0; i < 100_000; i++) counts[bucketOf(`p_${(i * 2654435761 >>> 0).toString(16)}${i}`)]!++;
    expect(Math.max(...counts)).toBeLessThan(1.3 * (100_000 / PHRASE_BUCKETS));
    expect(Math.min(...counts)).toBeGreaterThan(0.7 * (100_000 / PHRASE_BUCKETS));
  });
});
