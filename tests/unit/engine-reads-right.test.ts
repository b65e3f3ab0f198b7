// #20: what the inline list offers must read right as a continuation of what was typed,
// on the shipped default bank.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '@/lib/cli/suggest';

const engine = loadEngine('assets/default-bank.json');
const results = (before: string, headings?: string[]) =>
  engine.suggest({ before, headings, limit: 5 }).map((s) => before.slice(0, before.length - s.replace) + s.insert);

describe('continuations that read right', () => {
  it('stops a quoted term where the stored phrase closes it: no second verb after 一岗双责', () => {
    const rows = results('认真落实一岗');
    expect(rows).not.toContain('认真落实一岗双责落实');
    expect(rows.every((row) => !row.includes('双责落'))).toBe(true);
    expect(rows[0]).toBe('认真落实一岗双责');
    // One result, one row.
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('keeps the verb–object pair of the bank and never leaves a quotation open', () => {
    const rows = results('我们要进一步增强“四个');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).not.toContain('我们要进一步增强“四个自信”');
    expect(rows.some((row) => row.startsWith('我们要进一步增强“四个方面'))).toBe(false);
    for (const row of rows) expect(row.split('“').length).toBe(row.split('”').length);
    expect(rows[0]).toBe('我们要进一步增强“四个意识”');
  });
});

describe('one wording, one or two rows', () => {
  it('a phrase and its own leading parts take at most two rows: the next words and the whole', () => {
    for (const before of ['理论学习', '全面从严', '压紧压实', '进一步增强', '深入学习贯彻']) {
      const rows = engine.suggest({ before, limit: 5 });
      const extends_ = (a: (typeof rows)[number], b: (typeof rows)[number]) => a !== b && a.replace === b.replace && a.insert.startsWith(b.insert);
      // No three rows where each is the one before it and more (上不够 · 上不够深入 · 上不够深入、系统);
      // words two longer rows share, where the wordings part, are an offer of their own.
      const middles = rows.filter((row) => rows.some((shorter) => extends_(row, shorter)) && rows.filter((longer) => extends_(longer, row)).length === 1);
      expect(middles, `${before}: ${rows.map((r) => r.insert).join(' | ')}`).toEqual([]);
      expect(rows.length).toBe(5);
    }
  });
});

describe('the section decides', () => {
  it('under 下步打算, 理论学习 does not lead with problem wording', () => {
    const rows = engine.suggest({ before: '理论学习', headings: ['三、下步打算'], limit: 5 });
    expect(rows[0]?.role).not.toBe('problem');
  });

  it('under 主要工作, neither plan nor problem wording leads', () => {
    for (const before of ['理论学习', '加强', '着力']) {
      const rows = engine.suggest({ before, headings: ['一、主要工作'], limit: 5 });
      expect(['plan', 'problem']).not.toContain(rows[0]?.role);
    }
  });

  it('in a combined section (存在的问题及下步打算) holds back neither part\'s wording', () => {
    const roles = (headings: string[]) => engine.suggest({ before: '坚持', headings, limit: 5 }).map((s) => s.role);
    // Its first part leads; plans, held back under problems alone, still have a place.
    expect(roles(['二、存在的问题及下步打算'])[0]).toBe('problem');
    expect(roles(['二、存在的问题及下步打算'])).toContain('plan');
    expect(roles(['二、存在的问题'])).not.toContain('plan');
  });
});
