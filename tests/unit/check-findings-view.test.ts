// Issue #17: what the in-page check list does with findings (lib/check/findings-view.ts).
import { describe, expect, it } from 'vitest';
import { checkDocument } from '@/lib/check/check';
import { canFix, contextOf, fixEdit, fixableOfRule, ignoreKey, sameFinding, unignored } from '@/lib/check/findings-view';
import type { Finding } from '@/lib/check/types';

const AS_OF = { asOf: '2026-01-01' };
const only = (text: string, id: string): Finding => {
  const found = checkDocument(text, undefined, AS_OF).find((f) => f.ruleId === id);
  if (!found) throw new Error(`${id} not found in ${text}`);
  return found;
};

describe('ignore', () => {
  it('hides the same rule on the same text, and nothing else', () => {
    const text = '增强四种意识，坚定四种意识。工作做的很好。';
    const findings = checkDocument(text, undefined, AS_OF);
    expect(findings.map((f) => f.text)).toEqual(['四种意识', '四种意识', '做的很好']);
    const hidden = unignored(findings, new Set([ignoreKey(findings[0]!)]));
    expect(hidden.map((f) => f.text)).toEqual(['做的很好']);
    expect(unignored(findings, new Set())).toEqual(findings);
  });
});

describe('ignore a rule (忽略此类)', () => {
  it('hides every finding of the rule, whatever its text, and no other rule', () => {
    const text = '增强四种意识，坚定四大意识。工作做的很好，干的很好。';
    const findings = checkDocument(text, undefined, AS_OF);
    expect(findings.map((f) => f.text)).toEqual(['四种意识', '四大意识', '做的很好', '干的很好']);
    const byRule = unignored(findings, new Set(), new Set(['fixed.si-ge-yishi']));
    expect(byRule.map((f) => f.text)).toEqual(['做的很好', '干的很好']);
    // With a finding ignored too: both kinds of ignoring apply.
    const both = unignored(findings, new Set([ignoreKey(findings[2]!)]), new Set(['fixed.si-ge-yishi']));
    expect(both.map((f) => f.text)).toEqual(['干的很好']);
  });
});

describe('fixableOfRule (全部改正)', () => {
  it('lists the fixable findings of one rule, the last in the text first', () => {
    const text = '增强四种意识，坚定四大意识，牢记四种意识。工作做的很好。';
    const findings = checkDocument(text, undefined, AS_OF);
    const all = fixableOfRule(findings, 'fixed.si-ge-yishi');
    expect(all.map((f) => [f.text, f.start])).toEqual([
      ['四种意识', 16],
      ['四大意识', 9],
      ['四种意识', 2],
    ]);
    // Fixing from the end: each edit leaves the offsets of the ones before it as they were.
    let fixed = text;
    for (const finding of all) {
      const edit = fixEdit(fixed, finding)!;
      fixed = fixed.slice(0, edit.start) + edit.insert + fixed.slice(edit.end);
    }
    expect(fixed).toBe('增强四个意识，坚定四个意识，牢记四个意识。工作做的很好。');
  });

  it('leaves out suggest-only findings', () => {
    const findings = checkDocument('国家质检总局和国家质检总局', undefined, AS_OF);
    expect(findings.length).toBe(2);
    expect(fixableOfRule(findings, 'outdated.shichang-zhijian')).toEqual([]);
  });
});

describe('canFix and fixEdit', () => {
  it('a fixed formulation is replaced as it is', () => {
    const text = '增强四种意识';
    expect(fixEdit(text, only(text, 'fixed.si-ge-yishi'))).toEqual({ start: 2, end: 6, insert: '四个意识' });
  });

  it('a suggest-only rule (质检总局: duties split between two bodies) offers no fix', () => {
    const text = '国家质检总局发布通知';
    const finding = only(text, 'outdated.shichang-zhijian');
    expect(finding.replacement).toBe('国家市场监督管理总局');
    expect(canFix(finding)).toBe(false);
    expect(fixEdit(text, finding)).toBeNull();
  });

  it('a removal takes the character before along, or after at a paragraph start, so something is inserted', () => {
    const text = '理论学习、，\n、开头';
    const comma = checkDocument(text, undefined, AS_OF).filter((f) => f.ruleId === 'punctuation.enumeration-comma');
    const mid = comma.find((f) => f.start === 4)!;
    expect(mid.replacement).toBe('');
    expect(fixEdit(text, mid)).toEqual({ start: 3, end: 5, insert: '习' });
    const synthetic: Finding = { ...mid, start: 7, end: 8 };
    expect(fixEdit(text, synthetic)).toEqual({ start: 7, end: 9, insert: '开' });
  });

  it('refuses a finding whose text is no longer where it was', () => {
    const finding = only('增强四种意识', 'fixed.si-ge-yishi');
    expect(fixEdit('增强了四种意识', finding)).toBeNull();
  });
});

describe('contextOf', () => {
  it('shows the finding within its own paragraph, with ellipses where the paragraph goes on', () => {
    const text = '第一段\n我们要进一步增强四种意识，坚决做到两个维护，不断开创新局面\n第三段';
    const finding = only(text, 'fixed.si-ge-yishi');
    expect(contextOf(text, finding, 4)).toEqual({ before: '…一步增强', flagged: '四种意识', after: '，坚决做…' });
    expect(contextOf('增强四种意识', only('增强四种意识', 'fixed.si-ge-yishi'))).toEqual({ before: '增强', flagged: '四种意识', after: '' });
  });
});

describe('sameFinding', () => {
  it('finds the finding again in a changed text (the nearest of the same rule and text), or null', () => {
    const old = only('增强四种意识，坚定四种意识', 'fixed.si-ge-yishi');
    const after = checkDocument('我们要增强四种意识，坚定四种意识', undefined, AS_OF);
    expect(sameFinding(after, old)).toMatchObject({ start: 5, text: '四种意识' });
    expect(sameFinding(checkDocument('增强四个意识', undefined, AS_OF), old)).toBeNull();
  });
});
