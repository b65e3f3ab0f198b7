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
