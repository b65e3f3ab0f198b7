// Each matching mode and each ranking signal of the engine, on small hand-made banks.
import { describe, expect, it } from 'vitest';
import { SuggestionEngine } from '@/lib/engine/engine';
import type { IndexEntry } from '@/lib/engine/types';
import { extensionCounts, sortedOrder } from '@/lib/engine/prefix-table';
import { priorScore } from '@/lib/engine/prior';

const phrase = (id: string, text: string, extra: Partial<IndexEntry> = {}): IndexEntry => ({
  id,
  kind: 'phrase',
  text,
  role: 'general',
  docCount: 1,
  ...extra,
});

/** What the paragraph reads after accepting a suggestion. */
const applied = (before: string, s: { replace: number; insert: string }) =>
  before.slice(0, before.length - s.replace) + s.insert;

describe('inner continuation (the last typed word occurs inside a phrase)', () => {
  const engine = new SuggestionEngine([
    phrase('clean', '深入推进党风廉政建设', { tokens: ['深入', '推进', '党风廉政', '建设'] }),
    phrase('other', '持续改进工作作风', { tokens: ['持续', '改进', '工作作风'] }),
  ]);

  it('continues from the word, inserting only what follows it', () => {
    const before = '我们要切实加强党风廉政';
    const [top] = engine.suggest({ before });
    expect(top).toMatchObject({ id: 'clean', insert: '建设', replace: 0 });
    expect(applied(before, top!)).toBe('我们要切实加强党风廉政建设');
  });

  it('continues from the opening of a long word up to the closing quote the writer never opened', () => {
    const quoted = new SuggestionEngine([
      phrase('duty', '压实班子成员“一岗双责”落实', { tokens: ['压实', '班子', '成员', '“', '一岗双责', '”', '落实'] }),
    ]);
    const [top] = quoted.suggest({ before: '认真落实一岗' });
    // The quoted term ends at its closing quote: 「认真落实一岗双责落实」 would not read (#20).
    expect(top).toMatchObject({ id: 'duty', insert: '双责', replace: 0 });
    // Where the writer opened the quote, the closing one stays (the first row is then the
    // next word alone, see engine-next-words.test.ts; the whole phrase follows it).
    expect(quoted.suggest({ before: '认真落实“一岗' }).map((s) => s.insert)).toEqual(['双责”', '双责”落实']);
  });

  it('trusts a typed word that is one of the stored tokens more than two characters inside one', () => {
    // 「廉政」 is a stored word of the first bank only; in the second it is found as a pair.
    const asWord = new SuggestionEngine([phrase('clean', '深入推进党风廉政建设', { tokens: ['深入', '推进', '党风', '廉政', '建设'] })]);
    const [word] = asWord.suggest({ before: '加强廉政' });
    const [pair] = engine.suggest({ before: '加强廉政' });
    expect(word).toMatchObject({ id: 'clean', insert: '建设' });
    expect(pair).toMatchObject({ id: 'clean', insert: '建设' });
    expect(word!.score).toBeGreaterThan(pair!.score);
  });
});

describe('continuation from any two characters inside a phrase', () => {
  it('continues where the typed tail straddles two words', () => {
    // 「记抓」 opens none of the stored words (「书记」「抓」「党建工作」).
    const engine = new SuggestionEngine([
      phrase('report', '局党组书记抓党建工作述职报告', { tokens: ['局', '党组', '书记', '抓', '党建工作', '述职报告'] }),
    ]);
    const before = '现将党组书记抓';
    const [next, whole] = engine.suggest({ before });
    expect(next).toMatchObject({ id: 'report', insert: '党建工作', replace: 0 });
    expect(whole).toMatchObject({ id: 'report', insert: '党建工作述职报告', replace: 0 });
    expect(applied(before, whole!)).toBe('现将党组书记抓党建工作述职报告');
  });

  it('ranks a phrase that only holds the two characters below one that opens with them', () => {
    const engine = new SuggestionEngine([
      phrase('opens', '推动高质量发展'),
      phrase('holds', '全面推动党建工作落实', { docCount: 5, favorite: true }),
    ]);
    expect(engine.suggest({ before: '要推动' }).map((s) => s.id)).toEqual(['opens', 'holds']);
  });
});

describe('punctuation variants', () => {
  const engine = new SuggestionEngine([phrase('four', '增强“四个意识”、坚定“四个自信”、做到“两个维护”')]);

  it.each([
    ['ASCII quotes', '增强"四个意识",坚定'],
    ['corner brackets', '增强「四个意识」、坚定'],
    ['half-width comma for 、', '增强“四个意识”,坚定'],
  ])('treats %s as the standard punctuation, and replaces them with it', (_name, before) => {
    const [top] = engine.suggest({ before });
    expect(top?.id).toBe('four');
    expect(applied(before, top!)).toBe('增强“四个意识”、坚定“四个自信”、做到“两个维护”');
  });
});

describe('pinyin', () => {
  const engine = new SuggestionEngine([
    phrase('four', '四个意识'),
    phrase('strict', '全面从严治党'),
  ]);

  it('finds a phrase by its initials and replaces the letters', () => {
    const [top] = engine.suggest({ before: '增强sgys' });
    expect(top).toMatchObject({ id: 'four', insert: '四个意识', replace: 4 });
  });

  it('finds a phrase by full pinyin', () => {
    expect(engine.suggest({ before: 'quanmian' })[0]?.id).toBe('strict');
  });

  it('is worked out in slices when warmed up, with the same answers as worked out at once', async () => {
    const entries = Array.from({ length: 9000 }, (_, i) => phrase(`p${i}`, `第${i}项四个意识教育`));
    const warmed = new SuggestionEngine(entries);
    let pauses = 0;
    await warmed.warmUp(async () => void pauses++);
    // A bank this size is read in more than one slice, each followed by a pause.
    expect(pauses).toBeGreaterThan(1);
    const cold = new SuggestionEngine(entries);
    for (const before of ['dsxsgys', 'di1', 'sigeyishi', 'dsx']) expect(warmed.suggest({ before, now: 0 })).toEqual(cold.suggest({ before, now: 0 }));
  });
});

describe('ranking signals', () => {
  it('prefers the wording of the section the caret is in', () => {
    const engine = new SuggestionEngine([
      phrase('problem', '理论学习还不够深入系统', { role: 'problem' }),
      phrase('plan', '理论学习要持续深化拓展', { role: 'plan' }),
    ]);
    expect(engine.suggest({ before: '理论学习', headings: ['二、存在的主要问题'] })[0]?.id).toBe('problem');
    expect(engine.suggest({ before: '理论学习', headings: ['三、下步打算'] })[0]?.id).toBe('plan');
    // An inner heading decides over the outer one.
    expect(engine.suggest({ before: '理论学习', headings: ['二、存在问题及下步打算', '（二）下一步工作打算'] })[0]?.id).toBe('plan');
  });

  it('learns from use: an accepted phrase ranks first next time', () => {
    const engine = new SuggestionEngine([
      phrase('a', '压紧压实管党治党政治责任', { docCount: 2 }),
      phrase('b', '压紧压实全面从严治党主体责任'),
    ]);
    expect(engine.suggest({ before: '压紧压实' })[0]?.id).toBe('a');
    engine.recordUse('b', 1_000);
    engine.recordUse('b', 2_000);
    expect(engine.suggest({ before: '压紧压实', now: 3_000 })[0]?.id).toBe('b');
  });

  it('prefers wording that more documents use, and favorites', () => {
    const engine = new SuggestionEngine([
      phrase('rare', '坚持以人民为中心的发展思想不动摇'),
      phrase('common', '坚持以人民为中心的发展思想', { docCount: 4 }),
    ]);
    expect(engine.suggest({ before: '坚持以人民' })[0]?.id).toBe('common');
    const withFavorite = new SuggestionEngine([
      phrase('rare', '坚持以人民为中心的发展思想不动摇', { favorite: true }),
      phrase('common', '坚持以人民为中心的发展思想', { docCount: 4 }),
    ]);
    expect(withFavorite.suggest({ before: '坚持以人民' })[0]?.id).toBe('rare');
  });

  it('counts how many stored phrases begin with each phrase, and prefers wording that many begin with', () => {
    const keys = ['压实管党治党责任', '压实管党治党责任，推动工作落实', '压实主体责任清单', '压实管党治党责任，层层传导压力', '压实'];
    const order = sortedOrder(keys)!;
    expect(Array.from(extensionCounts(Array.from(order, (i) => keys[i]!), order))).toEqual([2, 0, 0, 0, 4]);
    const entry = phrase('x', '压实管党治党责任');
    expect(priorScore(entry, 2)).toBeGreaterThan(priorScore(entry, 0));
    // Worth less than one more document: the documents say more than the bank's own shape.
    expect(priorScore(entry, 1) - priorScore(entry, 0)).toBeLessThan(priorScore({ ...entry, docCount: 2 }, 0) - priorScore(entry, 0));
  });

  it('ranks down a phrase already written in the paragraph', () => {
    const engine = new SuggestionEngine([
      phrase('said', '强化责任担当', { docCount: 3 }),
      phrase('fresh', '强化理论武装'),
    ]);
    expect(engine.suggest({ before: '要强化' })[0]?.id).toBe('said');
    expect(engine.suggest({ before: '强化责任担当，要强化' })[0]?.id).toBe('fresh');
  });

  it('lets a longer overlap win over every other signal', () => {
    const engine = new SuggestionEngine([
      phrase('short', '作风建设永远在路上', { docCount: 5, favorite: true }),
      phrase('long', '持续加强作风建设', { role: 'plan' }),
    ]);
    expect(engine.suggest({ before: '持续加强作风' })[0]?.id).toBe('long');
  });
});

describe('shared continuations', () => {
  it('offers the words several phrases continue with, before they part', () => {
    const engine = new SuggestionEngine([
      phrase('a', '局党组书记抓党建工作述职报告', { tokens: ['局', '党组', '书记', '抓', '党建工作', '述职报告'] }),
      phrase('b', '党组书记必须负第一责任', { tokens: ['党组', '书记', '必须', '负', '第一', '责任'] }),
      phrase('c', '党组书记带头讲党课', { tokens: ['党组', '书记', '带头', '讲', '党课'] }),
      phrase('d', '党组决策民主化', { tokens: ['党组', '决策', '民主化'] }),
    ]);
    const [top] = engine.suggest({ before: '作为财政局党组' });
    expect(top).toMatchObject({ insert: '书记', replace: 0, text: '局党组书记' });
    // Each whole phrase is still offered after it.
    expect(engine.suggest({ before: '作为财政局党组', limit: 10 }).map((s) => s.insert)).toEqual(
      expect.arrayContaining(['书记必须负第一责任', '书记带头讲党课', '决策民主化']),
    );
  });

  it('offers nothing shared when the phrases part at once', () => {
    const engine = new SuggestionEngine([phrase('a', '强化理论武装'), phrase('b', '强化责任担当')]);
    expect(engine.suggest({ before: '要强化' }).map((s) => s.insert).sort()).toEqual(['理论武装', '责任担当']);
  });
});

describe('continuation across a clause mark inside a phrase', () => {
  // Forty phrases hold the word 「形成」 and are used by more documents: the word index
  // keeps only the best few of them. One sentence agrees with the whole typed clause.
  const crowd = Array.from({ length: 40 }, (_, i) =>
    phrase(`c${i}`, `第${i}项工作，形成长效机制`, { tokens: [`第${i}项`, '工作', '，', '形成', '长效', '机制'], docCount: 5 }),
  );
  const sentence = phrase('s', '加强监督考评，做到管在日常、严在经常，形成以管促培、以培促用的机制', {
    tokens: ['加强', '监督', '考评', '，', '做到', '管', '在', '日常', '、', '严', '在', '经常', '，', '形成', '以管促培', '、', '以培促用', '的', '机制'],
  });
  const engine = new SuggestionEngine([...crowd, sentence]);

  it('offers the sentence that agrees with the finished clause and the new one begun', () => {
    const before = '各项工作做到管在日常、严在经常，形成';
    const rows = engine.suggest({ before, now: 0 });
    // First its next words, then the whole rest of it.
    expect(rows.slice(0, 2).map((s) => [s.id, s.replace, s.insert])).toEqual([
      ['s', 0, '以管促培'],
      ['s', 0, '以管促培、以培促用的机制'],
    ]);
    expect(applied(before, rows[1]!)).toBe('各项工作做到管在日常、严在经常，形成以管促培、以培促用的机制');
  });

  it('continues from the first character of the new clause', () => {
    const rows = engine.suggest({ before: '严在经常，形', now: 0 });
    expect(rows.some((s) => s.id === 's' && s.insert.startsWith('成以管促培'))).toBe(true);
  });

  it('agrees across punctuation variants of the mark', () => {
    const before = '严在经常,形成';
    const [top] = engine.suggest({ before, now: 0 });
    // The typed comma is replaced by the standard one, in the same edit.
    expect(top?.id).toBe('s');
    expect(applied(before, top!)).toBe('严在经常，形成以管促培、以培促用的机制');
  });

  it('needs the clause before the mark to agree, not only the new words', () => {
    const rows = engine.suggest({ before: '抓在平时，形成', now: 0 });
    expect(rows.every((s) => s.id !== 's' || s.score < rows[0]!.score)).toBe(true);
    expect(rows[0]?.id).not.toBe('s');
  });
});

describe('engine snapshot', () => {
  it('answers exactly as the engine it was taken from, and survives a structured clone', () => {
    const entries = [
      phrase('a', '深入推进党风廉政建设', { tokens: ['深入', '推进', '党风廉政', '建设'], role: 'work', docCount: 3 }),
      phrase('b', '一岗双责', { tokens: ['一岗双责'], favorite: true }),
      phrase('c', '增强“四个意识”、坚定“四个自信”', { tokens: ['增强', '“', '四个', '意识', '”', '、', '坚定', '“', '四个', '自信', '”'] }),
      ...Array.from({ length: 40 }, (_, i) => phrase(`x${i}`, `加强第${i}项工作`, { docCount: (i % 3) + 1 })),
    ];
    const original = new SuggestionEngine(entries);
    const restored = SuggestionEngine.fromSnapshot(structuredClone(original.toSnapshot()));
    for (const before of ['加强党风廉政', '落实一岗', '意识”、坚定', '工作，加强第', '增强"四个', '我们要加强', '工作推进党', 'yg', '无关文字']) {
      expect(restored.suggest({ before, now: 0 })).toEqual(original.suggest({ before, now: 0 }));
    }
    expect(restored.suggest({ before: '加强党风廉政' })[0]?.insert).toBe('建设');
  });

  it('restores an empty bank', () => {
    const restored = SuggestionEngine.fromSnapshot(new SuggestionEngine([]).toSnapshot());
    expect(restored.suggest({ before: '加强' })).toEqual([]);
  });
});

describe('words of the paragraph', () => {
  // Two sentences that open alike and are equal in every other signal.
  const engine = new SuggestionEngine([
    phrase('venue', '丰富活动载体，建设党员活动阵地'),
    phrase('other', '丰富活动载体，落实谈心谈话制度'),
  ]);

  it('prefers the continuation that repeats a word the paragraph already holds', () => {
    expect(engine.suggest({ before: '组织谈心谈话。丰富活动' })[0]?.id).toBe('other');
    expect(engine.suggest({ before: '用好党员阵地。丰富活动' })[0]?.id).toBe('venue');
  });

  it('also counts the words of the heading the caret is under', () => {
    expect(engine.suggest({ before: '丰富活动', headings: ['（二）加强阵地建设'] })[0]?.id).toBe('venue');
    expect(engine.suggest({ before: '丰富活动', headings: ['（二）用好谈心谈话'] })[0]?.id).toBe('other');
  });

  it('finds the member of a large family that fits the paragraph, past the few taken by document count', () => {
    // Forty sentences open with the same clause and are used by more documents; one that
    // goes on about 谈心谈话 is used by one.
    const family = Array.from({ length: 40 }, (_, i) => phrase(`f${i}`, `丰富活动载体，开展第${i}项专题学习`, { docCount: 4 }));
    const crowded = new SuggestionEngine([...family, phrase('talk', '丰富活动载体，落实谈心谈话制度')]);
    const rows = crowded.suggest({ before: '每月组织谈心谈话。丰富活动', now: 0 });
    expect(rows.slice(0, 5).some((s) => s.id === 'talk')).toBe(true);
    // With nothing in the paragraph to go on, document counts decide.
    expect(crowded.suggest({ before: '丰富活动', now: 0 }).some((s) => s.id === 'talk')).toBe(false);
  });

  it('never outweighs one more typed character in agreement', () => {
    const longer = new SuggestionEngine([
      phrase('agrees', '要丰富活动形式'),
      phrase('repeats', '丰富活动载体，落实谈心谈话制度'),
    ]);
    expect(longer.suggest({ before: '组织谈心谈话，要丰富活动' })[0]?.id).toBe('agrees');
  });
});
