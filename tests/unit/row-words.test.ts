// The inline list shows what the text will read after Tab (#20), not the stored phrase.
import { describe, expect, it } from 'vitest';
import { SuggestionEngine } from '../../lib/engine/engine';
import { entryOfPhrase } from '../../lib/engine/entry-of-phrase';
import { rowWords } from '../../lib/engine/row-words';
import { buildBank } from '../../lib/corpus/build-bank';
import { createNodeSegmenter } from '../../lib/segment-node';
import type { Suggestion } from '../../lib/engine/types';

const row = (over: Partial<Suggestion>): Suggestion => ({
  id: 'p', kind: 'phrase', text: '', role: 'general', insert: '', replace: 0, score: 0, matchStart: 0, matchEnd: 0, ...over,
});
const shown = (s: Suggestion) => {
  const w = rowWords(s);
  return `${w.cut ? '…' : ''}[${w.typed}]${w.rest}`;
};

describe('rowWords', () => {
  it('shows a continuation from inside a phrase as the typed words and what goes in, not the phrase', () => {
    // 「运行」 typed, found inside 「机关工作运行和党员干部」.
    expect(shown(row({ text: '机关工作运行和党员干部', matchStart: 4, matchEnd: 6, insert: '和党员干部' }))).toBe('[运行]和党员干部');
  });

  it('shows where the insertion stops, not the rest of the phrase', () => {
    // The closer the writer never opened is dropped from the insertion, and the row says so.
    expect(shown(row({ text: '认真落实“一岗双责”落实', matchStart: 5, matchEnd: 7, insert: '双责' }))).toBe('[一岗]双责');
  });

  it('shows the standard wording where it replaces the typed words', () => {
    expect(shown(row({ text: '增强“四个意识”', matchStart: 0, matchEnd: 5, replace: 5, insert: '增强“四个意识”' }))).toBe('[增强“四个]意识”');
  });

  it('shows the whole phrase for pinyin initials and a skeleton its title', () => {
    expect(shown(row({ text: '增强“四个意识”', insert: '增强“四个意识”', replace: 4 }))).toBe('[]增强“四个意识”');
    expect(shown(row({ kind: 'skeleton', text: '述职报告', insert: '一、…' }))).toBe('[]述职报告');
  });

  it('keeps the last typed words of a long agreement', () => {
    const text = '坚持以习近平新时代中国特色社会主义思想为指导';
    expect(shown(row({ text, matchStart: 0, matchEnd: 17, insert: text.slice(17) }))).toBe('…[中国特色社会主义]思想为指导');
  });

  it('reads, for every row the engine gives, as the typed text followed by the insertion', () => {
    const text = '机关工作运行和党员干部。认真落实一岗双责，推动工作落实。增强“四个意识”、坚定“四个自信”。全面从严治党。';
    const engine = new SuggestionEngine(buildBank([{ name: 'a', text }], createNodeSegmenter()).phrases.map(entryOfPhrase));
    let rows = 0;
    for (const before of ['运行', '认真落实一岗', '增强“四个', '我们要增强“四个意识”、坚定', '全面从严']) {
      for (const s of engine.suggest({ before, limit: 5, now: 0 })) {
        const w = rowWords(s);
        if (s.replace === 0) expect(before.endsWith(w.typed)).toBe(true);
        expect(w.rest).toBe(s.replace === 0 ? s.insert : s.insert.slice(w.typed.length));
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(5);
  });
});
