// Never suggest a flagged form (#17): the shipped bank passes the rules, the bank build
// learns certain fixes corrected and drops what stays flagged, and the background leaves a
// flagged phrase (a writer's own, an old import) out of the engine and the palette.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { flagsOf } from '@/lib/check/check';
import { BankFileSchema } from '@/lib/schema';
import { buildBankWithReport } from '@/lib/corpus/build-bank';
import { createNodeSegmenter } from '@/lib/segment-node';
import { JukuDatabase } from '@/lib/db';
import { loadDefaultBankIfNeeded } from '@/lib/background/default-bank';
import { EngineHolder } from '@/lib/background/engine-holder';
import { PaletteHolder } from '@/lib/background/palette-holder';

const dbs: JukuDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('the shipped bank', () => {
  it('has no phrase a rule flags', () => {
    const bank = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
    const flagged = bank.phrases.filter((p) => flagsOf(p.text).length > 0).map((p) => p.text);
    expect(flagged).toEqual([]);
    // The seeds' own slips were learned corrected.
    const texts = bank.phrases.map((p) => p.text);
    expect(texts.some((t) => t.includes('四个意识'))).toBe(true);
    expect(texts.some((t) => t.includes('四种意识') || t.includes('有力的促进'))).toBe(false);
  });
});

describe('the bank build', () => {
  it('learns certain fixes corrected, drops what is still flagged, and says so', () => {
    const text = [
      '党组书记抓党建工作述职报告',
      '一、主要工作',
      '（一）切实履行政治领导职责。促进干部队伍增强“四种意识”，做到政治明白、信念坚定。',
      '（二）严格落实从严治党责任。进一步增强党支部的凝聚力和战斗力，有力的促进各项业务工作的顺利开展。',
      '（三）认真贯彻各项决策部署。国家质检总局会同有关部门研究提出了办理意见。',
    ].join('\n');
    const { bank, documents } = buildBankWithReport([{ name: 'a.txt', text }], createNodeSegmenter());
    const texts = bank.phrases.map((p) => p.text);
    expect(texts.some((t) => t.includes('增强“四个意识”'))).toBe(true);
    expect(texts.some((t) => t.includes('有力地促进各项业务工作的顺利开展'))).toBe(true);
    expect(texts.filter((t) => flagsOf(t).length > 0)).toEqual([]);
    // 质检总局's duties were split: not certain, so not corrected but left out.
    expect(texts.some((t) => t.includes('质检总局') || t.includes('市场监督管理总局'))).toBe(false);
    expect(documents[0]!.notes.map((n) => n.en).join(' ')).toMatch(/wording corrected to the rules in \d+ paragraphs/);
  });
});

describe('the background', () => {
  it('leaves flagged phrases out of the engine and the palette', async () => {
    const db = new JukuDatabase('check-bank-test');
    dbs.push(db);
    await loadDefaultBankIfNeeded(db, async () => ({
      formatVersion: 1,
      phrases: [
        { id: 'ok', text: '增强“四个意识”、坚定“四个自信”', role: 'work', tags: [] },
        { id: 'wrong', text: '增强“四种意识”，做到政治明白', role: 'work', tags: [] },
        { id: 'old', text: '国土资源部会同有关部门研究提出了办理意见', role: 'work', tags: [] },
      ],
      skeletons: [],
    }));
    const engines = new EngineHolder(db);
    const engine = await engines.get();
    expect(engine.entryList.map((e) => e.id)).toEqual(['ok']);
    expect(engine.suggest({ before: '增强“四', now: 0 }).map((s) => s.id)).toEqual(['ok']);
    const palette = await new PaletteHolder(db, engines).get();
    const ids = (query: string) => palette.search({ query, kind: 'all', limit: 10 }).map((item) => item.id);
    expect(ids('增强')).toEqual(['ok']);
    expect(ids('国土资源部')).toEqual([]);
  });
});
