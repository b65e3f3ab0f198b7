// The best suggestion is also offered cut after its next word, first: the words right
// after the caret are right far more often than a whole sentence is.
import { describe, expect, it } from 'vitest';
import { SuggestionEngine } from '@/lib/engine/engine';
import type { IndexEntry } from '@/lib/engine/types';

const phrase = (id: string, text: string, tokens?: string[], extra: Partial<IndexEntry> = {}): IndexEntry => ({
  id,
  kind: 'phrase',
  text,
  role: 'general',
  docCount: 1,
  ...(tokens ? { tokens } : {}),
  ...extra,
});

const strict = phrase('strict', '全面从严治党向纵深发展', ['全面', '从严治党', '向', '纵深', '发展']);

describe('next words', () => {
  it('offers the best phrase cut after its next word, then the whole phrase', () => {
    const rows = new SuggestionEngine([strict]).suggest({ before: '推动全面' });
    expect(rows.map((s) => s.insert)).toEqual(['从严治党', '从严治党向纵深发展']);
    expect(rows[0]).toMatchObject({ id: 'strict', replace: 0, text: '全面从严治党', matchStart: 0, matchEnd: 2 });
  });

  it('takes a closing mark along with the words before it', () => {
    const four = phrase('four', '增强“四个意识”、坚定“四个自信”', ['增强', '“', '四个', '意识', '”', '、', '坚定', '“', '四个', '自信', '”']);
    const [next] = new SuggestionEngine([four]).suggest({ before: '要增强“四个' });
    expect(next).toMatchObject({ insert: '意识”', text: '增强“四个意识”' });
  });

  it('cuts a shared continuation too, where it goes on for more than a word', () => {
    const engine = new SuggestionEngine([
      phrase('a', '党组书记抓党建工作述职报告', ['党组', '书记', '抓', '党建工作', '述职报告']),
      phrase('b', '党组书记抓党建工作情况', ['党组', '书记', '抓', '党建工作', '情况']),
    ]);
    const rows = engine.suggest({ before: '作为党组' });
    expect(rows[0]).toMatchObject({ insert: '书记', replace: 0 });
    expect(rows.map((s) => s.insert)).toContain('书记抓党建工作');
  });

  it('offers no cut that leaves less than a word, none without stored words, none for pinyin', () => {
    const short = phrase('short', '落实主体责任制', ['落实', '主体责任', '制']);
    expect(new SuggestionEngine([short]).suggest({ before: '要落实' }).map((s) => s.insert)).toEqual(['主体责任制']);
    expect(new SuggestionEngine([phrase('bare', strict.text)]).suggest({ before: '推动全面' }).map((s) => s.insert)).toEqual([
      '从严治党向纵深发展',
    ]);
    expect(new SuggestionEngine([strict]).suggest({ before: 'qmcy' }).map((s) => s.insert)).toEqual(['全面从严治党向纵深发展']);
  });

  it('drops rows that would add a single character', () => {
    const engine = new SuggestionEngine([phrase('build', '加强党的建设'), phrase('rule', '加强党的建章立制工作')]);
    expect(engine.suggest({ before: '要加强党的建' }).map((s) => s.insert)).toEqual(['章立制工作']);
  });

  it('is kept in the snapshot', () => {
    const engine = new SuggestionEngine([strict]);
    const restored = SuggestionEngine.fromSnapshot(structuredClone(engine.toSnapshot()));
    expect(restored.suggest({ before: '推动全面', now: 0 })).toEqual(engine.suggest({ before: '推动全面', now: 0 }));
    expect(restored.suggest({ before: '推动全面' })[0]?.insert).toBe('从严治党');
  });
});
