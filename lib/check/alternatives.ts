// Alternatives for a repeated phrase (#17), from the writer's bank. The method: the rule
// data lists small groups of interchangeable wordings (同时/此外/另外/与此同时; 进一步加强/
// 持续加强/不断加强…): a group is a judgement of meaning no string measure makes safely.
// The bank decides which of the repeated phrase's group-mates are offered: those the bank's
// phrases use, the most used first (wording the writer's own standard text already has).
// A group-mate the bank never uses is not offered: the alternatives come from the bank.
import type { Rule } from './rules';

/** A lead-in is flagged with its comma (同时，): the groups hold the words. */
const TRAILING_MARK = /[，,：:]$/;

/** The groups of interchangeable wordings in the repetition rules. */
export function alternativeGroups(rules: readonly Rule[]): string[][] {
  return rules.flatMap((rule) => (rule.kind === 'repetition' ? rule.alternatives : []));
}

/**
 * Up to `limit` alternatives for `phrase`: the other members of its group that occur in the
 * bank's texts, by how many texts use them (then the group's order), with the phrase's own
 * trailing mark. None when the phrase is in no group or the bank uses none of the others.
 */
export function alternativesFor(phrase: string, groups: readonly (readonly string[])[], bankTexts: readonly string[], limit = 3): string[] {
  const mark = TRAILING_MARK.exec(phrase)?.[0] ?? '';
  const words = mark ? phrase.slice(0, -mark.length) : phrase;
  const others = [...new Set(groups.filter((group) => group.includes(words)).flat())].filter((w) => w !== words);
  if (others.length === 0) return [];
  const uses = new Map(others.map((w) => [w, 0]));
  // A lead-in counts with its mark (此外，), not inside other words (与此同时 is not 同时，).
  for (const text of bankTexts) for (const w of others) if (text.includes(w + mark)) uses.set(w, uses.get(w)! + 1);
  return others
    .filter((w) => uses.get(w)! > 0)
    .sort((a, b) => uses.get(b)! - uses.get(a)!)
    .slice(0, limit)
    .map((w) => w + mark);
}
