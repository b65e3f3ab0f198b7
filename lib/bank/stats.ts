// Statistics: uses per phrase (the usage table) and characters saved, counted in Chinese
// characters and kept per local day so 「本周」 means since this Monday.
import type { JukuDatabase, StoredPhrase } from '../db';
import { cjkCount } from '../corpus/text';
import { countPhrases, getPhrases, phraseTables } from './phrase-store';

const pad = (n: number) => String(n).padStart(2, '0');
export const dayOf = (time: number): string => {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Local midnight of this week's Monday. */
export function weekStart(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/**
 * The Chinese characters an accepted suggestion saved: the inserted tail of the phrase is
 * its last `inserted` characters (the content script reports the inserted length).
 */
export function savedChineseChars(phraseText: string, inserted: number): number {
  return cjkCount(inserted > 0 ? phraseText.slice(-inserted) : '');
}

/** Call inside a transaction that includes db.savedDays. */
export async function addSavedChars(db: JukuDatabase, chars: number, now: number): Promise<void> {
  if (chars <= 0) return;
  const day = dayOf(now);
  const previous = await db.savedDays.get(day);
  await db.savedDays.put({ day, chars: (previous?.chars ?? 0) + chars });
}

export async function savedThisWeek(db: JukuDatabase, now = Date.now()): Promise<number> {
  const days = await db.savedDays.where('day').aboveOrEqual(dayOf(weekStart(now))).toArray();
  return days.reduce((sum, d) => sum + d.chars, 0);
}

export type PhraseBrief = Pick<StoredPhrase, 'id' | 'text' | 'role' | 'favorite'> & { uses: number };

export type BankOverview = {
  phrases: number;
  savedThisWeek: number;
  recent: PhraseBrief[];
  favorites: PhraseBrief[];
};

/** Up to `wanted` favorite phrases, reading buckets only until that many are found. */
async function favoritesAmong(db: JukuDatabase, wanted: number): Promise<StoredPhrase[]> {
  const found: StoredPhrase[] = [];
  await db.phraseBuckets.toCollection().until(() => found.length >= wanted).each((bucket) => {
    for (const phrase of bucket.phrases) if (phrase.favorite && found.length < wanted) found.push(phrase);
  });
  return found;
}

/** What the popup shows before the user types: counts, recently used, favorites. */
export async function bankOverview(db: JukuDatabase, limit = 5, now = Date.now()): Promise<BankOverview> {
  return db.transaction('r', [...phraseTables(db), db.usage, db.savedDays], async () => {
    const recentUses = await db.usage.orderBy('lastUsed').reverse().limit(limit * 2).toArray();
    const recentPhrases = await getPhrases(db, recentUses.map((u) => u.phraseId));
    const recent: PhraseBrief[] = [];
    recentUses.forEach((use, i) => {
      const p = recentPhrases[i];
      if (p && recent.length < limit) recent.push({ id: p.id, text: p.text, role: p.role, favorite: p.favorite, uses: use.count });
    });
    const favoritePhrases = await favoritesAmong(db, limit * 4);
    const uses = new Map((await db.usage.bulkGet(favoritePhrases.map((p) => p.id))).map((u, i) => [favoritePhrases[i]!.id, u?.count ?? 0]));
    const favorites = favoritePhrases
      .map((p) => ({ id: p.id, text: p.text, role: p.role, favorite: true, uses: uses.get(p.id) ?? 0 }))
      .sort((a, b) => b.uses - a.uses)
      .slice(0, limit);
    return { phrases: await countPhrases(db), savedThisWeek: await savedThisWeek(db, now), recent, favorites };
  });
}
