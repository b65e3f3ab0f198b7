// Where the bank's phrases live: 256 bucket records of a few hundred phrases each, a phrase's
// bucket chosen by a hash of its id, not one record per phrase. Chromium's IndexedDB on disk
// costs about 0.16 ms for every record written, whatever its size: a 100,000-phrase replace,
// import or restore wrote for 16 s, the same phrases in 256 buckets take well under one.
// A single edit rewrites one bucket (about 100 KB at 100,000 phrases: a few ms).
// Every read and write of phrases goes through this module; the phrase count is kept beside
// the buckets, in the same transactions, so the popup never reads the bank to count it.
import type { JukuDatabase, PhraseBucketRecord, StoredPhrase } from '../db';

export const PHRASE_BUCKETS = 256;
export const PHRASE_COUNT_KEY = 'phraseCount';

/** 32-bit FNV-1a over UTF-16 code units: ids are ASCII hashes, so this spreads them evenly. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % PHRASE_BUCKETS;
}

/** The tables a transaction touching phrases must include. */
export const phraseTables = (db: JukuDatabase) => [db.phraseBuckets, db.settings] as const;

/** The primary-key order a table of one record per phrase gave (callers rely on a stable order). */
const byId = (a: StoredPhrase, b: StoredPhrase) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Groups phrases into bucket records (every bucket, empty ones included when `all`). */
export function bucketRecordsOf(phrases: readonly StoredPhrase[], all = true): PhraseBucketRecord[] {
  const buckets = new Map<number, StoredPhrase[]>();
  if (all) for (let id = 0; id < PHRASE_BUCKETS; id++) buckets.set(id, []);
  for (const phrase of phrases) {
    const id = bucketOf(phrase.id);
    let list = buckets.get(id);
    if (!list) buckets.set(id, (list = []));
    list.push(phrase);
  }
  return [...buckets].map(([id, list]) => ({ id, phrases: list }));
}

/** The whole bank, in id order. */
export async function allPhrases(db: JukuDatabase): Promise<StoredPhrase[]> {
  const buckets = await db.phraseBuckets.toArray();
  return buckets.flatMap((bucket) => bucket.phrases).sort(byId);
}

/** At least `wanted` phrases (fewer if the bank is smaller), read from as few buckets as that takes. */
export async function somePhrases(db: JukuDatabase, wanted: number): Promise<StoredPhrase[]> {
  const found: StoredPhrase[] = [];
  await db.phraseBuckets.toCollection().until(() => found.length >= wanted).each((bucket) => {
    found.push(...bucket.phrases);
  });
  return found;
}

export async function getPhrases(db: JukuDatabase, ids: readonly string[]): Promise<Array<StoredPhrase | undefined>> {
  const bucketIds = [...new Set(ids.map(bucketOf))];
  const buckets = await db.phraseBuckets.bulkGet(bucketIds);
  const byPhraseId = new Map<string, StoredPhrase>();
  for (const bucket of buckets) for (const phrase of bucket?.phrases ?? []) byPhraseId.set(phrase.id, phrase);
  return ids.map((id) => byPhraseId.get(id));
}

export async function getPhrase(db: JukuDatabase, id: string): Promise<StoredPhrase | undefined> {
  return (await db.phraseBuckets.get(bucketOf(id)))?.phrases.find((phrase) => phrase.id === id);
}

/** Phrases in the bank, from the count kept beside the buckets. */
export async function countPhrases(db: JukuDatabase): Promise<number> {
  const kept = (await db.settings.get(PHRASE_COUNT_KEY))?.value;
  if (typeof kept === 'number') return kept;
  // A bank written before the count was kept (or by hand): count it once.
  return (await db.phraseBuckets.toArray()).reduce((sum, bucket) => sum + bucket.phrases.length, 0);
}

/**
 * Puts phrases (a phrase with an id already stored replaces it) and removes ids, in one
 * transaction that also keeps the count; only the buckets concerned are read and written.
 */
export function writePhrases(db: JukuDatabase, change: { put?: readonly StoredPhrase[]; remove?: readonly string[] }): Promise<void> {
  const put = change.put ?? [];
  const remove = change.remove ?? [];
  if (put.length === 0 && remove.length === 0) return Promise.resolve();
  return db.transaction('rw', phraseTables(db), async () => {
    const touched = [...new Set([...put.map((p) => p.id), ...remove].map(bucketOf))];
    const [stored, count] = await Promise.all([db.phraseBuckets.bulkGet(touched), countPhrases(db)]);
    const buckets = new Map(touched.map((id, i) => [id, new Map((stored[i]?.phrases ?? []).map((p) => [p.id, p] as const))]));
    let delta = 0;
    for (const id of remove) if (buckets.get(bucketOf(id))!.delete(id)) delta--;
    for (const phrase of put) {
      const bucket = buckets.get(bucketOf(phrase.id))!;
      if (!bucket.has(phrase.id)) delta++;
      bucket.set(phrase.id, phrase);
    }
    await db.phraseBuckets.bulkPut([...buckets].map(([id, phrases]) => ({ id, phrases: [...phrases.values()] })));
    await db.settings.put({ key: PHRASE_COUNT_KEY, value: count + delta });
  });
}

/** The bank becomes exactly these phrases (the same id twice: the last one). */
export function replaceAllPhrases(db: JukuDatabase, phrases: readonly StoredPhrase[]): Promise<void> {
  const unique = [...new Map(phrases.map((p) => [p.id, p] as const)).values()];
  return db.transaction('rw', phraseTables(db), async () => {
    await db.phraseBuckets.clear();
    await db.phraseBuckets.bulkPut(bucketRecordsOf(unique));
    await db.settings.put({ key: PHRASE_COUNT_KEY, value: unique.length });
  });
}
