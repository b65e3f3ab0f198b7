// The engine stored as one binary snapshot (#19): restored, it answers exactly as the
// engine it was taken from; a snapshot that is damaged, cut short or of an older format is
// never answered from; a bank change shows in the next suggestion, without a rebuild and
// across a wake; older snapshots are deleted when a new one is written.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SuggestionEngine } from '@/lib/engine/engine';
import { OverlaidEngine, type Engine } from '@/lib/engine/overlaid-engine';
import { entryOfPhrase } from '@/lib/engine/entry-of-phrase';
import { checkSnapshot, isSound, SNAPSHOT_FORMAT, type EngineSnapshot } from '@/lib/engine/snapshot';
import { decodeSnapshot, encodeSnapshot } from '@/lib/engine/snapshot-binary';
import type { IndexEntry, Suggestion, SuggestQuery } from '@/lib/engine/types';
import { BankFileSchema } from '@/lib/schema';
import { JukuDatabase } from '@/lib/db';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { CHANGES_KEY, EngineHolder, SNAPSHOT_KEY } from '@/lib/background/engine-holder';
import { addPhrase, deletePhrases, updatePhrase } from '@/lib/bank/phrases';
import { flaggedAmong } from '@/lib/check/check';

const shipped = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
let entries: IndexEntry[];
let fresh: SuggestionEngine;
/** The engine the background builds from the bank: the phrases in id order (as the phrase
 * table gives them), those a wording rule flags left out (#17). */
let offered: SuggestionEngine;
beforeAll(() => {
  entries = shipped.phrases.map(entryOfPhrase);
  fresh = new SuggestionEngine(entries);
  const byId = [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
  const flagged = flaggedAmong(byId.map((e) => e.text));
  offered = new SuggestionEngine(byId.filter((_, i) => !flagged.has(i)));
});

/** Starts of phrases, words inside them, pairs, clause links, pinyin, quote and comma
 * variants, with and without the section's heading. */
const QUERIES: SuggestQuery[] = [
  '我们要增强“四个',
  '我们要增强"四个',
  '坚持以人民',
  '切实加强党风廉政',
  '认真落实一岗',
  '全面从严治党主体',
  '持续深化“放管服',
  '要加快构建新发展',
  '做到管在日常、严在经常，形成',
  '推动高质量发展，',
  '我们要增强sgys',
  'qmcyzd',
  'gzzf',
  '无关的文字',
].flatMap((before) => [
  { before, now: 0 },
  { before, headings: ['二、存在的问题'], now: 0 },
  { before, headings: ['三、下步工作打算'], now: 0 },
  { before, headings: ['二、存在的问题及下步打算'], now: 0, limit: 8 },
]);

const answers = (engine: Engine) => QUERIES.map((query) => engine.suggest(query));

/** The bytes as IndexedDB hands them back: a copy, in a buffer of their own. */
const stored = (snapshot: EngineSnapshot) => encodeSnapshot(snapshot).slice(0);

describe('binary engine snapshot', () => {
  it('restores an engine that answers exactly as the engine it was taken from', () => {
    const decoded = checkSnapshot(decodeSnapshot(stored(fresh.toSnapshot())));
    expect(decoded).not.toBeNull();
    expect(isSound(decoded!)).toBe(true);
    const restored = SuggestionEngine.fromSnapshot(decoded!);
    const expected = answers(fresh);
    // The queries reach every matcher: starts, words and pairs inside phrases, clause links, pinyin.
    expect(expected.filter((rows) => rows.length > 0).length).toBeGreaterThan(QUERIES.length / 2);
    expect(answers(restored)).toEqual(expected);
    expect(restored.entryList.map(({ id, text, role, docCount, favorite }) => ({ id, text, role, docCount, favorite }))).toEqual(
      [...fresh.entryList].map(({ id, text, role, docCount, favorite }) => ({ id, text, role, docCount, favorite })),
    );
  });

  it('keeps usage out of the snapshot, and answers alike once the same usage is restored', () => {
    const restored = SuggestionEngine.fromSnapshot(decodeSnapshot(stored(fresh.toSnapshot()))!);
    const used = new SuggestionEngine(entries);
    for (const engine of [restored, used]) for (const entry of entries.slice(0, 200)) engine.restoreUse(entry.id, 3, 1);
    expect(answers(restored)).toEqual(answers(used));
  });

  it('keeps texts that differ from their matching form (quotes, commas, letters) and favorites', () => {
    const own = [
      { id: 'q', kind: 'phrase', text: '增强“四个意识”、坚定“四个自信”', role: 'work', docCount: 2, favorite: true },
      { id: 'l', kind: 'phrase', text: 'ＡＢＣ管理，OA系统', role: 'general', docCount: 1 },
      { id: 's', kind: 'skeleton', text: '述职报告', role: 'general', docCount: 1 },
    ] satisfies IndexEntry[];
    const restored = SuggestionEngine.fromSnapshot(decodeSnapshot(stored(new SuggestionEngine(own).toSnapshot()))!);
    expect(restored.entryById('q')).toMatchObject({ text: own[0]!.text, favorite: true, role: 'work', docCount: 2 });
    expect(restored.entryById('l')?.text).toBe(own[1]!.text);
    expect(restored.entryById('s')?.kind).toBe('skeleton');
    expect(restored.suggest({ before: '要增强"四个意识",坚定' })[0]?.id).toBe('q');
  });

  it('restores an empty bank', () => {
    const restored = SuggestionEngine.fromSnapshot(decodeSnapshot(stored(new SuggestionEngine([]).toSnapshot()))!);
    expect(restored.suggest({ before: '加强' })).toEqual([]);
  });

  it('refuses bytes cut short, of another format or not a snapshot at all', () => {
    const bytes = stored(fresh.toSnapshot());
    expect(decodeSnapshot(bytes.slice(0, bytes.byteLength - 8))).toBeNull();
    expect(decodeSnapshot(bytes.slice(0, 64))).toBeNull();
    expect(decodeSnapshot(new ArrayBuffer(0))).toBeNull();
    expect(decodeSnapshot(new Uint8Array(4096).fill(7).buffer)).toBeNull();
    const older = bytes.slice(0);
    new Uint32Array(older, 0, 2)[1] = SNAPSHOT_FORMAT - 1;
    expect(decodeSnapshot(older)).toBeNull();
    // A part's length that no longer fits the parts around it.
    const shifted = bytes.slice(0);
    const words = new Uint32Array(shifted, 0, 8);
    words[4] = words[4]! + 8;
    const decoded = decodeSnapshot(shifted);
    expect(decoded === null || checkSnapshot(decoded) === null).toBe(true);
    // The previous format's value (an object of columns) is not a snapshot of this one.
    expect(checkSnapshot({ format: 4, ids: 'a', texts: 'b', keys: 'c' })).toBeNull();
  });

  it('finds an entry number pointing outside the bank, and never offers it meanwhile', () => {
    const snapshot = decodeSnapshot(stored(fresh.toSnapshot()))!;
    snapshot.inner.values[0] = 10_000_000;
    snapshot.links.refs[0] = -5;
    expect(checkSnapshot(snapshot)).not.toBeNull();
    expect(isSound(snapshot)).toBe(false);
    const damaged = SuggestionEngine.fromSnapshot(snapshot);
    for (const rows of answers(damaged)) for (const row of rows) expect(fresh.entryById(row.id)).toBeDefined();
  });
});

let counter = 0;
const dbs: JukuDatabase[] = [];
async function bankDb(): Promise<JukuDatabase> {
  const db = new JukuDatabase(`snapshot-test-${counter++}`);
  dbs.push(db);
  await loadDefaultBankIfNeeded(db, async () => shipped);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A wake: a new holder over the same database, built once its snapshot is stored. */
async function wake(db: JukuDatabase): Promise<{ holder: EngineHolder; engine: Engine }> {
  const holder = new EngineHolder(db);
  const engine = await holder.get();
  await holder.written();
  return { holder, engine };
}

describe('engine holder and the stored snapshot', () => {
  it('stores the snapshot as one Blob and answers from it on the next wake as the first did', async () => {
    const db = await bankDb();
    const first = await wake(db);
    expect((await db.snapshots.get(SNAPSHOT_KEY))?.data).toBeInstanceOf(Blob);
    const second = await wake(db);
    expect(answers(second.engine)).toEqual(answers(first.engine));
    expect(answers(second.engine)).toEqual(answers(offered));
  });

  it('rebuilds from the phrase records when the stored snapshot is damaged, cut short or of an older format', async () => {
    const db = await bankDb();
    await wake(db);
    const good = await db.snapshots.get(SNAPSHOT_KEY);
    const bytes = await (good!.data as Blob).arrayBuffer();
    const outOfRange = decodeSnapshot(bytes.slice(0))!;
    outOfRange.pairs.values[0] = 1 << 30;
    const damaged: unknown[] = [
      new Blob([bytes.slice(0, bytes.byteLength / 2)]),
      new Blob([new Uint8Array(1000).fill(255)]),
      { format: 4, ids: '', texts: '', keys: '', roles: new Uint8Array() },
      bytes,
      new Blob([encodeSnapshot(outOfRange)]),
    ];
    for (const data of damaged) {
      await db.snapshots.put({ ...good!, data });
      const { holder, engine } = await wake(db);
      // Damage found only by isSound shows after the first answer: the next request rebuilds.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const settled = await holder.get();
      await holder.written();
      expect(answers(settled)).toEqual(answers(offered));
      for (const rows of answers(engine)) for (const row of rows) expect(offered.entryById(row.id)).toBeDefined();
      // …and a sound snapshot is stored again.
      const rewritten = await db.snapshots.get(SNAPSHOT_KEY);
      expect(rewritten?.data).toBeInstanceOf(Blob);
      expect(isSound(checkSnapshot(decodeSnapshot(await (rewritten!.data as Blob).arrayBuffer()))!)).toBe(true);
    }
  });

  it('deletes older snapshots (older rules, older keys) when it writes one', async () => {
    const db = await bankDb();
    await db.snapshots.bulkPut([
      { key: 'engine-input', bankVersion: 1, data: { format: 3 } },
      { key: 'engine-input@rules-0', bankVersion: 1, data: { format: 4 } },
      { key: CHANGES_KEY, bankVersion: 0, data: { baseVersion: 0, ids: [] } },
    ]);
    await wake(db);
    expect(await db.snapshots.toCollection().primaryKeys()).toEqual([SNAPSHOT_KEY]);
  });

  it('shows an added, an edited and a deleted phrase in the next suggestion, without reading the phrase table', async () => {
    const db = await bankDb();
    const { holder } = await wake(db);
    const added = await addPhrase(db, { text: '坚持问题导向第一回，推动整改落实见效', role: 'work', tags: [], tokens: ['坚持', '问题导向', '第一回', '，', '推动', '整改', '落实', '见效'] });
    holder.phrasesChanged([added.id]);
    const afterAdd = await holder.get();
    expect(afterAdd).toBeInstanceOf(OverlaidEngine);
    expect(afterAdd.suggest({ before: '我们要坚持问题导向第一回', now: 0 }).map((s) => s.id)).toContain(added.id);

    await updatePhrase(db, added.id, { text: '坚持问题导向第一回，推动整改落实落地' });
    const isEdited = (s: Suggestion) => s.id === added.id && s.text === '坚持问题导向第一回，推动整改落实落地';
    holder.phrasesChanged([added.id]);
    const afterEdit = await holder.get();
    expect(afterEdit.suggest({ before: '我们要坚持问题导向第一回，推动', now: 0 }).some(isEdited)).toBe(true);

    const gone = offered.suggest({ before: '我们要增强“四个', now: 0 })[0]!.id;
    await deletePhrases(db, [gone]);
    holder.phrasesChanged([gone]);
    const afterDelete = await holder.get();
    expect(afterDelete.suggest({ before: '我们要增强“四个', now: 0 }).map((s) => s.id)).not.toContain(gone);
    expect(afterDelete.entryById(gone)).toBeUndefined();
    expect(afterDelete.entryList.some((e) => e.id === gone)).toBe(false);

    // A wake before the rebuild: the snapshot and the changed phrases, not the phrase table.
    const woke = await wake(db);
    expect(woke.engine).toBeInstanceOf(OverlaidEngine);
    expect(woke.engine.suggest({ before: '我们要坚持问题导向第一回，推动', now: 0 }).some(isEdited)).toBe(true);
    expect(woke.engine.suggest({ before: '我们要增强“四个', now: 0 }).map((s) => s.id)).not.toContain(gone);

    // The rebuild when idle: one plain engine again, its snapshot current, the changes gone.
    await woke.holder.rebuild();
    const rebuilt = await woke.holder.get();
    expect(rebuilt).toBeInstanceOf(SuggestionEngine);
    expect(rebuilt.suggest({ before: '我们要坚持问题导向第一回，推动', now: 0 }).some(isEdited)).toBe(true);
    expect(rebuilt.entryById(gone)).toBeUndefined();
    expect(await db.snapshots.toCollection().primaryKeys()).toEqual([SNAPSHOT_KEY]);
    expect((await wake(db)).engine).toBeInstanceOf(SuggestionEngine);
  });

  it('reads the phrase table when the bank moved by more than the change it was told of', async () => {
    const db = await bankDb();
    const { holder } = await wake(db);
    const one = await addPhrase(db, { text: '统筹发展和安全第一条', role: 'work', tags: [], tokens: [] });
    const two = await addPhrase(db, { text: '统筹发展和安全第二条', role: 'work', tags: [], tokens: [] });
    holder.phrasesChanged([two.id]); // told of one change only
    const engine = await holder.get();
    expect(engine).toBeInstanceOf(SuggestionEngine);
    expect(engine.entryById(one.id)).toBeDefined();
    expect(engine.entryById(two.id)).toBeDefined();
  });
});
