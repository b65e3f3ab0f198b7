// Issue #17: the writer's own rule files, kept in the extension's storage and merged by id
// over the shipped rules (lib/check/writer-rules.ts): the page's check and the background's
// flagged-phrase filter read the merged rules; a repeated phrase's alternatives come from
// the bank through a request a content script may send.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkDocument } from '@/lib/check/check';
import { defaultRuleFile, parseRuleFile, RuleFileError } from '@/lib/check/rules';
import { currentRules, mergedRules, validFiles, withRuleFile, withoutRuleFile, writerRulesItem } from '@/lib/check/writer-rules';
import { JukuDatabase } from '@/lib/db';
import { handleRequest } from '@/lib/background/handle-request';
import { requestContextFor } from './fixtures/request-context';

const unitFile = {
  formatVersion: 1,
  name: '本单位规则',
  revision: 3,
  rules: [
    {
      id: 'fixed.unit-name',
      kind: 'fixed',
      correct: '市数据资源局',
      wrong: ['市大数据局'],
      explain: { zh: '本单位规范名称为「市数据资源局」。', en: 'Our unit is called 市数据资源局.' },
    },
    // Replaces the shipped rule of the same id: 四大意识 is no longer flagged.
    {
      id: 'fixed.si-ge-yishi',
      kind: 'fixed',
      correct: '四个意识',
      wrong: ['四种意识'],
      explain: { zh: '固定提法为「四个意识」。', en: 'The fixed formulation is 四个意识.' },
    },
  ],
};

beforeEach(() => fakeBrowser.reset());

describe('storage and merge', () => {
  it('stores an imported file, merges it by id over the shipped rules, and removes it', async () => {
    expect((await currentRules()).revision).toBe(String(defaultRuleFile().revision));
    const file = parseRuleFile(unitFile);
    await writerRulesItem.setValue(withRuleFile(await writerRulesItem.getValue(), file, 1000));
    const { rules, revision } = await currentRules();
    expect(revision).not.toBe(String(defaultRuleFile().revision));
    expect(rules.length).toBe(defaultRuleFile().rules.length + 1);
    const text = '市大数据局要求增强四种意识、四大意识';
    expect(checkDocument(text, rules, { asOf: '2026-01-01' }).map((f) => f.text)).toEqual(['市大数据局', '四种意识']);
    expect(checkDocument(text, undefined, { asOf: '2026-01-01' }).map((f) => f.text)).toEqual(['四种意识', '四大意识']);

    // The same file again replaces itself; removing it gives the shipped rules back.
    const twice = withRuleFile(await writerRulesItem.getValue(), file, 2000);
    expect(twice.map((f) => [f.name, f.importedAt])).toEqual([['本单位规则', 2000]]);
    await writerRulesItem.setValue(withoutRuleFile(twice, '本单位规则'));
    expect((await currentRules()).rules).toEqual(defaultRuleFile().rules);
  });

  it('refuses a malformed file with a message naming the field; stored garbage is left out', () => {
    const bad = { ...unitFile, rules: [{ ...unitFile.rules[0], wrong: [] }] };
    expect(() => parseRuleFile(bad)).toThrow(RuleFileError);
    expect(() => parseRuleFile(bad)).toThrow(/rules\.0\.wrong/);
    expect(validFiles([{ name: 'x' }, 'junk', { ...unitFile, importedAt: 5 }]).map((f) => f.name)).toEqual(['本单位规则']);
    expect(validFiles(null)).toEqual([]);
    expect(mergedRules([]).rules).toBe(defaultRuleFile().rules);
  });
});

describe('in the background', () => {
  const dbs: JukuDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  const bank = {
    formatVersion: 1,
    phrases: [
      { id: 'a', text: '市大数据局牵头推进数据共享', role: 'work', tags: [] },
      { id: 'b', text: '此外，要加强队伍建设', role: 'work', tags: [] },
      { id: 'c', text: '与此同时，要注意防范风险', role: 'work', tags: [] },
      { id: 'd', text: '此外，还要做好宣传', role: 'work', tags: [] },
    ],
    skeletons: [],
  };
  const ctxFor = (db: JukuDatabase) => requestContextFor(db, bank);
  const page = { id: 'ext', url: 'https://example.com/doc' };

  it('the engine leaves out a phrase the writer\'s rule flags, once the rules change', async () => {
    const db = new JukuDatabase(`writer-rules-${Date.now()}`);
    dbs.push(db);
    const ctx = ctxFor(db);
    await ctx.ensureBank();
    const ids = async () => (await ctx.engine.get()).entryList.map((e) => e.id).sort();
    expect(await ids()).toEqual(['a', 'b', 'c', 'd']);
    await writerRulesItem.setValue(withRuleFile([], parseRuleFile(unitFile), 1000));
    ctx.engine.invalidate(); // what the background's watcher does
    expect(await ids()).toEqual(['b', 'c', 'd']);
  });

  it('sends a page the rules in force for its check: validated, the writer\'s merged over the shipped ones', async () => {
    const db = new JukuDatabase(`writer-rules-send-${Date.now()}`);
    dbs.push(db);
    const ask = async () => {
      const reply = await handleRequest({ type: 'wordingRules' }, page, ctxFor(db));
      if (!reply.ok) throw new Error('refused');
      return (reply.data as { rules: Array<{ id: string; kind: string; autoFix?: boolean }> }).rules;
    };
    const shipped = await ask();
    expect(shipped).toEqual(defaultRuleFile().rules);
    // Validated: the defaults the file leaves out are filled in.
    expect(shipped.filter((r) => r.kind === 'outdated').every((r) => typeof r.autoFix === 'boolean')).toBe(true);
    await writerRulesItem.setValue(withRuleFile([], parseRuleFile(unitFile), 1000));
    const merged = await ask();
    expect(merged.map((r) => r.id)).toContain('fixed.unit-name');
    expect(merged).toHaveLength(shipped.length + 1);
    expect(checkDocument('市大数据局高度重视', merged as never).map((f) => f.ruleId)).toEqual(['fixed.unit-name']);
  });

  it('answers a content script\'s wordingAlternatives from the bank', async () => {
    const db = new JukuDatabase(`writer-rules-alt-${Date.now()}`);
    dbs.push(db);
    const reply = await handleRequest({ type: 'wordingAlternatives', phrases: ['同时，', '你省请求，'] }, page, ctxFor(db));
    expect(reply).toEqual({ ok: true, data: { alternatives: { '同时，': ['此外，', '与此同时，'] } } });
  });
});
