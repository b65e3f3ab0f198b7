// The engine's whole state as a few long strings and typed arrays: the engine is built
// into this form and queries it as it is. A waking service worker reads it from IndexedDB
// as one value (a handful of flat strings and buffers, no object per phrase) and answers
// at once: nothing is split, sorted, indexed or made into objects phrase by phrase.
// Entries are in sorted key order, so an entry's number is its key's place in the sorted
// column and the prefix search needs no table of its own.
import { ROLES } from '../roles';
import { matchNormalize } from '../text/match-normalize';
import type { IndexEntry } from './types';
import { WordEnds, type PackedWordEnds } from './word-ends';
import { ClauseLinkIndex, type PackedClauseLinks } from './clause-link-index';
import { InnerIndex } from './inner-index';
import { PairIndex } from './pair-index';
import { headsOf, StartIndex } from './start-index';
import { extensionCounts, sortedOrder } from './prefix-table';
import { priorScore, refsByPrior } from './prior';
import { PackedLists, type PackedListsData } from './packed-lists';
import { StringColumn } from './string-column';
import { lowerBound } from './lower-bound';
import { runSteps } from './steps';

/** Raised whenever the stored shape changes: an older snapshot is then rebuilt, never read. */
export const SNAPSHOT_FORMAT = 5;

export type EngineSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  /** Per entry, in sorted key order. */
  ids: { joined: string; starts: Uint32Array };
  /** Entry numbers in id order, so an id is found by binary search. */
  idOrder: Uint32Array;
  /** Normalized texts, joined: key i is keys[starts[i], starts[i + 1]). */
  keys: string;
  starts: Uint32Array;
  /** The texts as the keys with these code units put back (matchNormalize keeps lengths and
   * changes few characters, so a second joined column of texts would double the read). */
  textPatches: TextPatches;
  roles: Uint8Array;
  docCounts: Uint32Array;
  /** Per entry: FAVORITE and SKELETON bits. */
  flags: Uint8Array;
  /** How many other keys each key opens (a prior signal, see prior.ts). */
  extensions: Uint32Array;
  heads2: Uint32Array;
  heads3: Float64Array;
  hot: PackedListsData;
  /** Per role index (ROLES order). */
  hotByRole: PackedListsData[];
  inner: PackedListsData;
  pairs: PackedListsData;
  links: PackedClauseLinks;
  words: PackedWordEnds;
};

export const FAVORITE = 1;
export const SKELETON = 2;

/** Builds the engine's state from bank entries (with their tokens): the slow path, run when the bank changed. */
export function buildSnapshot(entries: readonly IndexEntry[]): EngineSnapshot {
  return runSteps(snapshotSteps(entries));
}

/**
 * The same, with `pause()` awaited between its steps (steps.ts), so a background rebuild lets the keystrokes that come meanwhile be
 * answered between them.
 */
export async function buildSnapshotPaced(entries: readonly IndexEntry[], pause: () => Promise<void>): Promise<EngineSnapshot> {
  const steps = snapshotSteps(entries);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** buildSnapshot's work, in steps: it yields between them. */
function* snapshotSteps(entries: readonly IndexEntry[]): Generator<void, EngineSnapshot> {
  const n = entries.length;
  const keys = entries.map((e) => matchNormalize(e.text));
  const order = sortedOrder(keys) ?? Uint32Array.from(keys, (_, i) => i);
  yield;
  const sortedKeys = Array.from(order, (ref) => keys[ref]!);
  const position = new Int32Array(n);
  order.forEach((ref, i) => (position[ref] = i));
  const extensions = extensionCounts(sortedKeys, order);
  yield;
  const priors = Float64Array.from(entries, (entry, ref) => priorScore(entry, extensions[ref]));
  // The lists are worked out over the entries as given (ties between equal priors go to
  // the earlier entry), then renumbered to sorted order.
  const byPrior = refsByPrior(entries, priors);
  const roles = Uint8Array.from(entries, (e) => ROLES.indexOf(e.role));
  yield;
  const toPosition = (ref: number) => position[ref]!;
  // Posting lists hold (entry, offset) pairs: only the entries are renumbered.
  const toPositionPairwise = (value: number, i: number) => (i % 2 === 0 ? position[value]! : value);
  const [hot, hotByRole] = yield* StartIndex.hotListsSteps(keys, sortedKeys, byPrior, roles);
  yield;
  const packedHot = PackedLists.pack(hot, toPosition).data;
  const packedHotByRole = Array.from({ length: ROLES.length }, (_, role) => PackedLists.pack(hotByRole[role] ?? new Map(), toPosition).data);
  yield;
  const innerPostings = yield* InnerIndex.postingsSteps(entries, keys, byPrior);
  yield;
  const inner = PackedLists.pack(innerPostings, toPositionPairwise).data;
  yield;
  const pairPostings = yield* PairIndex.postingsSteps(keys, byPrior);
  yield;
  const pairs = PackedLists.pack(pairPostings, toPositionPairwise).data;
  yield;
  const links = yield* ClauseLinkIndex.packedSteps(keys, byPrior);
  yield;
  const words = WordEnds.fromEntries(entries).reordered(order);
  yield;
  const sortedEntries = Array.from(order, (ref) => entries[ref]!);
  const ids = StringColumn.of(sortedEntries.map((e) => e.id));
  const idList = ids.all();
  const idOrder = Uint32Array.from(idList, (_, i) => i).sort((a, b) => (idList[a]! < idList[b]! ? -1 : idList[a]! > idList[b]! ? 1 : 0));
  const column = StringColumn.of(sortedKeys);
  yield;
  return {
    format: SNAPSHOT_FORMAT,
    ids: { joined: ids.joined, starts: ids.starts },
    idOrder,
    textPatches: patchesOf(sortedEntries.map((e) => e.text).join(''), column.joined),
    keys: column.joined,
    starts: column.starts,
    roles: Uint8Array.from(order, (ref) => roles[ref]!),
    docCounts: Uint32Array.from(sortedEntries, (e) => e.docCount),
    flags: Uint8Array.from(sortedEntries, (e) => (e.favorite ? FAVORITE : 0) | (e.kind === 'skeleton' ? SKELETON : 0)),
    extensions: Uint32Array.from(order, (ref) => extensions[ref]!),
    ...headsOf(keys),
    hot: packedHot,
    hotByRole: packedHotByRole,
    inner,
    pairs,
    links: { ...links, refs: links.refs.map(toPosition) },
    words,
  };
}

/** Where `texts` (joined) differs from `keys` (joined, as long), in ascending order. */
export type TextPatches = { at: Uint32Array; codes: Uint16Array };

function patchesOf(texts: string, keys: string): TextPatches {
  const at: number[] = [];
  for (let i = 0; i < texts.length; i++) if (texts.charCodeAt(i) !== keys.charCodeAt(i)) at.push(i);
  return { at: Uint32Array.from(at), codes: Uint16Array.from(at, (i) => texts.charCodeAt(i)) };
}

/** Text `ref`: its key with the patches that fall inside it put back. */
export function textOf(snapshot: EngineSnapshot, ref: number): string {
  const from = snapshot.starts[ref]!;
  const to = snapshot.starts[ref + 1]!;
  const key = snapshot.keys.slice(from, to);
  const { at, codes } = snapshot.textPatches;
  let p = lowerBound(at, from);
  if (p === at.length || at[p]! >= to) return key;
  const units = Array.from({ length: to - from }, (_, k) => key.charCodeAt(k));
  for (; p < at.length && at[p]! < to; p++) units[at[p]! - from] = codes[p]!;
  return String.fromCharCode(...units);
}

const isPackedLists = (value: unknown): value is PackedListsData =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PackedListsData).keys === 'string' &&
  (value as PackedListsData).keyStarts instanceof Uint32Array &&
  (value as PackedListsData).listStarts instanceof Uint32Array &&
  (value as PackedListsData).values instanceof Int32Array;

/**
 * The value as a snapshot this engine can answer from, or null: of another format, cut
 * short, or of the wrong shape. Looks at every field but at no array's contents, so it
 * costs nothing next to the read; isSound() looks at the numbers, once the first answer
 * has gone out.
 */
export function checkSnapshot(value: unknown): EngineSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Partial<EngineSnapshot>;
  if (s.format !== SNAPSHOT_FORMAT) return null;
  if (typeof s.keys !== 'string' || !(s.starts instanceof Uint32Array)) return null;
  const patches = s.textPatches;
  if (!(patches?.at instanceof Uint32Array) || !(patches.codes instanceof Uint16Array) || patches.codes.length !== patches.at.length) return null;
  if (typeof s.ids?.joined !== 'string' || !(s.ids.starts instanceof Uint32Array) || !(s.idOrder instanceof Uint32Array)) return null;
  const n = s.starts.length - 1;
  if (n < 0 || s.starts[n] !== s.keys.length || s.ids.starts.length !== n + 1 || s.ids.starts[n] !== s.ids.joined.length || s.idOrder.length !== n) return null;
  const columns = [s.roles instanceof Uint8Array && s.roles, s.docCounts instanceof Uint32Array && s.docCounts, s.flags instanceof Uint8Array && s.flags, s.extensions instanceof Uint32Array && s.extensions];
  if (columns.some((column) => !column || column.length !== n)) return null;
  if (!(s.heads2 instanceof Uint32Array) || !(s.heads3 instanceof Float64Array)) return null;
  if (!Array.isArray(s.hotByRole) || s.hotByRole.length !== ROLES.length) return null;
  const lists = [s.hot, ...s.hotByRole, s.inner, s.pairs];
  if (!lists.every((list) => isPackedLists(list) && list.listStarts.length === list.keyStarts.length && list.listStarts.at(-1) === list.values.length && list.keyStarts.at(-1) === list.keys.length)) return null;
  const { links, words } = s;
  if (!(links?.hashes instanceof Uint32Array) || !(links.refs instanceof Int32Array) || !(links.starts instanceof Uint16Array)) return null;
  if (links.refs.length !== links.hashes.length || links.starts.length !== links.hashes.length) return null;
  if (!(words?.firsts instanceof Uint32Array) || !(words.ends instanceof Uint16Array) || words.firsts.length !== n + 1 || words.firsts[n] !== words.ends.length) return null;
  return s as EngineSnapshot;
}

/**
 * Whether every offset and entry number in a snapshot that passed checkSnapshot points
 * inside it. One pass over the numeric arrays (some 10 ms at 100,000 phrases on a cold
 * wake): run after the first answer, and a snapshot that fails is rebuilt. Until then the
 * engine only guards against an entry number out of range (CandidateBuffer.add).
 */
export function isSound(s: EngineSnapshot): boolean {
  const n = s.starts.length - 1;
  if (!new StringColumn(s.keys, s.starts).isWellFormed() || !new StringColumn(s.ids.joined, s.ids.starts).isWellFormed()) return false;
  if (!isBelow(s.idOrder, n) || !isBelow(s.roles, ROLES.length) || !isBelow(s.textPatches.at, s.keys.length)) return false;
  if (![s.hot, ...s.hotByRole].every((list) => new PackedLists(list).isWellFormed(n, 1))) return false;
  if (![s.inner, s.pairs].every((list) => new PackedLists(list).isWellFormed(n, 2))) return false;
  if (!isBelow(s.links.refs, n) || !isBelow(s.words.firsts, s.words.ends.length + 1)) return false;
  for (let i = 1; i < s.words.firsts.length; i++) if (s.words.firsts[i]! < s.words.firsts[i - 1]!) return false;
  return true;
}

function isBelow(values: ArrayLike<number>, limit: number): boolean {
  for (let i = 0; i < values.length; i++) if (!(values[i]! >= 0 && values[i]! < limit)) return false;
  return true;
}
