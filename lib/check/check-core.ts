// checkDocument: the whole text against the rules, pure (Node and the browser alike).
// flagsOf: one phrase against the rules that apply to a phrase on its own, for the bank
// build, the engine's entries and the writer's saved phrases. fixText: the certain fixes
// applied, for the bank build.
// The rules are always given: this module loads no rule file and no zod, so the content
// script that runs in every frame can check with the rules the background sends (#19).
// check.ts adds the shipped rules as the default.
import type { Rule, RuleKind } from './rules';
import { checkTerms } from './terms';
import { checkDeDiDe } from './de-di-de';
import { checkNumbering } from './numbering';
import { checkPunctuation } from './punctuation';
import { checkRepetition } from './repetition';
import type { CheckOptions, Doc, Finding, RuleOf } from './types';

export type { Finding, CheckOptions } from './types';

/** When two findings overlap, the one of the earlier kind stays (a 「(1)」 is a numbering slip, not two brackets). */
const PRIORITY: readonly RuleKind[] = ['numbering', 'fixed', 'outdated', 'de-di-de', 'punctuation', 'repetition'];

function docOf(input: string | readonly string[]): Doc {
  const list = typeof input === 'string' ? input.split('\n') : input;
  const paragraphs: Doc['paragraphs'] = [];
  let start = 0;
  for (const text of list) {
    paragraphs.push({ text, start });
    start += text.length + 1;
  }
  return { text: list.join('\n'), paragraphs };
}

const ofKind = <K extends RuleKind>(rules: readonly Rule[], kind: K) => rules.filter((r): r is RuleOf<K> => r.kind === kind);

/** Findings in text order; offsets are in the paragraphs joined by \n (what the adapters give). */
export function checkDocument(input: string | readonly string[], rules: readonly Rule[], options: CheckOptions = {}): Finding[] {
  const doc = docOf(input);
  const ignore = new Set(options.ignore);
  const active = rules.filter((r) => !ignore.has(r.id) && (!options.kinds || options.kinds.includes(r.kind)));
  const all = [
    ...checkNumbering(doc, ofKind(active, 'numbering')),
    ...checkTerms(doc, [...ofKind(active, 'fixed'), ...ofKind(active, 'outdated')], options),
    ...checkDeDiDe(doc, ofKind(active, 'de-di-de')),
    ...checkPunctuation(doc, ofKind(active, 'punctuation'), options.separate),
    ...checkRepetition(doc, ofKind(active, 'repetition'), options),
  ];
  all.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start);
  const kept: Finding[] = [];
  // Kept slips by start; they do not overlap (but for a numbering marker's form and sequence
  // on the same span), so only the last one starting before a finding's end can overlap it.
  const spans: Finding[] = [];
  for (const f of all) {
    // Repetition lists the writer's choices, not slips: it may overlap anything.
    if (f.kind !== 'repetition') {
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid]!.start < f.end) lo = mid + 1;
        else hi = mid;
      }
      const before = spans[lo - 1];
      if (before && before.end > f.start && !(before.kind === 'numbering' && f.kind === 'numbering')) continue;
      spans.splice(lo, 0, f);
    }
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
}

/** What can be judged in a phrase on its own: not the numbering or repetition of a document. */
const PHRASE_KINDS: readonly RuleKind[] = ['fixed', 'outdated', 'de-di-de', 'punctuation'];

/** The rules a phrase breaks (empty: it may be offered). A phrase is for writing today: every replaced form counts. */
export function flagsOf(text: string, rules: readonly Rule[]): Finding[] {
  return checkDocument(text, rules, { kinds: PHRASE_KINDS, asOf: '9999-12-31' });
}

/**
 * Which of many phrases a rule flags, in one pass over them all (the background's whole bank:
 * 100,000 phrases one by one take seconds, joined they take a fraction of that).
 */
export function flaggedAmong(texts: readonly string[], rules: readonly Rule[]): Set<number> {
  // A phrase never holds a line break (they would run two phrases together): such a one is checked alone.
  const alone = new Set<number>();
  const joined: string[] = [];
  const indexOf: number[] = [];
  texts.forEach((text, i) => {
    if (text.includes('\n')) alone.add(i);
    else {
      joined.push(text);
      indexOf.push(i);
    }
  });
  const flagged = new Set<number>([...alone].filter((i) => flagsOf(texts[i]!, rules).length > 0));
  const starts: number[] = [];
  let at = 0;
  for (const text of joined) {
    starts.push(at);
    at += text.length + 1;
  }
  for (const f of checkDocument(joined, rules, { kinds: PHRASE_KINDS, asOf: '9999-12-31', separate: true })) {
    // The paragraph holding the finding's start: binary search over the starts.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= f.start) lo = mid;
      else hi = mid - 1;
    }
    flagged.add(indexOf[lo]!);
  }
  return flagged;
}

/** The findings' replacements applied (later ones first, so offsets hold). */
export function applyFindings(text: string, findings: readonly Finding[]): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) if (f.replacement !== undefined) out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
  return out;
}

/** The text with every certain fix of a phrase-level rule applied; what stays flagged is for the caller to drop. */
export function fixText(text: string, rules: readonly Rule[]): string {
  return applyFindings(text, flagsOf(text, rules).filter((f) => f.autoFix && f.replacement !== undefined));
}
