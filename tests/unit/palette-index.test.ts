import { describe, expect, it } from 'vitest';
import { PaletteIndex } from '@/lib/search/palette-index';
import { entryOfPhrase } from '@/lib/engine/entry-of-phrase';
import { BankFileSchema } from '@/lib/schema';
import defaultBank from '@/assets/default-bank.json';
import type { IndexEntry } from '@/lib/engine/types';

const bank = BankFileSchema.parse(defaultBank);
const entries = bank.phrases.map((p) => entryOfPhrase(p));
const index = new PaletteIndex(entries, bank.skeletons);

describe('palette search', () => {
  it('finds the general 述职报告 skeleton first for 「述职」', () => {
    const items = index.search({ query: '述职', kind: 'all', limit: 10 });
    expect(items[0]).toMatchObject({ kind: 'skeleton', text: '述职报告' });
    expect(items.filter((i) => i.kind === 'skeleton').length).toBeGreaterThan(1);
  });

  it('matches words in any order, and marks the first', () => {
    const items = index.search({ query: '主体责任 压紧', kind: 'phrase', limit: 5 });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.text).toContain('主体责任');
      expect(item.text).toContain('压紧');
      expect(item.text.slice(item.matchStart, item.matchEnd)).toBe('主体责任');
    }
  });

  it('answers pinyin the same after warming up in slices', async () => {
    const warmed = new PaletteIndex(entries, bank.skeletons);
    let pauses = 0;
    await warmed.warm(async () => void pauses++);
    expect(pauses).toBeGreaterThan(0);
    for (const query of ['sgys', 'quanmian', 'zt']) {
      expect(warmed.search({ query, kind: 'all', limit: 8 })).toEqual(index.search({ query, kind: 'all', limit: 8 }));
    }
  });

  it('finds by pinyin initials and full pinyin', () => {
    expect(index.search({ query: 'sgys', kind: 'phrase', limit: 5 }).some((i) => i.text.includes('四个意识'))).toBe(true);
    expect(index.search({ query: 'sigeyishi', kind: 'phrase', limit: 5 }).some((i) => i.text.includes('四个意识'))).toBe(true);
    expect(index.search({ query: 'szbg', kind: 'skeleton', limit: 5 })[0]?.text).toBe('述职报告');
  });

  it('treats punctuation variants as equal', () => {
    const items = index.search({ query: '"四个意识"', kind: 'phrase', limit: 3 });
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.text).toContain('“四个意识”');
  });

  it('filters by kind and role, and ranks the section role up', () => {
    expect(index.search({ query: '', kind: 'skeleton', limit: 50 }).every((i) => i.kind === 'skeleton')).toBe(true);
    const problems = index.search({ query: '不够', kind: 'phrase', role: 'problem', limit: 20 });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((i) => i.role === 'problem')).toBe(true);
    const mixed: IndexEntry[] = [
      { id: 'w', kind: 'phrase', text: '学习贯彻落实不到位的问题得到解决', role: 'work', docCount: 1 },
      { id: 'p', kind: 'phrase', text: '学习贯彻落实不到位', role: 'problem', docCount: 1 },
      { id: 'q', kind: 'phrase', text: '学习贯彻落实', role: 'plan', docCount: 1 },
    ];
    const small = new PaletteIndex(mixed, []);
    expect(small.search({ query: '落实', kind: 'all', limit: 3, sectionRole: 'problem' })[0]?.id).toBe('p');
    expect(small.search({ query: '落实', kind: 'all', limit: 3, sectionRole: 'plan' })[0]?.id).toBe('q');
  });

  it('ranks favorites and used phrases up', () => {
    const two: IndexEntry[] = [
      { id: 'a', kind: 'phrase', text: '强化理论武装', role: 'work', docCount: 1 },
      { id: 'b', kind: 'phrase', text: '强化理论武装工作', role: 'work', docCount: 1 },
    ];
    expect(new PaletteIndex(two, []).search({ query: '理论', kind: 'all', limit: 2 })[0]?.id).toBe('a');
    expect(new PaletteIndex([two[0]!, { ...two[1]!, favorite: true }], []).search({ query: '理论', kind: 'all', limit: 2 })[0]?.id).toBe('b');
    expect(new PaletteIndex([two[0]!, { ...two[1]!, useCount: 3 }], []).search({ query: '理论', kind: 'all', limit: 2 })[0]?.id).toBe('b');
  });
});

describe('palette ranking of outlines', () => {
  it('puts a phrase holding the words above an outline that has them only in a section heading', () => {
    const items = index.search({ query: '主体责任', kind: 'all', limit: 5 });
    expect(items[0]?.kind).toBe('phrase');
    expect(items[0]?.text).toContain('主体责任');
  });
});

describe('a forgiving palette (#20)', () => {
  const small = (texts: Array<[string, string, IndexEntry['role']]>) =>
    new PaletteIndex(
      texts.map(([id, text, role]) => ({ id, kind: 'phrase' as const, text, role, docCount: 1 })),
      [],
    );

  it('tolerates a missing character: 理论学习不够深入 finds 理论学习上不够深入', () => {
    const items = index.search({ query: '理论学习不够深入', kind: 'all', limit: 5 });
    expect(items[0]?.text.startsWith('理论学习上不够深入')).toBe(true);
  });

  it('matches across the words of a phrase without a space, below an exact match', () => {
    const found = small([
      ['far', '推动乡村振兴，发展特色产业', 'work'],
      ['exact', '乡村振兴产业发展', 'work'],
      ['no', '乡村治理', 'work'],
    ]).search({ query: '乡村振兴产业', kind: 'all', limit: 5 });
    expect(found.map((i) => i.id)).toEqual(['exact', 'far']);
  });

  it('finds a section’s wording by the section’s name', () => {
    const items = index.search({ query: '存在问题', kind: 'all', limit: 5 });
    expect(items.filter((i) => i.role === 'problem').length).toBeGreaterThanOrEqual(3);
  });

  it('lists a sentence and its own first clause once', () => {
    const found = small([
      ['clause', '压实主体责任', 'work'],
      ['sentence', '压实主体责任，层层传导压力', 'work'],
    ]).search({ query: '主体责任', kind: 'all', limit: 5 });
    expect(found).toHaveLength(1);
  });

  it('puts another section’s wording below this section’s', () => {
    const found = small([
      ['problem', '理论学习不够深入', 'problem'],
      ['plan', '理论学习要持续深化', 'plan'],
    ]).search({ query: '理论学习', kind: 'all', limit: 5, sectionRole: 'plan' });
    expect(found[0]?.id).toBe('plan');
  });
});
