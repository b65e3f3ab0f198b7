// The wording check's figures (#17), for `npm run bench` (or alone: BENCH_ONLY_CHECK=1):
//  - precision and recall per rule kind on the labelled set (tests/bench/fixtures/check-set.json,
//    made by make-check-set.ts): a finding is right when it overlaps a planted slip of its kind;
//  - findings per 10,000 characters on the seed documents as they are (false alarms), per rule;
//  - the time to check 20,000 characters.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { checkDocument, type Finding } from '@/lib/check/check';
import { RULE_KINDS, type RuleKind } from '@/lib/check/rules';
import { asOfYear, readCheckSeeds } from './check-seeds';
import type { LabelledItem } from './make-check-set';

export type KindFigures = { findings: number; correct: number; slips: number; found: number; precision: number; recall: number };
export type CheckFigures = {
  labelled: { items: number; byKind: Record<string, KindFigures>; overall: KindFigures };
  clean: { documents: number; characters: number; findings: Record<string, number>; perTenThousand: number; perTenThousandWithoutRepetition: number };
  timing: { characters: number; firstMs: number; medianMs: number; maxMs: number };
};

const overlaps = (f: Finding, s: { kind: string; start: number; end: number }) => f.kind === s.kind && f.start < s.end && s.start < f.end;

function figures(findings: number, correct: number, slips: number, found: number): KindFigures {
  return { findings, correct, slips, found, precision: findings ? correct / findings : 1, recall: slips ? found / slips : 1 };
}

export function checkQuality(): CheckFigures {
  // 20,000 characters of running text: the seeds in order, cut at a paragraph.
  const sample: string[] = [];
  for (const p of readCheckSeeds().flatMap((d) => d.paragraphs)) {
    if (sample.join('\n').length >= 20_000) break;
    sample.push(p);
  }
  const text = sample.join('\n').slice(0, 20_000);
  // The first check in a fresh process stands for the first in a page: nothing compiled or optimised yet.
  const t = performance.now();
  checkDocument(text);
  const firstMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    checkDocument(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const { items } = JSON.parse(readFileSync('tests/bench/fixtures/check-set.json', 'utf8')) as { items: LabelledItem[] };
  const tally = Object.fromEntries(RULE_KINDS.map((k) => [k, { findings: 0, correct: 0, slips: 0, found: 0 }])) as Record<RuleKind, { findings: number; correct: number; slips: number; found: number }>;
  const wrong: string[] = [];
  for (const item of items) {
    const findings = checkDocument(item.paragraphs, undefined, { asOf: item.asOf });
    for (const f of findings) {
      tally[f.kind].findings++;
      if (item.slips.some((s) => overlaps(f, s))) tally[f.kind].correct++;
      else wrong.push(`  ✗ ${item.id} ${f.ruleId} 「${f.text}」 in …${item.paragraphs.join('\n').slice(Math.max(0, f.start - 15), f.end + 10)}…`);
    }
    for (const s of item.slips) {
      tally[s.kind].slips++;
      if (findings.some((f) => overlaps(f, s))) tally[s.kind].found++;
      else wrong.push(`  ○ ${item.id} missed ${s.kind} 「${item.paragraphs.join('\n').slice(s.start, s.end)}」`);
    }
  }
  const byKind = Object.fromEntries(RULE_KINDS.map((k) => [k, figures(tally[k].findings, tally[k].correct, tally[k].slips, tally[k].found)]));
  const sum = (key: 'findings' | 'correct' | 'slips' | 'found') => RULE_KINDS.reduce((n, k) => n + tally[k][key], 0);
  const overall = figures(sum('findings'), sum('correct'), sum('slips'), sum('found'));

  const seeds = readCheckSeeds();
  const cleanFindings: Record<string, number> = {};
  let characters = 0;
  const alarms: string[] = [];
  for (const doc of seeds) {
    const text = doc.paragraphs.join('\n');
    characters += text.length;
    for (const f of checkDocument(doc.paragraphs, undefined, { asOf: asOfYear(doc.year) })) {
      cleanFindings[f.ruleId] = (cleanFindings[f.ruleId] ?? 0) + 1;
      if (f.kind !== 'repetition') alarms.push(`  ${doc.name} ${f.ruleId} 「${f.text}」 …${text.slice(Math.max(0, f.start - 12), f.end + 8).replace(/\n/g, '⏎')}…`);
    }
  }
  const total = Object.values(cleanFindings).reduce((a, b) => a + b, 0);
  const repetition = Object.entries(cleanFindings).filter(([id]) => id.startsWith('repetition.')).reduce((n, [, v]) => n + v, 0);


  const result: CheckFigures = {
    labelled: { items: items.length, byKind, overall },
    clean: { documents: seeds.length, characters, findings: cleanFindings, perTenThousand: (total / characters) * 10_000, perTenThousandWithoutRepetition: ((total - repetition) / characters) * 10_000 },
    timing: { characters: text.length, firstMs, medianMs: times[Math.floor(times.length / 2)]!, maxMs: times[times.length - 1]! },
  };
  print(result, wrong, alarms);
  return result;
}

function print(r: CheckFigures, wrong: string[], alarms: string[]): void {
  const f3 = (n: number) => n.toFixed(3);
  console.log(`\nwording check: labelled set (${r.labelled.items} items, tests/bench/fixtures/check-set.json)`);
  console.log('  kind          findings  correct  precision   slips  found  recall');
  for (const [kind, k] of [...Object.entries(r.labelled.byKind), ['overall', r.labelled.overall] as const]) {
    console.log(`  ${kind.padEnd(12)} ${String(k.findings).padStart(9)} ${String(k.correct).padStart(8)} ${f3(k.precision).padStart(10)} ${String(k.slips).padStart(7)} ${String(k.found).padStart(6)} ${f3(k.recall).padStart(7)}`);
  }
  if (process.env.BENCH_CHECK_VERBOSE) console.log(wrong.join('\n'));
  console.log(`\nwording check: seed documents as they are (${r.clean.documents} documents, ${r.clean.characters} chars)`);
  for (const [id, n] of Object.entries(r.clean.findings).sort()) console.log(`  ${id.padEnd(24)} ${n}`);
  console.log(`  findings per 10,000 chars: ${r.clean.perTenThousandWithoutRepetition.toFixed(2)} (slips), ${r.clean.perTenThousand.toFixed(2)} (with repetition notes)`);
  if (process.env.BENCH_CHECK_VERBOSE) console.log(alarms.join('\n'));
  console.log(`\nwording check: ${r.timing.characters} chars in ${r.timing.medianMs.toFixed(1)} ms (median of 30; max ${r.timing.maxMs.toFixed(1)} ms; the first, cold, ${r.timing.firstMs.toFixed(1)} ms)`);
}

/** BENCH_ONLY_CHECK=1: only this section runs, and only its key of results/latest.json is replaced. */
export function checkQualityOnly(): void {
  const path = 'tests/bench/results/latest.json';
  const latest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  latest.check = checkQuality();
  mkdirSync('tests/bench/results', { recursive: true });
  writeFileSync(path, JSON.stringify(latest, null, 2) + '\n');
  console.log(`\nwritten: ${path} (check only)`);
}
