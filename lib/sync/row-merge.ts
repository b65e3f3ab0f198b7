// Personal sync's merge (#16): the writer's own rows from two computers, row by row.
// The rule: each row (a phrase, an outline) carries the time it was last written or deleted
// and the device that did it; of two versions of a row the later time wins, and on equal
// times the greater device id (so every computer picks the same one). A deletion is a row
// too (a tombstone) and wins or loses by the same rule, so a deleted row does not come back
// from a computer that had not heard of the deletion, and an edit made after a deletion
// brings the row back. Tombstones are kept 90 days: a computer that has not synced for
// longer may bring back what was deleted meanwhile, never lose an edit.
// Nothing is dropped unseen: where both computers changed the same row since they last
// agreed, the loser is reported as a conflict (the writer sees both wordings).
// Pure: no database, no network; the sync run (personal-sync.ts) feeds it.
import type { Skeleton } from '../schema';
import type { StoredPhrase } from '../db';

/** A phrase as synced: the stored row without a subscription's mark (those never sync). */
export type SyncPhrase = Omit<StoredPhrase, 'team' | 'origin'> & { origin: 'user' | 'default' };

export type RowValue = { phrase: SyncPhrase } | { skeleton: Skeleton };

export type SyncRow = {
  /** `p:<phrase id>` or `s:<outline id>` */
  key: string;
  /** ms since epoch of the write or deletion. */
  at: number;
  device: string;
} & ({ deleted: true } | ({ deleted?: false } & RowValue));

/** What both sides agreed on after the last sync: the stamp and a hash of each row's value. */
export type BaseEntry = { at: number; device: string; hash: string };

export const TOMBSTONE_DAYS = 90;
export const TOMBSTONE_MS = TOMBSTONE_DAYS * 24 * 60 * 60 * 1000;

/** Whether `a` wins over `b`: later time, then greater device id. */
export const wins = (a: Pick<SyncRow, 'at' | 'device'>, b: Pick<SyncRow, 'at' | 'device'>): boolean => a.at > b.at || (a.at === b.at && a.device > b.device);

/** Two 32-bit FNV-1a passes over the JSON (16 hex digits): cheap enough for 100,000 rows. */
function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** JSON with keys in order, so the same value always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A hash of what a row says (not when): a phrase's updatedAt is its stamp, not its content. */
export function rowHash(row: SyncRow): string {
  if (row.deleted) return 'deleted';
  if ('phrase' in row) {
    const { updatedAt: _updatedAt, ...content } = row.phrase;
    return hashText(stableJson(content));
  }
  return hashText(stableJson(row.skeleton));
}

export type Conflict = { key: string; kept: SyncRow; lost: SyncRow };

export type MergeResult = {
  rows: Map<string, SyncRow>;
  conflicts: Conflict[];
};

/**
 * Merges two sides' rows by the rule above; `base` tells which rows each side changed since
 * they last agreed (for the conflict report only: the winner is the same without it).
 * Tombstones older than TOMBSTONE_DAYS before `now` are dropped from the result.
 */
export function mergeRows(local: ReadonlyMap<string, SyncRow>, remote: ReadonlyMap<string, SyncRow>, base: ReadonlyMap<string, BaseEntry>, now: number): MergeResult {
  const rows = new Map<string, SyncRow>();
  const conflicts: Conflict[] = [];
  const changedSinceBase = (row: SyncRow) => {
    const agreed = base.get(row.key);
    return !agreed || agreed.hash !== rowHash(row);
  };
  for (const key of new Set([...local.keys(), ...remote.keys()])) {
    const mine = local.get(key);
    const theirs = remote.get(key);
    let kept: SyncRow;
    if (!mine || !theirs) kept = (mine ?? theirs)!;
    else {
      kept = wins(theirs, mine) ? theirs : mine;
      const lost = kept === mine ? theirs : mine;
      if (rowHash(mine) !== rowHash(theirs) && changedSinceBase(mine) && changedSinceBase(theirs)) conflicts.push({ key, kept, lost });
    }
    if (kept.deleted && now - kept.at > TOMBSTONE_MS) continue;
    rows.set(key, kept);
  }
  return { rows, conflicts };
}

export const phraseKey = (id: string) => `p:${id}`;
export const skeletonKey = (id: string) => `s:${id}`;

/** The phrases personal sync carries: the writer's own, and default ones they changed
 * (a favourite, a tag); never a subscription's, and not the default bank as shipped, which
 * every computer has already. */
export const syncsPhrase = (p: StoredPhrase): boolean => p.origin === 'user' || (p.origin === 'default' && p.updatedAt > 0);
export const syncsSkeleton = (s: Skeleton): boolean => !s.id.startsWith('team:');

/**
 * This computer's rows as sync sees them: each live row stamped with its recorded write
 * time when that is newer than what was last agreed (else with `now`: the row changed by a
 * path that records no time, an import, an undo, a restore); each row agreed before and
 * gone now a tombstone, dated by its recorded deletion or `now`; agreed tombstones kept; and
 * a tombstone for every deletion recorded here (db.rowTimes).
 */
export function localRows(input: {
  phrases: readonly StoredPhrase[];
  skeletons: readonly Skeleton[];
  /** Recorded times (db.rowTimes): tombstones of phrases, writes and deletions of outlines. */
  times: ReadonlyMap<string, { at: number; deleted: boolean }>;
  base: ReadonlyMap<string, BaseEntry>;
  device: string;
  now: number;
}): Map<string, SyncRow> {
  const { base, device, now, times } = input;
  const rows = new Map<string, SyncRow>();
  const stamp = (key: string, value: RowValue | null, recorded: number | undefined): SyncRow => {
    const draft = (value ? { key, at: 0, device, ...value } : { key, at: 0, device, deleted: true }) as SyncRow;
    const agreed = base.get(key);
    if (agreed && agreed.hash === rowHash(draft)) return { ...draft, at: agreed.at, device: agreed.device } as SyncRow;
    const at = recorded !== undefined && recorded > (agreed?.at ?? -1) ? recorded : agreed ? Math.max(now, agreed.at + 1) : (recorded ?? now);
    return { ...draft, at } as SyncRow;
  };
  for (const p of input.phrases) {
    if (!syncsPhrase(p)) continue;
    const { team: _team, origin, ...rest } = p;
    const key = phraseKey(p.id);
    rows.set(key, stamp(key, { phrase: { ...rest, origin: origin as 'user' | 'default' } }, p.updatedAt));
  }
  for (const s of input.skeletons) {
    const key = skeletonKey(s.id);
    const recorded = times.get(key);
    // Outlines the writer saved or deleted here, or agreed on before; not the shipped ones
    // every computer has already.
    if (!syncsSkeleton(s) || (!recorded && !base.has(key))) continue;
    rows.set(key, stamp(key, { skeleton: s }, recorded && !recorded.deleted ? recorded.at : undefined));
  }
  for (const key of base.keys()) {
    if (rows.has(key)) continue;
    const recorded = times.get(key);
    rows.set(key, stamp(key, null, recorded?.deleted ? recorded.at : undefined));
  }
  // Recorded deletions of rows never agreed on (a default phrase, untouched until deleted),
  // unless the row is back (an undo): a live row is never sent as deleted.
  const live = new Set([...input.phrases.map((p) => phraseKey(p.id)), ...input.skeletons.map((s) => skeletonKey(s.id))]);
  for (const [key, recorded] of times) {
    if (recorded.deleted && !rows.has(key) && !live.has(key)) rows.set(key, stamp(key, null, recorded.at));
  }
  return rows;
}

export const baseOf = (rows: ReadonlyMap<string, SyncRow>): Map<string, BaseEntry> => new Map([...rows].map(([key, row]) => [key, { at: row.at, device: row.device, hash: rowHash(row) }]));
