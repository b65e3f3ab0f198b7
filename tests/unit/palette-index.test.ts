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
