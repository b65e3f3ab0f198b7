// The inline list appears only when a row is likely to help (#12). The example from the
// issue: with the bank of the five 述职报告 seeds, 「今年以来，全省经济运行」 drew
// 「和党员干部」 (「运行」 caught mid-word, from 「机关工作运行和党员干部」) and 「，保持廉洁自律」.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBank } from '../../lib/corpus/build-bank';
import { SuggestionEngine } from '../../lib/engine/engine';
import { entryOfPhrase } from '../../lib/engine/entry-of-phrase';
import { COMPANION_MARGIN, evidenceOf, gateSuggestions, listShown, SHOW_THRESHOLD } from '../../lib/engine/show-gate';
import type { IndexEntry, Suggestion } from '../../lib/engine/types';
import { BankFileSchema } from '../../lib/schema';
import { createNodeSegmenter } from '../../lib/segment-node';
import { seedDocuments } from './corpus-seeds';

let reports: SuggestionEngine;
/** The entries `reports` was built from (the engine's own keep no tokens). */
let reportEntries: IndexEntry[];
let shipped: SuggestionEngine;
beforeAll(() => {
  reportEntries = buildBank(seedDocuments(), createNodeSegmenter()).phrases.map(entryOfPhrase);
  reports = new SuggestionEngine(reportEntries);
  const bank = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
  shipped = new SuggestionEngine(bank.phrases.map(entryOfPhrase));
});

const ask = (engine: SuggestionEngine, before: string, headings: string[] = []) => {
  const all = engine.suggest({ before, headings, limit: 5, now: 0 });
  return { all, shown: gateSuggestions(all, { before, headings }, evidenceOf(engine.entryList)) };
};
const inserts = (rows: readonly Suggestion[]) => rows.map((s) => s.insert);

describe('the show gate', () => {
  it('shows nothing after 「今年以来，全省经济运行」 where the rows are 「和党员干部」 and 「，保持廉洁自律」', () => {
    const { all, shown } = ask(reports, '今年以来，全省经济运行');
    expect(inserts(all)).toContain('和党员干部');
    expect(inserts(all)).toContain('，保持廉洁自律');
    expect(inserts(shown)).not.toContain('和党员干部');
    expect(inserts(shown)).not.toContain('，保持廉洁自律');
    expect(shown).toEqual([]);
  });

  it('offers neither with the shipped bank', () => {
    const { shown } = ask(shipped, '今年以来，全省经济运行');
    expect(inserts(shown).some((i) => i.startsWith('和党员干部') || i.startsWith('，保持廉洁'))).toBe(false);
  });

  it('still shows a row the typed clause agrees with from its start', () => {
    for (const engine of [reports, shipped]) {
      const { shown } = ask(engine, '我们要增强“四个');
      expect(shown[0]?.text.startsWith('增强“四个意识”')).toBe(true);
    }
  });

  it('keeps the engine order and drops only rows, never adds', () => {
    const { all, shown } = ask(shipped, '各省、自治区、直辖');
    expect(shown.length).toBeGreaterThan(0);
    expect(all.filter((s) => shown.includes(s))).toEqual(shown);
  });

  it('shows everything at a threshold below every row and nothing above them', () => {
    const before = '今年以来，全省经济运行';
    const all = reports.suggest({ before, limit: 5, now: 0 });
    const evidence = evidenceOf(reports.entryList);
    expect(gateSuggestions(all, { before }, evidence, -Infinity)).toEqual(all);
    expect(gateSuggestions(all, { before }, evidence, Infinity)).toEqual([]);
    expect(SHOW_THRESHOLD).toBeLessThan(0);
  });

  it('shows the first rows a pinyin abbreviation asks for, which agree with no typed character', () => {
    const { all, shown } = ask(shipped, '我们要增强sgys');
    expect(all.length).toBeGreaterThan(0);
    expect(shown.length).toBe(Math.min(3, all.length));
    expect(shown[0]!.text).toContain('四个意识');
    // Two letters are too few to be a request: 「ok」 or 「GB」 typed in a sentence.
    expect(ask(shipped, '我们要增强sg').shown).toEqual([]);
  });

  it('counts a phrase the writer took before as evidence', () => {
    const engine = new SuggestionEngine(reportEntries);
    const before = '今年以来，全省经济运行';
    const target = engine.suggest({ before, limit: 5, now: 0 }).find((s) => s.insert === '和党员干部')!;
    for (let i = 0; i < 3; i++) engine.recordUse(target.id, 0);
    const { shown } = ask(engine, before);
    expect(shown.map((s) => s.id)).toContain(target.id);
  });

  it('counts a favorite as evidence too', () => {
    const before = '今年以来，全省经济运行';
    const target = reports.suggest({ before, limit: 5, now: 0 }).find((s) => s.insert === '和党员干部')!;
    const engine = new SuggestionEngine(reportEntries.map((e) => ({ ...e, favorite: e.id === target.id })));
    expect(ask(engine, before).shown.map((s) => s.id)).toContain(target.id);
  });

  it('opens the list on its best row and brings the rows close behind it, not those far below', () => {
    const t = SHOW_THRESHOLD;
    // No row worth it: nothing, however many rows are near.
    expect(listShown([t - 0.1, t - 0.5, t - 1], t)).toEqual([false, false, false]);
    // The best row opens it wherever it ranks; a row within the margin comes too, one
    // further below does not.
    expect(listShown([t - 0.5, t + 1, t - COMPANION_MARGIN - 0.5], t)).toEqual([true, true, false]);
    expect(listShown([], t)).toEqual([]);
  });
});
