// Repetition: a stock phrase, or a sentence opening, used more than `max` times within
// `window` characters (about a page): each use past the limit is listed, with the bank's
// alternatives when the caller gives a lookup.
import { isCjk } from '../corpus/text';
import type { CheckOptions, Doc, Finding, RuleOf } from './types';

type RepetitionRule = RuleOf<'repetition'>;

/** Positions (sorted) → those that are the (max+1)th or later within `window` characters. */
function overused(positions: readonly number[], max: number, window: number): number[] {
  const out: number[] = [];
  let first = 0;
  positions.forEach((at, i) => {
    while (positions[first]! <= at - window) first++;
    if (i - first + 1 > max) out.push(at);
  });
  return out;
}

/**
 * Lead-ins: a sentence's first clause when it is short (同时， 此外， 近年来，), the openings
 * that read as a tic when repeated. A sentence's first words are most often its subject
 * (行政执法机关…, 你省请求…), which 公文 repeat by design.
 */
function openings(doc: Doc, length: number): Map<string, number[]> {
  const byOpening = new Map<string, number[]>();
  const { text } = doc;
  const SENTENCE_START = /(?:^|\n|[。！？；])[\s　]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、]|（\d{1,2}）)?/g;
  for (let m = SENTENCE_START.exec(text); m; m = SENTENCE_START.exec(text)) {
    const start = m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_START.lastIndex++;
    // Looked for only within reach: a text of short sentences without commas stays linear.
    const lead = text.slice(start, start + length + 1).indexOf('，');
    if (lead < 2) continue;
    const opening = text.slice(start, start + lead + 1);
    if (![...opening.slice(0, -1)].every((c) => isCjk(c))) continue;
    let list = byOpening.get(opening);
    if (!list) byOpening.set(opening, (list = []));
    if (list[list.length - 1] !== start) list.push(start);
  }
  return byOpening;
}

export function checkRepetition(doc: Doc, rules: readonly RepetitionRule[], options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const { text } = doc;
  for (const rule of rules) {
    const uses = new Map<string, number[]>();
    if (rule.check === 'phrase') {
      for (const phrase of rule.phrases) {
        const at: number[] = [];
        for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) at.push(i);
        if (at.length > rule.max) uses.set(phrase, at);
      }
    } else {
      for (const [opening, at] of openings(doc, rule.length)) if (at.length > rule.max) uses.set(opening, at);
    }
    for (const [phrase, at] of uses) {
      const over = overused(at, rule.max, rule.window);
      if (over.length === 0) continue;
      const alternatives = options.alternatives?.(phrase).filter((a) => a !== phrase);
      for (const start of over) {
        findings.push({
          kind: 'repetition',
          ruleId: rule.id,
          start,
          end: start + phrase.length,
          text: phrase,
          autoFix: false,
          explain: {
            zh: `${rule.explain.zh}「${phrase}」在约 ${rule.window} 字内用了 ${rule.max} 次以上。`,
            en: `${rule.explain.en} 「${phrase}」 is used more than ${rule.max} times within ${rule.window} characters.`,
          },
          ...(alternatives?.length ? { alternatives } : {}),
        });
      }
    }
  }
  return findings;
}
