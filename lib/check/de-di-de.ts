// 的/地/得: only the patterns where the wrong character is certain. 地: an adverbial from a
// closed list, 的, a verb from a closed list, then an object or more of the clause (有力的促进各项
// 工作); not when the verb heads a noun (积极的推动作用) or is itself the object (得到有力的促进).
// 得: a verb, 的, a complement of degree or result closing the clause (做的很好，).
import type { Doc, Finding, RuleOf } from './types';

type DeRule = RuleOf<'de-di-de'>;
const compiled = new WeakMap<DeRule, RegExp>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Ends a clause: punctuation, a line break, the end of the text. */
const CLAUSE_END = /^(?:$|[，。；：？！、,.;:?!\n”）)])/;
const ENUMERATION = /[一二三四五六七八九十]是$/;
/** Aspect marks between a cue and what follows it (得到了有力的促进). */
const ASPECT = /[了着过]+$/;

function patternOf(rule: DeRule): RegExp {
  let pattern = compiled.get(rule);
  if (!pattern) {
    pattern = new RegExp(`(${alternation(rule.words)})的(${alternation(rule.then)})`, 'g');
    compiled.set(rule, pattern);
  }
  return pattern;
}

export function checkDeDiDe(doc: Doc, rules: readonly DeRule[]): Finding[] {
  const findings: Finding[] = [];
  const { text } = doc;
  for (const rule of rules) {
    const pattern = patternOf(rule);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const after = text.slice(end, end + 4);
      const before = text.slice(Math.max(0, start - 6), start).replace(ASPECT, '');
      // 「是」 makes an object (是积极的推动), but not in an enumeration (六是全面的加强…).
      if (rule.notAfterCue.some((cue) => before.endsWith(cue)) && !ENUMERATION.test(before)) continue;
      if (rule.form === 'di') {
        if (rule.notThen.some((w) => after.startsWith(w))) continue;
      } else if (!CLAUSE_END.test(after) && !after.startsWith('了')) continue;
      // Let the next match start inside this one's tail (有力的促进 … 的推进) without skipping text.
      pattern.lastIndex = start + m[1]!.length + 1;
      findings.push({
        kind: 'de-di-de',
        ruleId: rule.id,
        start,
        end,
        text: m[0],
        replacement: `${m[1]}${rule.form === 'di' ? '地' : '得'}${m[2]}`,
        autoFix: true,
        explain: rule.explain,
      });
    }
  }
  return findings;
}
