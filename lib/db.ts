// The bank's only home: the extension's own IndexedDB, opened from extension pages and the
// background, never from a content script (there it would belong to the web page).
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Phrase, Skeleton } from './schema';

/** Where a stored phrase came from: 「恢复默认句库」 must restore only the default ones. */
export type PhraseOrigin = 'default' | 'user';

export type StoredPhrase = Phrase & {
  origin: PhraseOrigin;
  favorite: boolean;
  /** ms since epoch of the last write; 0 for the default bank as shipped. */
  updatedAt: number;
};

export type UsageRecord = {
  phraseId: string;
  count: number;
  lastUsed: number;
  charsSaved: number;
};

export type SettingRecord = { key: string; value: unknown };

/** A ready-built copy of the engine's input, so a waking service worker reads one record. */
export type SnapshotRecord = { key: string; bankVersion: number; data: unknown };

export const DB_NAME = 'juku';

export class JukuDatabase extends Dexie {
  phrases!: EntityTable<StoredPhrase, 'id'>;
  skeletons!: EntityTable<Skeleton, 'id'>;
  usage!: EntityTable<UsageRecord, 'phraseId'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  snapshots!: EntityTable<SnapshotRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Each version is kept as written: a user's database is opened at whatever version it
    // has and upgraded step by step. Change the schema only by adding a version.
    this.version(1).stores({
      phrases: 'id, role, *tags, kind, docCount',
      skeletons: 'id, docType',
      usage: 'phraseId, lastUsed',
      settings: 'key',
    });
    this.version(2)
      .stores({
        phrases: 'id, role, *tags, kind, docCount, origin, updatedAt',
        snapshots: 'key',
      })
      .upgrade(upgradeToVersion2);
  }
}

/** Version 1 held only the default bank: mark those phrases as such, none a favorite. */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table('phrases')
    .toCollection()
    .modify((phrase: Partial<StoredPhrase>) => {
      phrase.origin ??= 'default';
      phrase.favorite ??= false;
      phrase.updatedAt ??= 0;
    });
}
