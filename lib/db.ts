// The bank's only home: the extension's own IndexedDB, opened from extension pages and the
// background, never from a content script (there it would belong to the web page).
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Phrase, Skeleton } from './schema';
import { bucketRecordsOf, PHRASE_COUNT_KEY } from './bank/phrase-store';
import { DB_NAME } from './bank/storage-names';

/** Where a stored phrase came from: 「恢复默认句库」 must restore only the default ones;
 * `team` rows come from a subscribed bank (#16) and are read-only. */
export type PhraseOrigin = 'default' | 'user' | 'team';

export type StoredPhrase = Phrase & {
  origin: PhraseOrigin;
  /** The subscription a `team` row came from. */
  team?: string;
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

/** A share of the bank's phrases (lib/bank/phrase-store.ts says why phrases are bucketed). */
export type PhraseBucketRecord = { id: number; phrases: StoredPhrase[] };

export type SettingRecord = { key: string; value: unknown };

/** A ready-built copy of the engine's input, so a waking service worker reads one record. */
export type SnapshotRecord = { key: string; bankVersion: number; data: unknown };

/** What a backup holds apart from its data, so listing backups reads no phrases. */
export type BackupRecord = {
  id?: number;
  createdAt: number;
  /** Why it was made: 「替换导入前」, 「批量删除前」, 「手动备份」 … */
  reason: string;
  phraseCount: number;
  skeletonCount: number;
};

export type BackupDataRecord = { id: number; phrases: StoredPhrase[]; skeletons: Skeleton[] };

/** Characters saved on one local day (YYYY-MM-DD), for 「本周节省」. */
export type SavedDayRecord = { day: string; chars: number };

/**
 * When a row the writer owns was last written or deleted, where the row cannot say it
 * itself (#16, personal sync): `p:<id>` for a deleted phrase (a tombstone; a live phrase
 * carries its own updatedAt), `s:<id>` for an outline saved or deleted.
 */
export type RowTimeRecord = { key: string; at: number; deleted: boolean };

export { DB_NAME };

export class JukuDatabase extends Dexie {
  phraseBuckets!: EntityTable<PhraseBucketRecord, 'id'>;
  skeletons!: EntityTable<Skeleton, 'id'>;
  usage!: EntityTable<UsageRecord, 'phraseId'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  snapshots!: EntityTable<SnapshotRecord, 'key'>;
  backups!: EntityTable<BackupRecord, 'id'>;
  backupData!: EntityTable<BackupDataRecord, 'id'>;
  savedDays!: EntityTable<SavedDayRecord, 'day'>;
  rowTimes!: EntityTable<RowTimeRecord, 'key'>;

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
    // Version 3 (issue 6): automatic backups (metadata apart from the data) and the
    // characters saved per day. New tables only: nothing to upgrade.
    this.version(3).stores({
      backups: '++id, createdAt',
      backupData: 'id',
      savedDays: 'day',
    });
    // Version 4: phrases keep only the indexes something queries (origin: 「恢复默认句库」).
    // Search and filters run in memory; every index, the multi-entry tags most of all, made
    // each import, replace and restore write many times over (60,000 phrases: 15 s).
    this.version(4).stores({
      phrases: 'id, origin',
    });
    // Version 5: phrases move into 256 bucket records (a 100,000-phrase replace wrote one
    // record per phrase for 16 s). The old table is read once and then dropped.
    this.version(5)
      .stores({
        phrases: null,
        phraseBuckets: 'id',
      })
      .upgrade(upgradeToVersion5);
    // Version 6 (#16): the write and delete times of rows personal sync merges by. A new
    // table only: rows written before it have no time and are dated when first synced.
    this.version(6).stores({
      rowTimes: 'key, at',
    });
  }
}

/** Moves every phrase into its bucket, with the count kept beside them. */
export async function upgradeToVersion5(tx: Transaction): Promise<void> {
  const phrases = (await tx.table('phrases').toArray()) as StoredPhrase[];
  await tx.table('phraseBuckets').bulkPut(bucketRecordsOf(phrases));
  await tx.table('settings').put({ key: PHRASE_COUNT_KEY, value: phrases.length });
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
