// Issue #17: a repeated phrase's alternatives from the bank (lib/check/alternatives.ts).
import { describe, expect, it } from 'vitest';
import { alternativeGroups, alternativesFor } from '@/lib/check/alternatives';
import { checkDocument } from '@/lib/check/check';
import { defaultRules } from '@/lib/check/rules';

const GROUPS = alternativeGroups(defaultRules());

describe('alternativesFor', () => {
  it('offers the group-mates of a lead-in that the bank uses, most used first, with the comma', () => {
    const bank = ['此外，要加强队伍建设', '此外，还要做好宣传', '与此同时，要注意防范风险', '同时，要抓好落实'];
    expect(alternativesFor('同时，', GROUPS, bank)).toEqual(['此外，', '与此同时，']);
  });

  it('offers none the bank does not use, and none for a phrase in no group', () => {
    expect(alternativesFor('同时，', GROUPS, ['同时，要抓好落实'])).toEqual([]);
    expect(alternativesFor('你省请求，', GROUPS, ['此外，要加强'])).toEqual([]);
  });

  it('works for stock phrases, and keeps to the limit', () => {
    const bank = ['持续加强党的建设', '不断加强作风建设', '着力加强基层治理', '不断加强制度建设'];
    expect(alternativesFor('进一步加强', GROUPS, bank)).toEqual(['不断加强', '持续加强', '着力加强']);
    expect(alternativesFor('进一步加强', GROUPS, bank, 1)).toEqual(['不断加强']);
  });

  it('the check attaches them to repetition findings through its lookup', () => {
    const text = Array.from({ length: 4 }, (_, i) => `同时，第${i + 1}项工作要抓好。`).join('');
    const bank = ['此外，要加强队伍建设'];
    const findings = checkDocument(text, undefined, { asOf: '2026-01-01', alternatives: (p) => alternativesFor(p, GROUPS, bank) });
    expect(findings.map((f) => [f.kind, f.text, f.alternatives])).toEqual([['repetition', '同时，', ['此外，']]]);
  });
});
