// A subscribed bank's rows beside the writer's own (#16). Its phrases are stored with origin
// `team` and the subscription's id; an update replaces exactly that subscription's rows and
// nothing else, so the writer's phrases, favourites and usage survive every update, and
// unsubscribing removes that bank's rows only. The same wording in two places appears once:
// the writer's own (or the default bank's) row wins over a subscribed one, and the first
// subscription that brought a wording keeps it.
import type { JukuDatabase, StoredPhrase } from '../db';
import type { BankFile, Skeleton } from '../schema';
import { mergeKey } from '../corpus/merge';
import { fnv1a64 } from '../corpus/hash';
import { allPhrases, writePhrases } from '../bank/phrase-store';
import { writeBank } from '../bank/transaction';

export type LayerChange = {
  added: string[];
  changed: string[];
  removed: string[];
  /** Wordings the bank already has from the writer or another bank: not added twice. */
  alreadyThere: number;
};

/** A subscribed outline's id: the bank's own id (hashed when long: ids stay within 64
 * characters), kept apart from the writer's outlines. */
export const subscribedSkeletonId = (subscription: string, id: string) => `team:${subscription}:${id.length <= 40 ? id : fnv1a64(id)}`;
const isSubscribedSkeleton = (subscription: string, id: string) => id.startsWith(`team:${subscription}:`);

/** The rows a subscription's file gives, against what the bank holds now. */
function plan(current: readonly StoredPhrase[], subscription: string, file: BankFile) {
  const mine = new Map<string, StoredPhrase>();
  // Wordings (and ids) held by anything other than this subscription.
  const elsewhere = new Set<string>();
  const elsewhereIds = new Set<string>();
  for (const p of current) {
    if (p.origin === 'team' && p.team === subscription) mine.set(p.id, p);
    else {
      elsewhere.add(mergeKey(p.text));
      elsewhereIds.add(p.id);
    }
  }
  const next = new Map<string, StoredPhrase>();
  let alreadyThere = 0;
  for (const phrase of file.phrases) {
    if (elsewhere.has(mergeKey(phrase.text)) || elsewhereIds.has(phrase.id)) {
      alreadyThere++;
      continue;
    }
    const before = mine.get(phrase.id);
    next.set(phrase.id, {
      ...phrase,
      origin: 'team',
      team: subscription,
      // A favourite the writer set on a subscribed row is theirs: it stays.
      favorite: before?.favorite ?? false,
      updatedAt: before && before.text === phrase.text ? before.updatedAt : 0,
    });
  }
  return { mine, next, alreadyThere };
}

const sameWording = (a: StoredPhrase, b: StoredPhrase) => a.text === b.text && a.role === b.role && a.tags.join('|') === b.tags.join('|');

/** What applying `file` would change, for the writer to review first. */
export async function previewSubscription(db: JukuDatabase, subscription: string, file: BankFile): Promise<LayerChange> {
  const { mine, next, alreadyThere } = plan(await allPhrases(db), subscription, file);
  return changeOf(mine, next, alreadyThere);
}

function changeOf(mine: Map<string, StoredPhrase>, next: Map<string, StoredPhrase>, alreadyThere: number): LayerChange {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, row] of next) {
    const before = mine.get(id);
    if (!before) added.push(row.text);
    else if (!sameWording(before, row)) changed.push(row.text);
  }
  const removed = [...mine.values()].filter((row) => !next.has(row.id)).map((row) => row.text);
  return { added, changed, removed, alreadyThere };
}

/** Makes the subscription's rows exactly what `file` gives, in one transaction. */
export function applySubscription(db: JukuDatabase, subscription: string, file: BankFile): Promise<LayerChange> {
  return writeBank(db, async () => {
    const { mine, next, alreadyThere } = plan(await allPhrases(db), subscription, file);
    await writePhrases(db, { remove: [...mine.keys()].filter((id) => !next.has(id)), put: [...next.values()] });
    const oldOutlines = (await db.skeletons.toCollection().primaryKeys()).filter((id) => isSubscribedSkeleton(subscription, String(id)));
    await db.skeletons.bulkDelete(oldOutlines);
    await db.skeletons.bulkPut(file.skeletons.map((s: Skeleton) => ({ ...s, id: subscribedSkeletonId(subscription, s.id) })));
    return changeOf(mine, next, alreadyThere);
  });
}

/** Removes a subscription's rows and outlines, and nothing else. */
export function removeSubscriptionRows(db: JukuDatabase, subscription: string): Promise<number> {
  return writeBank(db, async () => {
    const rows = (await allPhrases(db)).filter((p) => p.origin === 'team' && p.team === subscription);
    await writePhrases(db, { remove: rows.map((p) => p.id) });
    const outlines = (await db.skeletons.toCollection().primaryKeys()).filter((id) => isSubscribedSkeleton(subscription, String(id)));
    await db.skeletons.bulkDelete(outlines);
    return rows.length;
  });
}
