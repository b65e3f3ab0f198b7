// The engine, stored. A waking service worker reads this one value and is ready without
// sorting, segmenting or indexing anything: columns of long strings and typed arrays,
// which IndexedDB reads and clones as a handful of values instead of one object per
// phrase, and which are already in the sorted order the prefix table needs.
import { ROLES, type Role } from '../roles';
import type { IndexEntry } from './types';
import type { PackedWordEnds } from './word-ends';
import type { PackedClauseLinks } from './clause-link-index';

export const SNAPSHOT_FORMAT = 4;

export type EngineSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  /** Per entry, in sorted key order: ids, texts and normalized texts joined by SEPARATOR. */
  ids: string;
  texts: string;
  keys: string;
  roles: Uint8Array;
  docCounts: Uint32Array;
  favorites: Uint8Array;
  /** A map of string → list of numbers: keys joined, list lengths, the lists one after another. */
  hot: PackedLists;
  /** Per role index (ROLES order). */
  hotByRole: PackedLists[];
  inner: PackedLists;
  pairs: PackedLists;
  /** Clause links (clause-link-index.ts), entries as positions in sorted key order. */
  links: PackedClauseLinks;
  /** Where each entry's words end (entries in sorted key order, like the columns above). */
  words: PackedWordEnds;
};

export type PackedLists = { keys: string; lengths: Uint32Array; values: Int32Array };

/** No id, phrase text or key contains it (the schema refuses control characters). */
const SEPARATOR = '\u0000';

export function packLists(map: ReadonlyMap<string, ArrayLike<number>>): PackedLists {
  const keys: string[] = [];
  const lengths = new Uint32Array(map.size);
  let total = 0;
  for (const list of map.values()) total += list.length;
  const values = new Int32Array(total);
  let i = 0;
  let at = 0;
  for (const [key, list] of map) {
    keys.push(key);
    lengths[i++] = list.length;
    values.set(Array.from(list), at);
    at += list.length;
  }
  return { keys: keys.join(SEPARATOR), lengths, values };
}

export function unpackLists(packed: PackedLists): Map<string, Int32Array> {
  const map = new Map<string, Int32Array>();
  if (packed.lengths.length === 0) return map;
  const keys = packed.keys.split(SEPARATOR);
  let at = 0;
  keys.forEach((key, i) => {
    const length = packed.lengths[i]!;
    map.set(key, packed.values.subarray(at, at + length));
    at += length;
  });
  return map;
}

export function packEntries(entries: readonly IndexEntry[], keys: readonly string[]) {
  return {
    ids: entries.map((e) => e.id).join(SEPARATOR),
    texts: entries.map((e) => e.text).join(SEPARATOR),
    keys: keys.join(SEPARATOR),
    roles: Uint8Array.from(entries, (e) => ROLES.indexOf(e.role)),
    docCounts: Uint32Array.from(entries, (e) => e.docCount),
    favorites: Uint8Array.from(entries, (e) => (e.favorite ? 1 : 0)),
  };
}

export function unpackEntries(snapshot: EngineSnapshot): { entries: IndexEntry[]; keys: string[] } {
  if (snapshot.roles.length === 0) return { entries: [], keys: [] };
  const ids = snapshot.ids.split(SEPARATOR);
  const texts = snapshot.texts.split(SEPARATOR);
  const entries = ids.map(
    (id, i): IndexEntry => ({
      id,
      kind: 'phrase',
      text: texts[i]!,
      role: (ROLES[snapshot.roles[i]!] ?? 'general') as Role,
      docCount: snapshot.docCounts[i]!,
      favorite: snapshot.favorites[i] === 1,
    }),
  );
  return { entries, keys: snapshot.keys.split(SEPARATOR) };
}

export function isEngineSnapshot(value: unknown): value is EngineSnapshot {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SNAPSHOT_FORMAT;
}
