// Personal sync (#16): the writer's own bank on two computers kept in step through one file
// on their WebDAV share (`juku-sync.json` in the folder they name). One run: read the file
// (conditional: a run that finds nothing new on either side is one request and no write),
// merge row by row (row-merge.ts states the rule), apply the result here in one transaction,
// and upload it with If-Match, so a computer that uploaded in between is never overwritten:
// on 412 the run reads again, merges again and retries. The file is refused whole when it is
// malformed or too large: nothing here or on the server changes then.
import { z } from 'zod';
import type { JukuDatabase, StoredPhrase } from '../db';
import { PhraseSchema, SkeletonSchema, type Skeleton } from '../schema';
import { BankInputError, MAX_FILE_BYTES, type Bilingual } from '../bank/limits';
import { allPhrases, getPhrases, writePhrases } from '../bank/phrase-store';
import { writeBank } from '../bank/transaction';
import { readBankVersion } from '../background/bank-version';
import { checkServerAddress } from './address';
import { fetchBankFile, type FetchOptions, type Validators } from './fetch-bank';
import { baseOf, localRows, mergeRows, rowHash, TOMBSTONE_MS, type BaseEntry, type Conflict, type SyncRow } from './row-merge';
import { authHeaders, ensureFolder, folderUrl, SYNC_FILE_NAME, uploadFile, validatorsAfterUpload, WebDavError, type Account, type UploadCondition } from './webdav';

export type PersonalSyncState = {
  /** The WebDAV folder (ends in /). */
  folder: string;
  /** What the last read of the sync file left to send back. */
  validators: Validators;
  /** The merged rows are applied here but not yet uploaded (the upload failed). */
  dirty: boolean;
  lastSyncAt?: number;
  failingSince?: number;
  lastError?: Bilingual;
  lastResult?: SyncSummary;
  /** The bank version (bank-version.ts) the last sync left this computer at: while it holds,
   * nothing here changed, and a run whose file is unchanged too reads no rows at all. */
  syncedVersion?: number;
};

export type SyncSummary = {
  /** Rows this computer took from the file (written or deleted here). */
  received: number;
  /** Rows this computer had that the file lacked or had older. */
  sent: number;
  uploaded: boolean;
  /** Rows both computers changed since they last agreed: the later change was kept. */
  conflicts: Array<{ kept: string; lost: string }>;
};

export type SyncOutcome = { kind: 'synced'; summary: SyncSummary } | { kind: 'failed'; message: Bilingual; since: number };

const STATE_KEY = 'personalSync';
const BASE_KEY = 'personalSyncBase';
const DEVICE_KEY = 'deviceId';
const MAX_ROUNDS = 5;

export async function getPersonalSync(db: JukuDatabase): Promise<PersonalSyncState | undefined> {
  return (await db.settings.get(STATE_KEY))?.value as PersonalSyncState | undefined;
}

const saveState = (db: JukuDatabase, state: PersonalSyncState) => db.settings.put({ key: STATE_KEY, value: state });

/** This computer's id in the sync file: random, made once, kept. */
export async function deviceId(db: JukuDatabase): Promise<string> {
  const kept = (await db.settings.get(DEVICE_KEY))?.value;
  if (typeof kept === 'string') return kept;
  const made = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
  await db.settings.put({ key: DEVICE_KEY, value: made });
  return made;
}

/** Checks a sync folder address (a folder: ends in /). */
export const checkSyncFolder = (text: string): URL =>
  folderUrl(checkServerAddress(text, { zh: '同步只支持 http:// 或 https:// 的 WebDAV 地址', en: 'Sync needs an http:// or https:// WebDAV address' }).href);

/** Starts (or moves) sync to a folder: what was agreed with another folder is forgotten. */
export async function setUpPersonalSync(db: JukuDatabase, folder: URL): Promise<PersonalSyncState> {
  const state: PersonalSyncState = { folder: folder.href, validators: {}, dirty: false };
  await db.transaction('rw', db.settings, async () => {
    await saveState(db, state);
    await db.settings.delete(BASE_KEY);
  });
  await deviceId(db);
  return state;
}

export async function stopPersonalSync(db: JukuDatabase): Promise<void> {
  await db.settings.bulkDelete([STATE_KEY, BASE_KEY]);
}

// The sync file: every field checked, a row's key matching its value.
const SyncPhraseSchema = PhraseSchema.extend({ origin: z.enum(['user', 'default']), favorite: z.boolean(), updatedAt: z.number().int().min(0) });
const stamp = { key: z.string().min(3).max(80), at: z.number().int().min(0), device: z.string().min(1).max(32) };
const SyncRowSchema = z.union([
  z.object({ ...stamp, deleted: z.literal(true) }),
  z.object({ ...stamp, deleted: z.literal(false).optional(), phrase: SyncPhraseSchema }),
  z.object({ ...stamp, deleted: z.literal(false).optional(), skeleton: SkeletonSchema }),
]);
const SyncFileSchema = z.object({ format: z.literal('juku-sync'), formatVersion: z.literal(1), rows: z.array(SyncRowSchema).max(600_000) });

const refused = (zh: string, en: string) => new BankInputError({ zh: `同步文件有误，未同步：${zh}`, en: `The sync file is malformed; nothing was synced: ${en}` });

/** Reads the sync file's bytes, or throws a BankInputError naming the problem. */
export function parseSyncFile(bytes: Uint8Array): Map<string, SyncRow> {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw refused(`不是有效的 JSON（${error instanceof Error ? error.message : ''}）`, `not valid JSON (${error instanceof Error ? error.message : ''})`);
  }
  let parsed;
  try {
    parsed = SyncFileSchema.safeParse(raw);
  } catch {
    throw refused('结构过深', 'nested too deep'); // a hostile nesting overflowing the stack
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw refused(`${where} 不符合格式`, `${where} does not match the format`);
  }
  const rows = new Map<string, SyncRow>();
  for (const [i, row] of parsed.data.rows.entries()) {
    const expected = 'phrase' in row ? `p:${row.phrase.id}` : 'skeleton' in row ? `s:${row.skeleton.id}` : null;
    if ((expected !== null && row.key !== expected) || !/^[ps]:/.test(row.key) || row.key.startsWith('s:team:')) throw refused(`第 ${i + 1} 行的编号与内容不符`, `row ${i + 1}'s key does not match its content`);
    if (rows.has(row.key)) throw refused(`第 ${i + 1} 行重复`, `row ${i + 1} is a duplicate`);
    rows.set(row.key, row as SyncRow);
  }
  return rows;
}

export const syncFileText = (rows: ReadonlyMap<string, SyncRow>): string =>
  JSON.stringify({ format: 'juku-sync', formatVersion: 1, rows: [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) });

async function readBase(db: JukuDatabase): Promise<Map<string, BaseEntry>> {
  return new Map(((await db.settings.get(BASE_KEY))?.value as Array<[string, BaseEntry]> | undefined) ?? []);
}

/** This computer's rows now, against what was agreed, and the bank version they are of. */
async function collect(db: JukuDatabase, base: ReadonlyMap<string, BaseEntry>, device: string, now: number) {
  return db.transaction('r', [db.phraseBuckets, db.skeletons, db.rowTimes, db.settings], async () => {
    const [phrases, skeletons, times, version] = await Promise.all([allPhrases(db), db.skeletons.toArray(), db.rowTimes.toArray(), readBankVersion(db)]);
    return { rows: localRows({ phrases, skeletons, times: new Map(times.map((t) => [t.key, t])), base, device, now }), version };
  });
}

class ChangedMeanwhile extends Error {}

/** What making this computer's rows `merged` takes. */
function planHere(local: ReadonlyMap<string, SyncRow>, merged: ReadonlyMap<string, SyncRow>) {
  const putPhrases: StoredPhrase[] = [];
  const removePhrases: string[] = [];
  const putSkeletons: Skeleton[] = [];
  const removeSkeletons: string[] = [];
  // Deletions of rows sync does not carry here (a default phrase never touched on this
  // computer): removed when present, a subscription's row never.
  const outside = [...merged.values()].filter((row) => row.deleted && !local.has(row.key) && row.key.startsWith('p:')).map((row) => row.key.slice(2));
  for (const [key, row] of merged) {
    const here = local.get(key);
    if (!here && row.deleted) continue;
    if ((here ? rowHash(here) : 'deleted') === rowHash(row)) continue;
    const id = key.slice(2);
    if (row.deleted) (key.startsWith('p:') ? removePhrases : removeSkeletons).push(id);
    else if ('phrase' in row) putPhrases.push({ ...row.phrase, updatedAt: row.at });
    else putSkeletons.push(row.skeleton);
  }
  return { putPhrases, removePhrases, putSkeletons, removeSkeletons, outside };
}

/**
 * Makes this computer's rows `merged` in one transaction, unless the writer changed one of
 * them since `local` was read (then the run starts again). Returns how many rows changed and
 * the bank version after; with nothing to change, the bank is not written (its version and
 * the engine's snapshot stay).
 */
async function applyHere(db: JukuDatabase, local: { rows: ReadonlyMap<string, SyncRow>; version: number }, merged: ReadonlyMap<string, SyncRow>, base: ReadonlyMap<string, BaseEntry>, device: string, now: number): Promise<{ changed: number; version: number }> {
  const plan = planHere(local.rows, merged);
  const outsideHere = (await getPhrases(db, plan.outside)).filter((p) => p && p.origin !== 'team').length;
  const agreed = [...baseOf(merged)];
  if (plan.putPhrases.length + plan.removePhrases.length + plan.putSkeletons.length + plan.removeSkeletons.length + outsideHere === 0) {
    await db.settings.put({ key: BASE_KEY, value: agreed });
    return { changed: 0, version: local.version };
  }
  return writeBank(db, async () => {
    const current = await collect(db, base, device, now);
    for (const [key, row] of local.rows) if (rowHash(current.rows.get(key) ?? { key, at: 0, device, deleted: true }) !== rowHash(row)) throw new ChangedMeanwhile();
    for (const key of current.rows.keys()) if (!local.rows.has(key)) throw new ChangedMeanwhile();
    const removePhrases = [...plan.removePhrases];
    for (const found of await getPhrases(db, plan.outside)) if (found && found.origin !== 'team') removePhrases.push(found.id);
    await writePhrases(db, { put: plan.putPhrases, remove: removePhrases });
    await db.skeletons.bulkDelete(plan.removeSkeletons);
    await db.skeletons.bulkPut(plan.putSkeletons);
    await db.rowTimes.bulkPut(plan.putSkeletons.map((s) => ({ key: `s:${s.id}`, at: merged.get(`s:${s.id}`)!.at, deleted: false })));
    // Recorded times older than any tombstone kept: no longer needed.
    await db.rowTimes.where('at').below(now - TOMBSTONE_MS).delete();
    await db.settings.put({ key: BASE_KEY, value: agreed });
    // writeBank raises the version by one after this body.
    return { changed: plan.putPhrases.length + removePhrases.length + plan.putSkeletons.length + plan.removeSkeletons.length, version: current.version + 1 };
  });
}

const sameRow = (a: SyncRow | undefined, b: SyncRow) => !!a && a.at === b.at && a.device === b.device && rowHash(a) === rowHash(b);
const sameAsAgreed = (a: BaseEntry | undefined, b: SyncRow) => !!a && a.at === b.at && a.device === b.device && a.hash === rowHash(b);

const textOf = (row: SyncRow): string => (row.deleted ? '（已删除）' : 'phrase' in row ? row.phrase.text : row.skeleton.title);

export type SyncOptions = FetchOptions & { account?: Account; now?: number };

/** One sync run; the state is saved either way, a failure says since when. */
export async function syncPersonalBank(db: JukuDatabase, options: SyncOptions = {}): Promise<SyncOutcome> {
  const state = await getPersonalSync(db);
  if (!state) throw new BankInputError({ zh: '还没有设置同步', en: 'Sync is not set up' });
  const now = options.now ?? Date.now();
  const device = await deviceId(db);
  const fileUrl = new URL(SYNC_FILE_NAME, state.folder).href;
  const dav = { fetch: options.fetch, timeoutMs: options.timeoutMs, account: options.account };
  const headers = { ...options.headers, ...authHeaders(options.account) };
  let current = state;
  const fail = async (message: Bilingual): Promise<SyncOutcome> => {
    const since = current.failingSince ?? now;
    await saveState(db, { ...current, failingSince: since, lastError: message });
    return { kind: 'failed', message, since };
  };
  const summary: SyncSummary = { received: 0, sent: 0, uploaded: false, conflicts: [] };
  const fetchFile = () => fetchBankFile(fileUrl, current.validators, { ...options, headers, maxBytes: options.maxBytes ?? MAX_FILE_BYTES });
  try {
    // Nothing changed here since the last sync (same bank version) and nothing there (304):
    // one request, no rows read.
    let prefetched: Awaited<ReturnType<typeof fetchFile>> | null = null;
    if (!current.dirty && current.syncedVersion === (await readBankVersion(db)) && (current.validators.etag || current.validators.lastModified)) {
      prefetched = await fetchFile();
      if (prefetched.kind === 'unchanged') {
        current = { ...current, lastSyncAt: now, failingSince: undefined, lastError: undefined, lastResult: summary };
        await saveState(db, current);
        return { kind: 'synced', summary };
      }
    }
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const base = await readBase(db);
      const collected = await collect(db, base, device, now);
      const local = collected.rows;
      const outcome = prefetched ?? (await fetchFile());
      prefetched = null;
      let merged: Map<string, SyncRow>;
      let condition: UploadCondition;
      let remote: ReadonlyMap<string, SyncRow> | null = null;
      let validators = current.validators;
      if (outcome.kind === 'failed') {
        if (outcome.status !== 404) return await fail(outcome.message);
        // The folder may not exist yet either (a PUT into a missing folder is a 409).
        await ensureFolder(new URL(state.folder), dav);
        // No file yet: this computer's rows start it.
        merged = new Map(local);
        condition = 'absent';
        validators = {};
      } else if (outcome.kind === 'unchanged') {
        // The file is what was agreed last time, which this computer's rows already hold.
        merged = new Map(local);
        condition = current.validators;
      } else {
        remote = parseSyncFile(outcome.bytes);
        const result = mergeRows(local, remote, base, now);
        merged = result.rows;
        summary.conflicts = result.conflicts.map((c: Conflict) => ({ kept: textOf(c.kept), lost: textOf(c.lost) }));
        condition = outcome.validators;
        validators = outcome.validators;
      }
      const applied = await applyHere(db, collected, merged, base, device, now).catch((error: unknown) => {
        if (error instanceof ChangedMeanwhile) return null;
        throw error;
      });
      if (applied === null) continue;
      summary.received += applied.changed;
      // Rows the file lacks or has otherwise: against the file read, or against what was
      // agreed when the file is unchanged since.
      const sent = [...merged].filter(([key, row]) => (remote ? !sameRow(remote.get(key), row) : !sameAsAgreed(base.get(key), row))).length;
      const mustUpload = current.dirty || condition === 'absent' || sent > 0 || (remote !== null && [...remote.keys()].some((key) => !merged.has(key)));
      current = { ...current, validators, dirty: mustUpload, syncedVersion: applied.version };
      await saveState(db, current);
      if (!mustUpload) break;
      const bytes = new TextEncoder().encode(syncFileText(merged));
      const upload = await uploadFile(fileUrl, bytes, condition, dav);
      if (upload.kind === 'conflict') {
        // Another computer uploaded since this one read: read, merge and try again.
        current = { ...current, validators: {} };
        continue;
      }
      summary.sent += sent;
      summary.uploaded = true;
      current = { ...current, dirty: false, validators: await validatorsAfterUpload(fileUrl, bytes, upload.etag, { ...options, headers }) };
      await saveState(db, current);
      break;
    }
  } catch (error) {
    if (error instanceof BankInputError) return fail({ zh: error.message, en: error.en });
    if (error instanceof WebDavError) return fail(error.text);
    throw error;
  }
  if (current.dirty) return fail({ zh: '服务器上的同步文件一直在变，请稍后再同步', en: 'The sync file kept changing on the server; sync again later' });
  current = { ...current, lastSyncAt: now, failingSince: undefined, lastError: undefined, lastResult: summary };
  await saveState(db, current);
  return { kind: 'synced', summary };
}
