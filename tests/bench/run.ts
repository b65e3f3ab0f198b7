// `npm run bench`: our engine against Fuse.js, FlexSearch and MiniSearch on the same
// seed-derived banks and queries, in one process; then the wake-up cost; then characters
// saved and noise on held-out documents and leave-one-out on the 述职报告 seeds, ungated
// and along the show gate's threshold (csr.ts); then the wording check (check-quality.ts; alone:
// BENCH_ONLY_CHECK=1, skipped: BENCH_SKIP_CHECK=1). Prints tables and writes results/latest.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BankFileSchema } from '@/lib/schema';
import { createNodeSegmenter } from '@/lib/segment-node';
import { SuggestionEngine } from '@/lib/engine/engine';
import { checkSnapshot } from '@/lib/engine/snapshot';
import { decodeSnapshot, encodeSnapshot } from '@/lib/engine/snapshot-binary';
import { benchBank } from './bench-bank';
import { buildQueries } from './queries';
import { readSeedDocuments } from './seed-documents';
import { flexsearch, fuse, juku, jukuGated, minisearch, prefixBaseline, type Contender } from './contenders';
import { measure, percentile, type Figures } from './measure';
import { DocumentEngines, documentContext, suggestWithDocument } from '@/lib/engine/document-engine';
import { bankOf, combine, curveOfDocument, engineOf, type Curve, type Point } from './csr';
import { SHOW_THRESHOLD } from '@/lib/engine/show-gate';
import { checkQuality, checkQualityOnly } from './check-quality';

if (process.env.BENCH_ONLY_CHECK) {
  checkQualityOnly();
  process.exit(0);
}

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').filter(Boolean).map(Number);
/** Fuse.js scans every phrase per query (0.1 s at 10k, 1 s at 100k): it gets a sample there. */
const FUSE_QUERY_CAP: Record<number, number> = { 10_000: 200, 100_000: 100 };

const shipped = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
const seeds = readSeedDocuments();
/** The five 述职报告 (000–004); the other seeds are public documents of other kinds. */
const reports = seeds.filter((d) => /^00[0-4]_/.test(d.name));
// Speed and recall are measured on the five 述职报告 and the bank built from them, the same
// queries and bank as before the public documents were added, so the figures stay comparable.
const segmenter = createNodeSegmenter();
const bank = bankOf(reports, segmenter);
const docs = reports;
const queries = buildQueries(docs, bank.phrases);
const answers = new Set(queries.map((q) => q.answerId));
console.log(`bank: ${bank.phrases.length} real phrases; ${queries.length} queries expecting ${answers.size} distinct phrases`);

const engines: Record<string, Record<string, Figures>> = {};
const only = process.env.BENCH_ENGINES?.split(',');
const contenders: Array<() => Contender> = [juku, jukuGated, prefixBaseline, fuse, flexsearch, minisearch].filter((make) => !only || only.includes(make().name));
for (const size of SIZES) {
  const entries = benchBank(bank.phrases, size, answers);
  for (const make of contenders) {
    const contender = make();
    const cap = contender.name === 'fuse.js' ? FUSE_QUERY_CAP[size] : undefined;
    const figures = measure(contender, entries, cap ? queries.slice(0, cap) : queries, cap ? 1 : 3);
    (engines[contender.name] ??= {})[String(size)] = figures;
    console.log(`${String(size).padStart(7)}  ${contender.name.padEnd(11)} build ${fmt(figures.buildMs)} ms  heap ${fmt(figures.heapMB)} MB  p50 ${fmt(figures.p50Ms, 3)} ms  p99 ${fmt(figures.p99Ms, 3)} ms  recall@5 ${fmt(figures.recallAt5, 3)}${cap ? `  (${cap} queries)` : ''}`);
  }
}

const wake = await wakeUp();
const documentFigures = documentCost();
/** Show-thresholds in log-odds (−4.5 ≈ 1% chance the row fits, 0 = 50%). */
const THRESHOLDS = [-5, -4.5, -4, -3.5, -3, -2.5, -2, -1.75, -1.5, -1, -0.5, 0];
const csr = process.env.BENCH_SKIP_CSR ? {} : quality();
const check = process.env.BENCH_SKIP_CHECK ? undefined : checkQuality();

printTable();
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync(
  'tests/bench/results/latest.json',
  JSON.stringify(
    { engines, csr, showThreshold: SHOW_THRESHOLD, wakeUp: wake, document: documentFigures, queries: queries.length, realPhrases: bank.phrases.length, shippedPhrases: shipped.phrases.length, check },
    null,
    2,
  ) + '\n',
);
console.log('\nwritten: tests/bench/results/latest.json');

/**
 * From stored bank to first answer, in Node. A copy of the snapshot's bytes stands in for
 * IndexedDB handing the stored Blob back (decoded and checked as the background does), a
 * structured clone for it handing back one record per phrase.
 */
async function wakeUp() {
  const result: Record<string, { fromSnapshotMs: number; fromRecordsMs: number; firstPinyinColdMs: number; firstPinyinWarmedMs: number }> = {};
  for (const size of SIZES.filter((n) => n >= 10_000)) {
    const entries = benchBank(bank.phrases, size, answers);
    const bytes = encodeSnapshot(new SuggestionEngine(entries).toSnapshot());
    const restore = () => SuggestionEngine.fromSnapshot(checkSnapshot(decodeSnapshot(bytes.slice(0)))!);
    const before = queries[0]!.before;
    const t0 = performance.now();
    restore().suggest({ before });
    const t1 = performance.now();
    new SuggestionEngine(structuredClone(entries)).suggest({ before });
    const t2 = performance.now();
    // The first pinyin query after a wake: cold, and after the background's idle warm-up.
    const cold = restore();
    const t3 = performance.now();
    cold.suggest({ before: 'sgys' });
    const firstPinyinColdMs = performance.now() - t3;
    const warmed = restore();
    await warmed.warmUp(() => Promise.resolve());
    const t4 = performance.now();
    warmed.suggest({ before: 'sgys' });
    result[String(size)] = { fromSnapshotMs: t1 - t0, fromRecordsMs: t2 - t1, firstPinyinColdMs, firstPinyinWarmedMs: performance.now() - t4 };
  }
  return result;
}

/**
 * What the document above the caret costs (document-engine.ts): building its engine when the
 * text above changes, at several lengths of the longest held-out document and at the most a
 * query carries; and a keystroke's answer with it beside the largest bank, against the bank
 * alone, on the same queries.
 */
function documentCost() {
  const longest = readSeedDocuments('seeds/held-out').sort((a, b) => b.raw.length - a.raw.length)[0]!;
  const lines = longest.paragraphs.map((p) => p.text);
  while (lines.join('\n').length < 20_000) lines.push(...longest.paragraphs.map((p) => p.text));
  const builds: Record<string, number> = {};
  for (const chars of [2_000, 5_000, 20_000]) {
    let take = 0;
    while (take < lines.length && lines.slice(0, take + 1).join('\n').length <= chars) take++;
    const context = documentContext(lines.slice(0, take));
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      new DocumentEngines().enginesFor(context);
      times.push(performance.now() - t0);
    }
    builds[String(context.length)] = times.sort((a, b) => a - b)[3]!;
  }
  const size = Math.max(...SIZES, 10_000);
  const engine = new SuggestionEngine(benchBank(bank.phrases, size, answers));
  const documents = new DocumentEngines();
  const context = documentContext(lines);
  const timed = (withDocument: boolean) => {
    const times: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      for (const q of queries) {
        const t0 = performance.now();
        if (withDocument) suggestWithDocument(engine, documents.enginesFor(context, q.before), { before: q.before, headings: q.headings, context });
        else engine.suggest({ before: q.before, headings: q.headings });
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
  };
  timed(true); // warm-up, and the document's engine built once
  return { bankSize: size, contextChars: context.length, buildMs: builds, bankAlone: timed(false), withDocument: timed(true) };
}

/**
 * Characters saved and noise, per scenario, ungated and along the threshold:
 *  - held-out documents (seeds/held-out/, kinds other than 述职报告) with the shipped bank;
 *  - the same with a bank from the other documents of their kind (a writer's own documents);
 *  - each 述职报告 seed left out: a bank from the other four, and the shipped bank without it.
 */
function quality(): Record<string, { curve: Curve; perDocument: Record<string, Curve> }> {
  const held = readSeedDocuments('seeds/held-out');
  const manifest = JSON.parse(readFileSync('seeds/tools/manifest.json', 'utf8')) as Array<{ file: string; kind: string }>;
  const kindOf = (name: string) => manifest.find((m) => m.file.endsWith(name))?.kind ?? '述职报告';
  const all = [...seeds, ...held];
  const shippedEngine = engineOf(shipped);
  const scenarios: Record<string, Array<[string, () => Curve]>> = {
    'held-out · shipped bank': held.map((d) => [d.name, () => curveOfDocument(d, shippedEngine, THRESHOLDS)]),
    'held-out · bank of the same kind': held.map((d) => [
      d.name,
      () => curveOfDocument(d, engineOf(bankOf(all.filter((o) => o !== d && kindOf(o.name) === kindOf(d.name)), segmenter)), THRESHOLDS),
    ]),
    '述职报告 leave-one-out · other four': reports.map((d) => [
      d.name,
      () => curveOfDocument(d, engineOf(bankOf(reports.filter((o) => o !== d), segmenter)), THRESHOLDS),
    ]),
    '述职报告 leave-one-out · shipped bank without it': reports.map((d) => [
      d.name,
      () => curveOfDocument(d, engineOf(bankOf(seeds.filter((o) => o !== d), segmenter)), THRESHOLDS),
    ]),
  };
  const result: Record<string, { curve: Curve; perDocument: Record<string, Curve> }> = {};
  for (const [name, runs] of Object.entries(scenarios)) {
    const perDocument: Record<string, Curve> = {};
    for (const [doc, run] of runs) perDocument[doc] = run();
    result[name] = { curve: combine(Object.values(perDocument)), perDocument };
  }
  return result;
}

function printTable(): void {
  console.log('\nsize     engine      buildMs   heapMB    p50Ms    p99Ms  recall@5   p99 ratio (peer/juku)');
  for (const size of SIZES) {
    const ours = engines.juku![String(size)]!;
    for (const [name, bySize] of Object.entries(engines)) {
      const f = bySize[String(size)]!;
      const ratio = name === 'juku' ? '' : `${fmt(f.p99Ms / ours.p99Ms, 1)}×`;
      console.log(`${String(size).padEnd(8)} ${name.padEnd(11)} ${fmt(f.buildMs).padStart(8)} ${fmt(f.heapMB).padStart(8)} ${fmt(f.p50Ms, 3).padStart(8)} ${fmt(f.p99Ms, 3).padStart(8)} ${fmt(f.recallAt5, 3).padStart(9)}   ${ratio}`);
    }
  }
  console.log('\nwake-up to first answer (Node):');
  for (const [size, w] of Object.entries(wake)) {
    console.log(`  ${size}: from snapshot ${fmt(w.fromSnapshotMs)} ms, from records ${fmt(w.fromRecordsMs)} ms; first pinyin query ${fmt(w.firstPinyinColdMs)} ms cold, ${fmt(w.firstPinyinWarmedMs, 3)} ms after the idle warm-up`);
  }
  const d = documentFigures;
  console.log(`\ndocument above the caret: its engine built in ${Object.entries(d.buildMs).map(([chars, ms]) => `${fmt(ms)} ms at ${chars} chars`).join(', ')}; a keystroke at ${d.bankSize} phrases with ${d.contextChars} chars above: p50 ${fmt(d.withDocument.p50Ms, 3)} ms, p99 ${fmt(d.withDocument.p99Ms, 3)} ms (bank alone ${fmt(d.bankAlone.p50Ms, 3)} / ${fmt(d.bankAlone.p99Ms, 3)} ms)`);
  const row = (label: string, p: Point) =>
    `  ${label.padEnd(10)} ${pct(p.top1).padStart(6)} ${pct(p.top3).padStart(6)} ${pct(p.noise1).padStart(7)} ${pct(p.noise3).padStart(7)} ${pct(p.shown).padStart(6)}`;
  for (const [name, { curve, perDocument }] of Object.entries(csr)) {
    console.log(`\n${name} (${Object.keys(perDocument).length} documents, ${curve.characters} chars)`);
    console.log('  threshold   top1   top3  noise1  noise3  shown');
    console.log(row('ungated', curve.ungated));
    for (const t of THRESHOLDS) console.log(row(`${t}${t === SHOW_THRESHOLD ? ' ←' : ''}`, curve.byThreshold[String(t)]!));
    for (const [doc, c] of Object.entries(perDocument)) {
      const p = c.byThreshold[String(SHOW_THRESHOLD)]!;
      console.log(`    ${doc}: ungated top1 ${pct(c.ungated.top1)} noise ${pct(c.ungated.noise3)}; at ${SHOW_THRESHOLD}: top1 ${pct(p.top1)}, top3 ${pct(p.top3)}, noise ${pct(p.noise3)} (${c.characters} chars)`);
    }
  }
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}
function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}
