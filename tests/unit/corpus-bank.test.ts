import { beforeAll, describe, expect, it } from 'vitest';
import { BankFileSchema, type BankFile, type Phrase } from '../../lib/schema';
import { buildBank } from '../../lib/corpus/build-bank';
import { SKELETON_TEMPLATES } from '../../lib/corpus/templates';
import { mergeCandidates } from '../../lib/corpus/merge';
import { createNodeSegmenter } from '../../lib/segment-node';
import { seedDocuments, seedNames } from './corpus-seeds';

let bank: BankFile;
const phrase = (text: string): Phrase | undefined => bank.phrases.find((p) => p.text === text);
const withoutFields = (text: string) => text.replace(/\{\{[^{}]*\}\}/g, '');
const skeletonTexts = () =>
  bank.skeletons.flatMap((s) => {
    const nodes = (list: typeof s.outline): string[] =>
      list.flatMap((n) => [n.title, ...(n.body ?? []), ...nodes(n.children ?? [])]);
    return [s.title, s.docType, ...s.opening, ...nodes(s.outline)];
  });

beforeAll(() => {
  bank = BankFileSchema.parse(buildBank(seedDocuments(), createNodeSegmenter()));
});

describe('phrases of the seed bank', () => {
  it('contains no advertising or paywall text anywhere', () => {
    expect(JSON.stringify(bank)).not.toMatch(/QQ|##\w*##|会员|订阅|仅供学习|禁止外传|倒卖|整理，咨询|酷乐文行/);
  });

  it('contains no literal X, * or ** placeholder in any phrase or skeleton text', () => {
    for (const text of [...bank.phrases.map((p) => p.text), ...skeletonTexts()]) {
      expect(withoutFields(text)).not.toMatch(/[X*＊]/);
    }
  });

  it('has the four-consciousness formula exactly, as work wording used by two documents', () => {
    const formula = phrase('增强“四个意识”、坚定“四个自信”、做到“两个维护”');
    expect(formula?.role).toBe('work');
    expect(formula?.docCount).toBe(2);
    expect(formula?.sources).toEqual([seedNames()[1], seedNames()[4]]);
  });

  it.each(['一岗双责', '三会一课', '全面从严治党'])('has wording with 「%s」', (term) => {
    expect(bank.phrases.some((p) => p.kind !== 'collocation' && p.text.includes(term))).toBe(true);
  });

  it('extracts 全面从严治党 as a collocation shared by most documents', () => {
    const colloc = phrase('全面从严治党');
    expect(colloc?.kind).toBe('collocation');
    expect(colloc!.docCount).toBeGreaterThanOrEqual(4);
    expect(phrase('“一岗双责”')?.docCount).toBeGreaterThanOrEqual(3);
  });

  it('turns figures into fields', () => {
    expect(bank.phrases.some((p) => p.text.includes('{{金额}}'))).toBe(true);
    expect(bank.phrases.some((p) => p.text.includes('{{数量}}'))).toBe(true);
    expect(phrase('统筹资金{{金额}}亿元支持交通基础设施建设')?.role).toBe('work');
  });

  it('merges wording used by several documents (docCount = distinct sources)', () => {
    const shared = bank.phrases.filter((p) => p.kind !== 'collocation' && p.docCount > 1);
    expect(shared.map((p) => p.text)).toEqual(expect.arrayContaining(['做到“两个维护”', '坚定“四个自信”']));
    for (const p of bank.phrases) expect(p.docCount).toBe(new Set(p.sources).size);
  });

  it('strips list markers and keeps phrases within length limits', () => {
    for (const p of bank.phrases) {
      expect(p.text).not.toMatch(/^(?:[一二三四五六七八九十]+[是、]|（[一二三四五六七八九十]+）|\d+[.．、](?!\d))/);
      expect([...withoutFields(p.text)].length).toBeGreaterThanOrEqual(3);
      if (p.kind === 'clause') expect([...p.text].length).toBeLessThanOrEqual(80);
      expect(p.tags.length).toBeLessThanOrEqual(6);
      expect(p.tokens.join('')).toBe(p.text);
    }
  });

  it('assigns roles from the sections: causes and plans are found', () => {
    expect(phrase('政治理论学习不够主动、深入')?.role).toBe('problem');
    expect(phrase('思想认识不到位')?.role).toBe('cause');
    expect(phrase('强化理论学习，确保融会贯通、知行合一')?.role).toBe('plan');
    expect(phrase('根据市委要求')?.role).toBe('opening');
  });

  it('has unique ids', () => {
    expect(new Set(bank.phrases.map((p) => p.id)).size).toBe(bank.phrases.length);
    expect(new Set(bank.skeletons.map((s) => s.id)).size).toBe(bank.skeletons.length);
  });
});

describe('skeletons of the seed bank', () => {
  it('has one skeleton per seed document type plus the built-in templates', () => {
    expect(bank.skeletons.filter((s) => s.sources.length > 0).map((s) => s.docType).sort()).toEqual(
      [
        '党组书记抓党建工作述职报告',
        '党委书记抓党建工作述职报告',
        '党组书记抓基层党建工作述职报告',
        '党组书记履行全面从严治党责任述职报告',
        '党支部书记抓基层党建工作述职报告',
      ].sort(),
    );
    expect(bank.skeletons.filter((s) => s.sources.length === 0).map((s) => s.docType)).toEqual(SKELETON_TEMPLATES.map((t) => t.docType));
  });

  it('every skeleton learned from a report offers work and plan among at least two level-1 nodes', () => {
    for (const s of bank.skeletons.filter((s) => s.sources.length > 0)) {
      expect(s.outline.length).toBeGreaterThanOrEqual(2);
      const roles = s.outline.map((n) => n.role);
      expect(roles).toContain('work');
      expect(roles).toContain('plan');
    }
  });

  it('stores no numbering in node titles', () => {
    const titles = bank.skeletons.flatMap((s) => {
      const all = (nodes: typeof s.outline): string[] => nodes.flatMap((n) => [n.title, ...all(n.children ?? [])]);
      return all(s.outline);
    });
    for (const title of titles) {
      expect(title).not.toMatch(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+[.．、]|^[一二三四五六七八九十]+是/);
    }
  });

  it('templates the title: year and unit become fields', () => {
    const commerce = bank.skeletons.find((s) => s.sources.includes(seedNames()[4]!))!;
    expect(commerce.title).toBe('{{年度}}{{单位}}党支部书记抓基层党建工作述职报告');
    expect(commerce.opening[0]).toMatch(/^\{\{年度\}\}，我坚持/);
    expect(commerce.outline.map((n) => n.title)).toEqual(['履职工作特色和亮点', '存在的主要问题及原因分析', '{{年度}}党建工作思路']);
    const general = bank.skeletons.find((s) => s.docType === '述职报告')!;
    expect(general.title).toBe('{{年度}}{{单位}}{{职务}}述职报告');
  });

  it('splits a combined 「存在的问题及下一步打算」 into a problem node and a plan node', () => {
    const s = bank.skeletons.find((k) => k.sources.includes(seedNames()[1]!))!;
    expect(s.outline.map((n) => [n.title, n.role])).toEqual([
      ['主要工作开展情况', 'work'],
      ['特色亮点做法', 'highlight'],
      ['存在的问题', 'problem'],
      ['下一步打算', 'plan'],
    ]);
    expect(s.outline[3]?.children?.[0]?.title).toBe('坚持党要管党，落实党建主责主业');
  });
});

describe('merging', () => {
  it('treats texts equal up to trailing punctuation, quotes and spaces; union of sources', () => {
    const merged = mergeCandidates([
      { text: '落实“一岗双责”。', role: 'work', kind: 'sentence', source: 'b.txt' },
      { text: '落实 "一岗双责"', role: 'plan', kind: 'clause', source: 'a.txt' },
      { text: '落实“一岗双责”', role: 'work', kind: 'clause', source: 'a.txt' },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ role: 'work', kind: 'clause', sources: ['a.txt', 'b.txt'], docCount: 2 });
  });
});
