// The bank's only home: the extension's own IndexedDB, opened from extension pages and the
// background, never from a content script (there it would belong to the web page).
import Dexie, { type EntityTable } from 'dexie';
import type { Phrase, Skeleton } from './schema';

export type UsageRecord = {
  phraseId: string;
  count: number;
  lastUsed: number;
  charsSaved: number;
};

export type SettingRecord = { key: string; value: unknown };

export const DB_NAME = 'juku';

export class JukuDatabase extends Dexie {
  phrases!: EntityTable<Phrase, 'id'>;
  skeletons!: EntityTable<Skeleton, 'id'>;
  usage!: EntityTable<UsageRecord, 'phraseId'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1. Later versions add a new this.version(n) block with an upgrade(); never
    // edit this one, or existing users' banks would not open.
    this.version(1).stores({
      phrases: 'id, role, *tags, kind, docCount',
      skeletons: 'id, docType',
      usage: 'phraseId, lastUsed',
      settings: 'key',
    });
  }
}
