// fixed and outdated: wrong or replaced forms found by exact match, one regular expression
// for all of them (an alternation, longest first), then the rule's context decides.
import type { CheckOptions, Doc, Finding, RuleOf } from './types';

type TermRule = RuleOf<'fixed'> | RuleOf<'outdated'>;
type Compiled = { pattern: RegExp; ruleOf: Map<string, TermRule> };

const compiled = new WeakMap<readonly TermRule[], Compiled>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(rules: readonly TermRule[]): Compiled {
  let hit = compiled.get(rules);
  if (hit) return hit;
  const ruleOf = new Map<string, TermRule>();
  for (const rule of rules) for (const form of rule.kind === 'fixed' ? rule.wrong : rule.old) if (!ruleOf.has(form)) ruleOf.set(form, rule);
  const forms = [...ruleOf.keys()].sort((a, b) => b.length - a.length);
  // A pattern that never matches when there is nothing to find.
  hit = { pattern: new RegExp(forms.length ? forms.map(escape).join('|') : '(?!)', 'g'), ruleOf };
  compiled.set(rules, hit);
  return hit;
}

const today = () => new Date().toISOString().slice(0, 10);

export function checkTerms(doc: Doc, rules: readonly TermRule[], options: CheckOptions): Finding[] {
  if (rules.length === 0) return [];
  const { pattern, ruleOf } = compile(rules);
  const asOf = options.asOf ?? today();
  const findings: Finding[] = [];
  const { text } = doc;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const rule = ruleOf.get(m[0])!;
    const start = m.index;
    const end = start + m[0].length;
    if (rule.notBefore?.some((w) => text.endsWith(w, start))) continue;
    if (rule.notAfter?.some((w) => text.startsWith(w, end))) continue;
    if (rule.kind === 'outdated') {
      if (asOf < rule.since) continue;
      findings.push({ kind: 'outdated', ruleId: rule.id, start, end, text: m[0], replacement: rule.current, autoFix: rule.autoFix, explain: rule.explain });
    } else {
      findings.push({ kind: 'fixed', ruleId: rule.id, start, end, text: m[0], replacement: rule.correct, autoFix: true, explain: rule.explain });
    }
  }
  return findings;
}
