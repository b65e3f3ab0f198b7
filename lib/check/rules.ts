// The wording rules as data (#17): a versioned JSON file (assets/wording-rules.json) checked
// against this schema. JSON rather than a TS module because the rule set is meant to grow
// outside the code: a writer's own rules and a unit's shared bank carry rule files of the same
// format, and they must be validated at that boundary exactly as the shipped file is.
import { z } from 'zod';
import { once } from '../once';
import shipped from '../../assets/wording-rules.json';

export const RULES_FORMAT_VERSION = 1;

/**
 * The schemas, made on first use. Making zod schemas costs milliseconds, which every page's
 * content script and every wake of the background paid at load (#19), though most of them
 * never read a rule file: the shipped rules are read when a check or a bank build first
 * needs them.
 */
function makeSchemas() {
  const Text = z.string().trim().min(1).max(64);
  const Words = z.array(Text).max(500);
  const Explain = z.object({ zh: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(400) });
  const Id = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'id 应形如 kind.name（小写字母、数字、连字符） / id must look like kind.name');

  /** Context that cancels a match: the text just before it ends with, or just after it starts with, one of these. */
  const Context = { notBefore: Words.optional(), notAfter: Words.optional() };

  const FixedRuleSchema = z.object({
    id: Id,
    kind: z.literal('fixed'),
    correct: Text,
    /** Only variants that are wrong wherever they appear. */
    wrong: z.array(Text).min(1).max(50),
    ...Context,
    explain: Explain,
  });

  const OutdatedRuleSchema = z.object({
    id: Id,
    kind: z.literal('outdated'),
    old: z.array(Text).min(1).max(50),
    current: Text,
    /** The date the change took effect (YYYY-MM-DD): a document dated before it is not flagged. */
    since: z.iso.date(),
    by: Explain,
    /** false: the current form is the likely one but not certain (duties were split); suggest, never apply unasked. */
    autoFix: z.boolean().default(true),
    ...Context,
    explain: Explain,
  });

  const DeDiDeRuleSchema = z.object({
    id: Id,
    kind: z.literal('de-di-de'),
    /** di: 「words 的 then」 → 地 (adverbial before a verb); de: 「words 的 then」 → 得 (verb before a complement). */
    form: z.enum(['di', 'de']),
    words: Words.min(1),
    then: Words.min(1),
    /** Right after `then`: the verb is the head of a noun (积极的推动作用), so 的 is right. */
    notThen: Words.default([]),
    /** Right before `words`: the phrase is an object (得到有力的促进), so 的 is right. */
    notAfterCue: Words.default([]),
    explain: Explain,
  });

  const NumberingRuleSchema = z.object({
    id: Id,
    kind: z.literal('numbering'),
    check: z.enum(['form', 'sequence']),
    /** A paragraph starting with one of these (附件) starts the numbering anew. */
    resetAt: Words.default([]),
    explain: Explain,
  });

  const PunctuationRuleSchema = z.object({
    id: Id,
    kind: z.literal('punctuation'),
    check: z.enum(['half-width', 'pairs', 'enumeration-comma']),
    explain: Explain,
  });

  const RepetitionRuleSchema = z.object({
    id: Id,
    kind: z.literal('repetition'),
    check: z.enum(['phrase', 'opening']),
    /** More than `max` uses within `window` characters is flagged. */
    max: z.number().int().min(1).max(100).default(3),
    window: z.number().int().min(100).max(1_000_000).default(1500),
    phrases: Words.default([]),
    /** check 'opening': a sentence's lead-in clause (同时，), at most `length` characters before its comma. */
    length: z.number().int().min(2).max(12).default(4),
    /** Groups of interchangeable wordings (同时/此外/另外): a repeated one is offered the others the bank uses. */
    alternatives: z.array(Words.min(2).max(20)).max(200).default([]),
    explain: Explain,
  });

  const RuleSchema = z.discriminatedUnion('kind', [
    FixedRuleSchema,
    OutdatedRuleSchema,
    DeDiDeRuleSchema,
    NumberingRuleSchema,
    PunctuationRuleSchema,
    RepetitionRuleSchema,
  ]);

  const RuleFileSchema = z
    .object({
      formatVersion: z.literal(RULES_FORMAT_VERSION),
      name: z.string().trim().min(1).max(100),
      /** Bumped whenever the rules change, so what was filtered with older rules is filtered again. */
      revision: z.number().int().min(0),
      rules: z.array(RuleSchema).max(5000),
    })
    .superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.rules.forEach((rule, i) => {
        if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `规则 id 重复 / duplicate rule id: ${rule.id}` });
        seen.add(rule.id);
      });
    });
  return { RuleSchema, RuleFileSchema };
}
type Schemas = ReturnType<typeof makeSchemas>;
const ruleSchemas = once(makeSchemas);

export type Rule = z.infer<Schemas['RuleSchema']>;
export type RuleKind = Rule['kind'];
export const RULE_KINDS = ['fixed', 'outdated', 'de-di-de', 'numbering', 'punctuation', 'repetition'] as const satisfies readonly RuleKind[];
export type RuleFile = z.infer<Schemas['RuleFileSchema']>;

export class RuleFileError extends Error {}

/** A rule file from anywhere (shipped, the writer's, a shared bank), or an error naming each bad field. */
export function parseRuleFile(input: unknown): RuleFile {
  const result = ruleSchemas().RuleFileSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  throw new RuleFileError(`规则文件无效 / invalid rule file:\n${lines.join('\n')}`);
}

/** Rules of `extra` replace the base rule of the same id, or are added after the base rules. */
export function mergeRules(base: readonly Rule[], extra: readonly Rule[]): Rule[] {
  const byId = new Map(extra.map((rule) => [rule.id, rule]));
  const merged = base.map((rule) => byId.get(rule.id) ?? rule);
  const baseIds = new Set(base.map((rule) => rule.id));
  return [...merged, ...extra.filter((rule) => !baseIds.has(rule.id))];
}

/** The shipped rule file (assets/wording-rules.json), validated on first use. */
export const defaultRuleFile: () => RuleFile = once(() => parseRuleFile(shipped));

export function defaultRules(): readonly Rule[] {
  return defaultRuleFile().rules;
}

/** The shipped rules' revision, which names the engine's snapshot: read without
 * validating the file, so a wake need not (tests/unit/check-rules.test.ts validates it). */
export const DEFAULT_RULES_REVISION: number = (shipped as { revision: number }).revision;
