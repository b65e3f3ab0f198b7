// Publishing a unit's bank (#16): the writer picks what to share (sections, tags, favourites,
// their own wording only, outlines) and gets one bank file, signed with the unit's publisher
// key when they want subscribers to pin it. The key pair is made once and kept in the
// extension's own storage; the public key is what subscribers paste.
import type { JukuDatabase, StoredPhrase } from '../db';
import { BANK_FORMAT_VERSION, type BankFile, type Role, type Skeleton } from '../schema';
import { phraseOfStored } from '../bank/bank-file';
import { allPhrases } from '../bank/phrase-store';
import { keyFingerprint, makePublisherKeys, signBytes, type PublisherKeys, type PublicKeyJwk } from './signing';

export type PublishChoice = {
  name: string;
  /** Sections to share; empty: all. */
  roles: Role[];
  /** Tags of which a phrase must have one; empty: any. */
  tags: string[];
  favoritesOnly: boolean;
  /** The writer's own wording only (not the default bank's, not other subscriptions'). */
  mineOnly: boolean;
  outlines: boolean;
};

/** The bank file for a choice: never another subscription's rows or outlines. */
export function publishedBank(phrases: readonly StoredPhrase[], skeletons: readonly Skeleton[], choice: PublishChoice): BankFile {
  const roles = new Set(choice.roles);
  const tags = new Set(choice.tags);
  const chosen = phrases.filter(
    (p) =>
      p.origin !== 'team' &&
      (!choice.mineOnly || p.origin === 'user') &&
      (roles.size === 0 || roles.has(p.role)) &&
      (tags.size === 0 || p.tags.some((tag) => tags.has(tag))) &&
      (!choice.favoritesOnly || p.favorite),
  );
  return {
    formatVersion: BANK_FORMAT_VERSION,
    name: choice.name.trim() || '单位句库',
    // Favourites are the publisher's own: subscribers choose theirs.
    phrases: chosen.map((p) => phraseOfStored({ ...p, favorite: false })),
    skeletons: choice.outlines ? skeletons.filter((s) => !s.id.startsWith('team:')) : [],
  };
}

const KEY = 'publisherKeys';

async function publisherKeys(db: JukuDatabase): Promise<PublisherKeys> {
  const kept = (await db.settings.get(KEY))?.value as PublisherKeys | undefined;
  if (kept) return kept;
  const made = await makePublisherKeys();
  await db.settings.put({ key: KEY, value: made });
  return made;
}

export type Publication = { text: string; phrases: number; skeletons: number; signature?: string; publicKey?: PublicKeyJwk; fingerprint?: string };

/** The file's text (and its signature with the unit's key when `sign`). */
export async function publish(db: JukuDatabase, choice: PublishChoice, sign: boolean): Promise<Publication> {
  const [phrases, skeletons] = await Promise.all([allPhrases(db), db.skeletons.toArray()]);
  const bank = publishedBank(phrases, skeletons, choice);
  const text = JSON.stringify(bank, null, 1);
  const result: Publication = { text, phrases: bank.phrases.length, skeletons: bank.skeletons.length };
  if (!sign) return result;
  const keys = await publisherKeys(db);
  return { ...result, signature: await signBytes(new TextEncoder().encode(text), keys.privateKey), publicKey: keys.publicKey, fingerprint: await keyFingerprint(keys.publicKey) };
}
