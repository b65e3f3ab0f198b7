// Issue 6: the bank manager's writes, imports, backups and bad input. Each bad input must
// get a message that names the problem and leave the bank exactly as it was.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JukuDatabase, type StoredPhrase } from '@/lib/db';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { readBankVersion } from '@/lib/background/bank-version';
import { PaletteHolder } from '@/lib/background/palette-holder';
import { EngineHolder } from '@/lib/background/engine-holder';
import { handleRequest, type RequestContext } from '@/lib/background/handle-request';
import { BankInputError, MAX_FILE_BYTES, MAX_PHRASE_CHARS } from '@/lib/bank/limits';
import { errorOfRefusal } from '@/lib/protocol';
import { translator } from '@/lib/i18n';
import { errorText } from '@/components/bank/shared';
import { MAX_PHRASE_CHARS as SCHEMA_MAX_PHRASE_CHARS } from '@/lib/schema';
import { addPhrase, deletePhrases, phraseIdOf, retagPhrases, updatePhrase } from '@/lib/bank/phrases';
import { undoLast } from '@/lib/bank/undo';
import { IMPORT_PREVIEW_GONE } from '@/lib/bank/parsed-import';
import { allPhrases, countPhrases, getPhrase, writePhrases } from '@/lib/bank/phrase-store';
import { applyImport, exportBank, parseBankText, previewImport } from '@/lib/bank/bank-file';
import { BACKUPS_KEPT, backupNow, listBackups, restoreBackup } from '@/lib/bank/backups';
import { restoreDefaults } from '@/lib/bank/defaults';
import { InitialsCache, filterPhrases, rankedSearch } from '@/lib/bank/search';
import { analyzePhrase } from '@/lib/bank/analyze';
import { suggestRole } from '@/lib/bank/role-guess';
import { headingNumber } from '@/lib/skeleton/numbering';
import { savedChineseChars, savedThisWeek, weekStart } from '@/lib/bank/stats';
import { createNodeSegmenter } from '@/lib/segment-node';
import type { BankFileInput, SkeletonNode } from '@/lib/schema';
import { SMALL_DEFAULT_PHRASES } from './fixtures/small-bank';
import { addNode, flatten, indentNode, moveBefore, moveNode, nodeAt, outdentNode, removeNode, updateNode } from '@/lib/skeleton/outline-edit';

const defaults: BankFileInput = { formatVersion: 1, phrases: SMALL_DEFAULT_PHRASES, skeletons: [] };
const readDefaults = async () => defaults;

let counter = 0;
const dbs: JukuDatabase[] = [];
async function bankDb(): Promise<JukuDatabase> {
  const db = new JukuDatabase(`bank-${counter++}`);
  dbs.push(db);
  await loadDefaultBankIfNeeded(db, readDefaults);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

const draft = (text: string) => ({ text, role: 'plan' as const, tags: ['党建'], tokens: [...text] });
const snapshot = async (db: JukuDatabase) => ({
  phrases: await allPhrases(db),
  skeletons: await db.skeletons.orderBy('id').toArray(),
});
async function expectRefused(db: JukuDatabase, action: () => Promise<unknown>, message: RegExp): Promise<void> {
  const before = await snapshot(db);
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BankInputError);
  expect((error as Error).message).toMatch(message);
  expect(await snapshot(db)).toEqual(before);
}

describe('phrase edits with undo', () => {
  it('checks phrase length against the same limit as the bank schema', () => {
    expect(MAX_PHRASE_CHARS).toBe(SCHEMA_MAX_PHRASE_CHARS);
  });

  it('adds, edits, deletes and undoes, raising the bank version with each write', async () => {
    const db = await bankDb();
    const v0 = await readBankVersion(db);
    const added = await addPhrase(db, draft('持续深化党建引领基层治理'), 10);
    expect(added).toMatchObject({ id: phraseIdOf('持续深化党建引领基层治理'), origin: 'user', favorite: false, updatedAt: 10 });
    expect(await readBankVersion(db)).toBe(v0 + 1);

    await updatePhrase(db, added.id, { text: '持续深化党建引领城市基层治理' }, 11);
    expect((await getPhrase(db, added.id))?.text).toBe('持续深化党建引领城市基层治理');
    await undoLast(db);
    expect((await getPhrase(db, added.id))?.text).toBe('持续深化党建引领基层治理');

    await deletePhrases(db, [added.id]);
    expect(await getPhrase(db, added.id)).toBeUndefined();
    expect(await undoLast(db)).toEqual({ kind: 'delete', count: 1 });
    expect((await getPhrase(db, added.id))?.text).toBe('持续深化党建引领基层治理');
    await expect(undoLast(db)).rejects.toThrow('没有可以撤销的操作');
  });

  it('refuses a duplicate wording and a phrase over 2,000 characters; a 100,000-character one too', async () => {
    const db = await bankDb();
    await expectRefused(db, () => addPhrase(db, draft('压紧压实全面从严治党主体责任。')), /已有这条表述/);
    await expectRefused(db, () => addPhrase(db, draft('字'.repeat(2001))), /过长（2001 字）.*2000/);
    await expectRefused(db, () => addPhrase(db, draft('字'.repeat(100_000))), /过长（100000 字）/);
    await expectRefused(db, () => updatePhrase(db, 'd1', { text: '长'.repeat(100_000) }), /过长/);
  });

  it('an exported favorite is a favorite again after a replace import into a fresh bank', async () => {
    const db = await bankDb();
    await writePhrases(db, { put: [{ ...(await getPhrase(db, 'd2'))!, favorite: true }] });
    const file = await exportBank(db);
    expect(file.phrases.find((p) => p.id === 'd2')?.favorite).toBe(true);
    expect(file.phrases.find((p) => p.id === 'd1')).not.toHaveProperty('favorite');
    const fresh = new JukuDatabase(`bank-${counter++}`);
    dbs.push(fresh);
    await applyImport(fresh, parseBankText(JSON.stringify(file)), 'replace');
    expect((await getPhrase(fresh, 'd2'))?.favorite).toBe(true);
    expect((await getPhrase(fresh, 'd1'))?.favorite).toBe(false);
  });

  it('stores HTML and script as plain text, unchanged', async () => {
    const db = await bankDb();
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>加强<b>党建</b>';
    const added = await addPhrase(db, draft(html));
    expect((await getPhrase(db, added.id))?.text).toBe(html);
    const exported = await exportBank(db);
    expect(exported.phrases.find((p) => p.id === added.id)?.text).toBe(html);
  });

  it('bulk delete backs the bank up first, and bulk retag is undone in one step', async () => {
    const db = await bankDb();
    await retagPhrases(db, ['d1', 'd2'], { add: ['政治建设'], remove: ['主体责任'] });
    expect((await getPhrase(db, 'd2'))?.tags).toEqual(['政治建设']);
    await undoLast(db);
    expect((await getPhrase(db, 'd2'))?.tags).toEqual(['主体责任']);
    expect((await getPhrase(db, 'd1'))?.tags).toEqual(['四个意识']);

    await deletePhrases(db, ['d1', 'd2']);
    const [backup] = await listBackups(db);
    expect(backup).toMatchObject({ phraseCount: 3, reason: '批量删除 2 条前' });
    expect(await countPhrases(db)).toBe(1);
    await undoLast(db);
    expect(await countPhrases(db)).toBe(3);
  });

  it('a content script connection sends the document above once; later keystrokes say it is the same (#12)', async () => {
    const db = await bankDb();
    const ctx = requestContext(db, 'ext');
    const context = '为推进“青禾计划”乡村数字助理培训工作，现将有关事项通知如下。';
    const before = '要把“青禾计划”乡村数字';
    const page = (memory?: { context: string | null }) => ({ id: 'ext', url: 'https://a.example/', memory });
    const ownRows = (reply: Awaited<ReturnType<typeof handleRequest>>) =>
      reply.ok && 'suggestions' in reply.data ? reply.data.suggestions.filter((s) => s.source === 'document').map((s) => s.insert) : [];
    const memory = { context: null };
    expect(ownRows(await handleRequest({ type: 'suggest', before, context }, page(memory), ctx))).toContain('助理培训工作');
    const same = await handleRequest({ type: 'suggest', before, sameContext: true }, page(memory), ctx);
    expect(ownRows(same)).toContain('助理培训工作');
    expect(same.ok && 'contextMissing' in same.data).toBe(false);
    // A new connection (the background woke) has nothing to go on: it asks for the text again.
    const fresh = await handleRequest({ type: 'suggest', before, sameContext: true }, page({ context: null }), ctx);
    expect(ownRows(fresh)).toEqual([]);
    expect(fresh.ok && 'contextMissing' in fresh.data && fresh.data.contextMissing).toBe(true);
    // Without a connection's memory (a one-off message) only a sent context counts.
    expect(ownRows(await handleRequest({ type: 'suggest', before, sameContext: true }, page(), ctx))).toEqual([]);
  });

  it('a bank write through the background invalidates the engine: the next suggestion sees it', async () => {
    const db = await bankDb();
    const ctx = requestContext(db, 'ext');
    const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    const suggest = async () => {
      // Every row (all: true): this is about the engine seeing the write, not the show gate.
      const reply = await handleRequest({ type: 'suggest', before: '统筹推进', all: true }, { id: 'ext', url: 'https://a.example/' }, ctx);
      return reply.ok && 'suggestions' in reply.data ? reply.data.suggestions.map((s) => s.text) : [];
    };
    expect(await suggest()).toEqual([]);
    const added = await handleRequest({ type: 'bankAddPhrase', ...draft('统筹推进乡村振兴和新型城镇化') }, page, ctx);
    expect(added.ok).toBe(true);
    expect(await suggest()).toContain('统筹推进乡村振兴和新型城镇化');
    // A content script may not write to the bank.
    const refused = await handleRequest({ type: 'bankDeletePhrases', ids: ['d1'] }, { id: 'ext', url: 'https://a.example/' }, ctx);
    expect(refused.ok).toBe(false);
    const tooLong = await handleRequest({ type: 'bankAddPhrase', ...draft('字'.repeat(100_000)), tokens: [] }, page, ctx);
    expect(tooLong).toEqual({
      ok: false,
      error: expect.stringMatching(/过长（100000 字）/),
      errorEn: expect.stringMatching(/too long \(100,000 characters/),
    });
  });
});

describe('export and import', () => {
  it('previews new / duplicate / changed, and merging its own export changes nothing', async () => {
    const db = await bankDb();
    await addPhrase(db, draft('持续深化党建引领基层治理'));
    const file = await exportBank(db);
    const before = await snapshot(db);
    const preview = await previewImport(db, parseBankText(JSON.stringify(file)));
    expect(preview).toMatchObject({ phrases: 4, new: 0, duplicate: 4, changed: 0 });
    await applyImport(db, parseBankText(JSON.stringify(file)), 'merge');
    expect(await snapshot(db)).toEqual(before);

    const edited = {
      ...file,
      phrases: [
        ...file.phrases.map((p) => (p.id === 'd3' ? { ...p, text: '理论学习不够深入系统，学用结合不紧' } : p)),
        { id: 'n1', text: '扎实推进作风建设常态化长效化', role: 'plan' as const, tags: [], tokens: [], kind: 'sentence' as const, sources: [], docCount: 1 },
        { id: 'n2', text: '压紧压实全面从严治党主体责任', role: 'work' as const, tags: [], tokens: [], kind: 'sentence' as const, sources: [], docCount: 1 },
      ],
    };
    const counts = await previewImport(db, parseBankText(JSON.stringify(edited)));
    expect(counts).toMatchObject({ phrases: 6, new: 1, duplicate: 4, changed: 1 });
    await updatePhrase(db, 'd3', { favorite: true });
    await applyImport(db, parseBankText(JSON.stringify(edited)), 'merge');
    expect(await getPhrase(db, 'd3')).toMatchObject({ text: '理论学习不够深入系统，学用结合不紧', favorite: true });
    expect(await getPhrase(db, 'n1')).toMatchObject({ origin: 'user' });
    expect(await getPhrase(db, 'n2')).toBeUndefined(); // same wording as d2: a duplicate
    expect(await countPhrases(db)).toBe(5);
  });

  it('replace backs up first, then the file is the whole bank', async () => {
    const db = await bankDb();
    const file = parseBankText(JSON.stringify({ formatVersion: 1, phrases: [defaults.phrases[0]], skeletons: [] }));
    await applyImport(db, file, 'replace');
    expect((await allPhrases(db)).map((p) => p.id)).toEqual(['d1']);
    const [backup] = await listBackups(db);
    expect(backup).toMatchObject({ reason: '替换导入前', phraseCount: 3 });
    await restoreBackup(db, backup!.id!);
    expect(await countPhrases(db)).toBe(3);
  });

  it('replace counts what differs, keeps unchanged records as they were, and the bank is exactly the file', async () => {
    const db = await bankDb();
    const stored = await allPhrases(db);
    const [kept, edited] = [stored[0]!, stored[1]!];
    await updatePhrase(db, kept.id, { favorite: true });
    const keptBefore = (await getPhrase(db, kept.id))!;
    const strip = ({ origin: _o, updatedAt: _u, ...phrase }: typeof kept) => phrase;
    const file = parseBankText(
      JSON.stringify({
        formatVersion: 1,
        phrases: [strip(keptBefore), { ...strip(edited), text: `${edited.text}，常抓不懈` }, { ...strip(edited), id: 'new1', text: '牢固树立正确政绩观' }],
        skeletons: [],
      }),
    );
    const result = await applyImport(db, file, 'replace', keptBefore.updatedAt + 1000);
    // Counted as they compare with the stored records; the unchanged one keeps its record.
    expect(result).toMatchObject({ new: 1, changed: 1, duplicate: 1 });
    expect(await countPhrases(db)).toBe(3);
    expect((await allPhrases(db)).map((p) => p.id).sort()).toEqual([kept.id, edited.id, 'new1'].sort());
    expect(await getPhrase(db, kept.id)).toEqual(keptBefore);
    expect((await getPhrase(db, edited.id))!.text).toBe(`${edited.text}，常抓不懈`);
  });

  it('a storage quota error half way leaves the bank unchanged and says storage is full', async () => {
    const db = await bankDb();
    await addPhrase(db, draft('持续深化党建引领基层治理'));
    const before = await snapshot(db);
    const version = await readBankVersion(db);
    const realBulkPut = db.phraseBuckets.bulkPut.bind(db.phraseBuckets);
    let calls = 0;
    // The first write lands, the next one hits the quota: the whole import must roll back.
    vi.spyOn(db.phraseBuckets, 'bulkPut').mockImplementation((...args: Parameters<typeof realBulkPut>) => {
      if (++calls > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realBulkPut(...args);
    });
    vi.spyOn(db.skeletons, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const file = parseBankText(JSON.stringify({ formatVersion: 1, phrases: [{ id: 'z', text: '新的表述不会留下', role: 'work', tags: [] }], skeletons: [] }));
    for (const mode of ['merge', 'replace'] as const) {
      await expect(applyImport(db, file, mode)).rejects.toThrow(/存储空间已满.*句库保持原样/);
    }
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    expect(await readBankVersion(db)).toBe(version);
    expect(await listBackups(db)).toEqual([]);
  });

  it('names each bad file and changes nothing', async () => {
    const db = await bankDb();
    const refuse = (text: string, message: RegExp) => expectRefused(db, async () => applyImport(db, parseBankText(text), 'replace'), message);
    await refuse('{"formatVersion": 1, "phrases": [', /不是有效的 JSON/);
    await refuse('[1,2,3]', /缺少 formatVersion/);
    await refuse(JSON.stringify({ formatVersion: 2, phrases: [], skeletons: [] }), /不支持的句库文件格式版本：2/);
    await refuse(
      JSON.stringify({ formatVersion: 1, phrases: [{ id: 'x', text: '字'.repeat(100_000), role: 'work', tags: [] }], skeletons: [] }),
      /第 1 条表述过长（100000 字）/,
    );
    await refuse(JSON.stringify({ formatVersion: 1, phrases: [{ id: 'x', text: '正常表述', role: 'nope', tags: [] }], skeletons: [] }), /第 1 条表述的「章节」/);
    await refuse(' '.repeat(MAX_FILE_BYTES + 1), /句库文件过大（40\.0 MB）.*上限为 40\.0 MB/);
    // A hostile outline nested thousands deep is named, not a stack overflow.
    const deep = '{"title":"x","role":"work","children":['.repeat(20_000) + '{"title":"x","role":"work"}' + ']}'.repeat(20_000);
    await refuse(`{"formatVersion":1,"phrases":[],"skeletons":[{"id":"s","title":"t","docType":"d","outline":[${deep}]}]}`, /第 1 份提纲的层级过深/);
  });

  it('refuses in both interface languages, the same facts in each, and changes nothing', async () => {
    const db = await bankDb();
    const refuse = async (action: () => Promise<unknown>, zh: RegExp, en: string | RegExp) => {
      await expectRefused(db, action, zh);
      const error = (await action().catch((e: unknown) => e)) as BankInputError;
      if (typeof en === 'string') expect(error.en).toBe(en);
      else expect(error.en).toMatch(en);
      // As the pages show it: the Chinese interface reads the message, the English one `en`.
      expect(errorText(error, translator('zh-CN'))).toBe(error.message);
      expect(errorText(error, translator('en'))).toBe(error.en);
    };
    const importing = (text: string) => async () => applyImport(db, parseBankText(text), 'replace');
    const bankFile = (phrases: unknown[], formatVersion: unknown = 1) => JSON.stringify({ formatVersion, phrases, skeletons: [] });
    const phrase = (text: string, role = 'work') => ({ id: `x${text.length}`, text, role, tags: [] });

    await refuse(
      importing('{"formatVersion": 1, "phrases": ['),
      /^不是有效的 JSON 文件，无法读取（.+）。句库未改变。$/,
      /^This is not a valid JSON file and cannot be read \(.+\)\. The bank is unchanged\.$/,
    );
    await refuse(
      importing(bankFile([phrase('正常表述一'), phrase('正常表述二'), phrase('字'.repeat(2001))])),
      /^句库文件有误：第 3 条表述过长（2001 字），每条上限为 2000 字。句库未改变。$/,
      "The bank file has an error: Phrase 3: 'text' is too long (2,001 characters; the limit is 2,000). The bank is unchanged.",
    );
    await refuse(
      importing(bankFile([phrase('正常表述', 'nope'), { id: 'y', role: 'work', tags: [] }])),
      /^句库文件有误：第 1 条表述的「章节」无效。另有 1 处问题。句库未改变。$/,
      "The bank file has an error: Phrase 1: 'role' is invalid. There is 1 more problem. The bank is unchanged.",
    );
    await refuse(
      importing(JSON.stringify({ formatVersion: 1, skeletons: [] })),
      /^句库文件有误：文件的「表述列表」缺失或类型不对。句库未改变。$/,
      "The bank file has an error: 'phrases' is missing or of the wrong type. The bank is unchanged.",
    );
    await refuse(
      importing(' '.repeat(MAX_FILE_BYTES + 1)),
      /^句库文件过大（40\.0 MB），上限为 40\.0 MB，未做任何改动。$/,
      'The bank file is too large (40.0 MB); the limit is 40.0 MB. Nothing was changed.',
    );
    await refuse(
      importing(bankFile([], 2)),
      /^不支持的句库文件格式版本：2（本扩展支持版本 1）。句库未改变。$/,
      'Unsupported bank file format version: 2 (this extension reads version 1). The bank is unchanged.',
    );
    await refuse(
      () => addPhrase(db, draft('字'.repeat(2001))),
      /^表述过长（2001 字），每条上限为 2000 字，未保存。$/,
      'The phrase is too long (2,001 characters; the limit is 2,000). It was not saved.',
    );
  });

  it('an apply after a preview sends the token, not the file; a token the background no longer has is refused and changes nothing', async () => {
    const db = await bankDb();
    const ctx = requestContext(db, 'ext');
    const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    const file = JSON.stringify({ formatVersion: 1, phrases: [{ id: 'n1', text: '牢固树立正确政绩观', role: 'work', tags: [] }], skeletons: [] });
    const preview = await handleRequest({ type: 'bankImport', text: file, mode: 'preview' }, page, ctx);
    const token = (preview as { data: { token: string } }).data.token;
    expect(token).toMatch(/^[0-9a-f-]{36}$/);

    const before = await snapshot(db);
    const gone = await handleRequest({ type: 'bankImport', token: 'not-this-one', mode: 'replace' }, page, ctx);
    expect(gone).toEqual({ ok: false, error: IMPORT_PREVIEW_GONE.zh, errorEn: IMPORT_PREVIEW_GONE.en });
    expect(await handleRequest({ type: 'bankImport', mode: 'merge' }, page, ctx)).toMatchObject({ ok: false, error: '没有收到句库文件。' });
    expect(await snapshot(db)).toEqual(before);

    expect(await handleRequest({ type: 'bankImport', token, mode: 'replace' }, page, ctx)).toMatchObject({ ok: true, data: { phrases: 1, new: 1 } });
    expect((await allPhrases(db)).map((p) => p.id)).toEqual(['n1']);
    // Used once: the kept file is let go after it went in.
    expect(await handleRequest({ type: 'bankImport', token, mode: 'merge' }, page, ctx)).toMatchObject({ ok: false, error: IMPORT_PREVIEW_GONE.zh });
  });

  it('a refusal crosses from the background to the page with its English text; an unexpected error as it is', async () => {
    const db = await bankDb();
    const ctx = requestContext(db, 'ext');
    const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    const before = await snapshot(db);
    const reply = await handleRequest({ type: 'bankImport', text: JSON.stringify({ formatVersion: 7, phrases: [] }), mode: 'preview' }, page, ctx);
    expect(reply).toEqual({
      ok: false,
      error: '不支持的句库文件格式版本：7（本扩展支持版本 1）。句库未改变。',
      errorEn: 'Unsupported bank file format version: 7 (this extension reads version 1). The bank is unchanged.',
    });
    const error = errorOfRefusal(reply as { error: string; errorEn?: string });
    expect(errorText(error, translator('en'))).toBe('Unsupported bank file format version: 7 (this extension reads version 1). The bank is unchanged.');
    expect(errorText(error, translator('zh-CN'))).toBe('不支持的句库文件格式版本：7（本扩展支持版本 1）。句库未改变。');
    // The background's own refusals carry both languages too.
    expect(await handleRequest({ type: 'bankUndo' }, { id: 'other', url: page.url }, ctx)).toMatchObject({
      error: '拒绝：消息不是来自本扩展',
      errorEn: 'Refused: the message does not come from this extension',
    });
    expect(await handleRequest({ type: 'bankUndo' }, { id: 'ext', url: 'https://a.example/' }, ctx)).toMatchObject({
      errorEn: 'Refused: scripts in web pages may not send “bankUndo”',
    });
    expect(await snapshot(db)).toEqual(before);
    // An error that is not meant for the user keeps its message in either language, and an
    // envelope without an English text (or with a wrong one) is read as such.
    for (const unexpected of [errorOfRefusal({ error: 'disk I/O error' }), errorOfRefusal({ error: 'disk I/O error', errorEn: 42 })]) {
      expect(unexpected).not.toBeInstanceOf(BankInputError);
      expect(errorText(unexpected, translator('en'))).toBe('disk I/O error');
    }
  });

  it('reads a bank file saved with a byte-order mark (Windows Notepad)', async () => {
    const file = parseBankText('\uFEFF' + JSON.stringify({ formatVersion: 1, phrases: [{ id: 'b', text: '带BOM的表述', role: 'work', tags: [] }], skeletons: [] }));
    expect(file.phrases[0]?.text).toBe('带BOM的表述');
  });
});

describe('backups and defaults', () => {
  it('keeps the five newest backups', async () => {
    const db = await bankDb();
    for (let i = 0; i < 7; i++) await backupNow(db, `备份 ${i}`);
    const backups = await listBackups(db);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups.map((b) => b.reason)).toEqual(['备份 6', '备份 5', '备份 4', '备份 3', '备份 2']);
    expect(await db.backupData.count()).toBe(BACKUPS_KEPT);
  });

  it('恢复默认句库 brings deleted default phrases back and keeps the user’s own', async () => {
    const db = await bankDb();
    const mine = await addPhrase(db, draft('持续深化党建引领基层治理'));
    await updatePhrase(db, 'd1', { text: '增强“四个意识”，做到“两个维护”' }); // reworded: now the user's
    await updatePhrase(db, 'd2', { favorite: true });
    await deletePhrases(db, ['d3']);
    const result = await restoreDefaults(db, readDefaults);
    expect(result).toEqual({ restored: 2, keptUserPhrases: 2 });
    expect(await getPhrase(db, 'd3')).toMatchObject({ origin: 'default', text: '理论学习不够深入系统' });
    expect(await getPhrase(db, 'd2')).toMatchObject({ favorite: true, origin: 'default' });
    expect(await getPhrase(db, 'd1')).toMatchObject({ text: '增强“四个意识”，做到“两个维护”', origin: 'user' });
    expect(await getPhrase(db, mine.id)).toMatchObject({ text: '持续深化党建引领基层治理' });
  });
});


describe('search, analysis, numbering, statistics', () => {
  const phrases = [
    { id: 'a', text: '全面从严治党', role: 'work', tags: ['从严治党'], origin: 'default', favorite: false },
    { id: 'b', text: '理论学习不够深入', role: 'problem', tags: ['理论学习'], origin: 'user', favorite: true },
    { id: 'c', text: '学习贯彻党的二十大精神', role: 'work', tags: [], origin: 'user', favorite: false },
  ] as StoredPhrase[];
  const uses = (id: string) => (id === 'c' ? 3 : 0);

  it('finds Chinese text, tags and pinyin initials, with filters', () => {
    const initials = new InitialsCache();
    const ids = (filter: Parameters<typeof filterPhrases>[1]) => filterPhrases(phrases, filter, uses, initials).map((p) => p.id);
    expect(ids({ query: '学习' })).toEqual(['b', 'c']);
    expect(ids({ query: 'qmcy' })).toEqual(['a']);
    expect(ids({ query: 'xx' })).toEqual(['b', 'c']);
    expect(ids({ query: '学习', role: 'problem' })).toEqual(['b']);
    expect(ids({ origin: 'user', neverUsed: true })).toEqual(['b']);
    expect(ids({ favorites: true })).toEqual(['b']);
    expect(ids({ tag: '从严治党' })).toEqual(['a']);
    expect(rankedSearch(phrases, 'xx', uses, initials, 5).map((p) => p.id)).toEqual(['c', 'b']);
  });

  it('suggests a role from cue words and computes tokens and tags with jieba', () => {
    expect(suggestRole('究其原因，主要是理论学习不够')).toBe('cause');
    expect(suggestRole('下一步，我将持续加强理论学习')).toBe('plan');
    expect(suggestRole('以上报告，请予审议')).toBe('closing');
    expect(suggestRole('推进高质量发展')).toBe('general');
    const analysis = analyzePhrase('压紧压实全面从严治党主体责任', createNodeSegmenter());
    expect(analysis.tokens).toContain('全面从严治党');
    expect(analysis.tags).toContain('主体责任');
  });

  it('numbers headings from depth and position', () => {
    expect([0, 1, 2, 3].map((depth) => headingNumber(depth, 0))).toEqual(['一、', '（一）', '1.', '（1）']);
    expect(headingNumber(0, 11)).toBe('十二、');
    expect(headingNumber(1, 19)).toBe('（二十）');
  });

  it('counts characters saved in Chinese characters, since this Monday', async () => {
    expect(savedChineseChars('增强“四个意识”', 6)).toBe(4);
    const db = await bankDb();
    const ctx = requestContext(db, 'e');
    await handleRequest({ type: 'recordUse', id: 'd2', charsSaved: 8 }, { id: 'e', url: 'https://x.example/' }, ctx);
    expect(await savedThisWeek(db)).toBe(8);
    await db.savedDays.put({ day: '2000-01-01', chars: 99 });
    expect(await savedThisWeek(db)).toBe(8);
    expect(new Date(weekStart(Date.UTC(2026, 10, 26, 12))).getDay()).toBe(1);
  });
});

describe('skeleton outline edits', () => {
  const outline = (): SkeletonNode[] => [
    { title: '主要工作', role: 'work', children: [{ title: '政治建设', role: 'work' }, { title: '作风建设', role: 'work' }] },
    { title: '存在问题', role: 'problem' },
    { title: '下步打算', role: 'plan' },
  ];
  const numbered = (nodes: SkeletonNode[]) => flatten(nodes).map((row) => `${row.number}${row.node.title}`);

  it('numbers from depth and position, and renumbers after every move', () => {
    expect(numbered(outline())).toEqual(['一、主要工作', '（一）政治建设', '（二）作风建设', '二、存在问题', '三、下步打算']);
    const moved = moveNode(outline(), [2], -1);
    expect(moved.path).toEqual([1]);
    expect(numbered(moved.outline)).toEqual(['一、主要工作', '（一）政治建设', '（二）作风建设', '二、下步打算', '三、存在问题']);
  });

  it('indents under the sibling above and outdents after the parent', () => {
    const indented = indentNode(outline(), [1]);
    expect(indented.path).toEqual([0, 2]);
    expect(numbered(indented.outline)).toEqual(['一、主要工作', '（一）政治建设', '（二）作风建设', '（三）存在问题', '二、下步打算']);
    const deeper = indentNode(indented.outline, [0, 1]);
    expect(numbered(deeper.outline)).toContain('1.作风建设');
    const back = outdentNode(outline(), [0, 0]);
    expect(back.path).toEqual([1]);
    expect(numbered(back.outline)).toEqual(['一、主要工作', '（一）作风建设', '二、政治建设', '三、存在问题', '四、下步打算']);
    expect(indentNode(outline(), [0]).path).toEqual([0]); // nothing above: unchanged
  });

  it('drags a node before another, never into itself, and adds and removes nodes', () => {
    const dragged = moveBefore(outline(), [2], [0, 1]);
    expect(numbered(dragged.outline)).toEqual(['一、主要工作', '（一）政治建设', '（二）下步打算', '（三）作风建设', '二、存在问题']);
    expect(moveBefore(outline(), [0], [0, 1]).outline).toEqual(outline());
    const added = addNode(outline(), [1], '具体问题', 'work');
    expect(added.path).toEqual([1, 0]);
    expect(nodeAt(added.outline, added.path)).toEqual({ title: '具体问题', role: 'problem' });
    expect(removeNode(added.outline, [1, 0])[1]).toEqual({ title: '存在问题', role: 'problem' });
    expect(updateNode(outline(), [0, 1], { title: '纪律建设' })[0]!.children![1]!.title).toBe('纪律建设');
  });
});

/** The background's request context around a test database, for extension `id`. */
function requestContext(db: JukuDatabase, id: string): RequestContext {
  const engine = new EngineHolder(db);
  return { db, engine, palette: new PaletteHolder(db, engine), ensureBank: async () => {}, extensionId: id, extensionOrigin: `chrome-extension://${id}` };
}
