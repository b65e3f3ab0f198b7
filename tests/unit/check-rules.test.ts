// The wording rules as data (#17): the shipped file passes its schema; a malformed file is
// refused with a message naming the field; a writer's rules replace or extend the shipped ones.
import { describe, expect, it } from 'vitest';
import shipped from '@/assets/wording-rules.json';
import { DEFAULT_RULES_REVISION, defaultRuleFile, defaultRules, RULE_KINDS, RuleFileError, mergeRules, parseRuleFile } from '@/lib/check/rules';
import { checkDocument } from '@/lib/check/check';

const clone = () => JSON.parse(JSON.stringify(shipped)) as { formatVersion: number; rules: Array<Record<string, unknown>> };

describe('rule file', () => {
  it('the shipped file has every kind, each rule explained in Chinese and English', () => {
    expect(new Set(defaultRules().map((r) => r.kind))).toEqual(new Set(RULE_KINDS));
    for (const rule of defaultRules()) expect(rule.explain.zh && rule.explain.en).toBeTruthy();
  });

  it('names the snapshot with the revision the validated file has (read without validating at load)', () => {
    expect(Number.isInteger(DEFAULT_RULES_REVISION)).toBe(true);
    expect(DEFAULT_RULES_REVISION).toBe(defaultRuleFile().revision);
  });

  it('refuses a file of another format version', () => {
    expect(() => parseRuleFile({ ...clone(), formatVersion: 2 })).toThrow(/formatVersion/);
  });

  it('refuses a rule of an unknown kind, naming where it is', () => {
    const file = clone();
    file.rules[0] = { ...file.rules[0], kind: 'spelling' };
    expect(() => parseRuleFile(file)).toThrow(RuleFileError);
    expect(() => parseRuleFile(file)).toThrow(/rules\.0\.kind/);
  });

  it('refuses an outdated rule without a valid date, and a fixed rule without wrong variants', () => {
    const file = clone();
    const outdated = file.rules.findIndex((r) => r.kind === 'outdated');
    file.rules[outdated] = { ...file.rules[outdated], since: '2018年3月' };
    expect(() => parseRuleFile(file)).toThrow(new RegExp(`rules\\.${outdated}\\.since`));
    const other = clone();
    const fixed = other.rules.findIndex((r) => r.kind === 'fixed');
    other.rules[fixed] = { ...other.rules[fixed], wrong: [] };
    expect(() => parseRuleFile(other)).toThrow(new RegExp(`rules\\.${fixed}\\.wrong`));
  });

  it('refuses duplicate ids and a rule without its explanation', () => {
    const file = clone();
    file.rules.push(file.rules[0]!);
    expect(() => parseRuleFile(file)).toThrow(/duplicate rule id/);
    const bare = clone();
    delete bare.rules[0]!.explain;
    expect(() => parseRuleFile(bare)).toThrow(/rules\.0\.explain/);
  });

  it('a writer’s rule file adds rules and replaces a shipped one by id', () => {
    const own = parseRuleFile({
      formatVersion: 1,
      name: '本单位规则',
      revision: 1,
      rules: [
        { id: 'fixed.unit-name', kind: 'fixed', correct: '市大数据局', wrong: ['市大数据管理局'], explain: { zh: '本单位简称为「市大数据局」。', en: 'Our short name.' } },
        { id: 'repetition.phrase', kind: 'repetition', check: 'phrase', max: 1, window: 1500, phrases: ['高度重视'], explain: { zh: '少用套话。', en: 'Fewer stock phrases.' } },
      ],
    });
    const rules = mergeRules(defaultRules(), own.rules);
    expect(rules).toHaveLength(defaultRules().length + 1);
    const found = checkDocument('市大数据管理局高度重视，各区高度重视。', rules);
    expect(found.map((f) => [f.ruleId, f.text])).toEqual([
      ['fixed.unit-name', '市大数据管理局'],
      ['repetition.phrase', '高度重视'],
    ]);
  });
});
