import { describe, expect, it } from 'vitest';
import { SuggestionEngine } from '@/lib/engine/engine';
import type { IndexEntry } from '@/lib/engine/types';

const entry = (id: string, text: string, docCount = 1): IndexEntry => ({ id, kind: 'phrase', text, role: 'work', docCount });

const engine = new SuggestionEngine([
  entry('four', '增强“四个意识”、坚定“四个自信”、做到“两个维护”', 3),
  entry('strict', '全面从严治党向纵深发展', 2),
  entry('strict-short', '全面从严治党', 4),
  entry('duty', '一岗双责'),
]);

describe('continuation', () => {
  it('inserts only the rest when the typed opening matches exactly', () => {
    const [top] = engine.suggest({ before: '我们要增强“四个' });
    expect(top).toMatchObject({ id: 'four', replace: 0, insert: '意识”、坚定“四个自信”、做到“两个维护”' });
  });

  it('replaces a typed opening whose quotes or punctuation differ, never duplicating it', () => {
    const before = '我们要增强"四个';
    const [top] = engine.suggest({ before });
    expect(top).toMatchObject({ id: 'four', replace: 5, insert: '增强“四个意识”、坚定“四个自信”、做到“两个维护”' });
    const after = before.slice(0, before.length - top!.replace) + top!.insert;
    expect(after).toBe('我们要增强“四个意识”、坚定“四个自信”、做到“两个维护”');
  });

  it('needs at least two characters of overlap', () => {
    expect(engine.suggest({ before: '党的一' }).map((s) => s.id)).toEqual([]);
    expect(engine.suggest({ before: '党的一岗' }).map((s) => s.id)).toEqual(['duty']);
  });

  it('prefers the longest overlap, then wording used by more documents', () => {
    const ids = engine.suggest({ before: '推动全面从严' }).map((s) => s.id);
    expect(ids).toEqual(['strict-short', 'strict']);
  });

  it('offers nothing once the whole phrase is typed', () => {
    expect(engine.suggest({ before: '落实一岗双责' })).toEqual([]);
  });

  it('respects the limit', () => {
    expect(engine.suggest({ before: '全面从严', limit: 1 })).toHaveLength(1);
  });
});

describe('inside a title or quotation the writer opened', () => {
  const titled = new SuggestionEngine([
    { id: 'list', kind: 'phrase', text: '健全党建主体责任清单，压实工作责任', role: 'work', docCount: 3, tokens: ['健全', '党建', '主体', '责任', '清单', '，', '压实', '工作', '责任'] },
  ]);

  it('finishes the word being typed, never runs on past it without closing the title', () => {
    const rows = titled.suggest({ before: '制定了《党建主' }).map((s) => s.insert);
    expect(rows).toContain('体责任');
    // Nothing that leaves the words of the title and goes on as the stored sentence does.
    expect(rows.some((insert) => /[，。]/.test(insert))).toBe(false);
    expect(rows.some((insert) => insert.includes('压实'))).toBe(false);
  });

  it('outside a title the same phrase continues as stored', () => {
    const rows = titled.suggest({ before: '健全完善了党建主' }).map((s) => s.insert);
    expect(rows.some((insert) => insert.startsWith('体责任清单'))).toBe(true);
  });
});

