// `npm run bench`: our engine against Fuse.js, FlexSearch and MiniSearch on the same
// seed-derived banks and queries, in one process; then the wake-up cost and the
// leave-one-out character-savings rate. Prints a table and writes results/latest.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BankFileSchema } from '@/lib/schema';
import { createNodeSegmenter } from '@/lib/segment-node';
import { SuggestionEngine } from '@/lib/engine/engine';
import { benchBank } from './bench-bank';
import { buildQueries } from './queries';
import { readSeedDocuments } from './seed-documents';
import { flexsearch, fuse, juku, minisearch, prefixBaseline, type Contender } from './contenders';
import { measure, type Figures } from './measure';
import { csrOfDocument, type CsrResult } from './csr';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').filter(Boolean).map(Number);
/** Fuse.js scans every phrase per query (0.1 s at 10k, 1 s at 100k): it gets a sample there. */
const FUSE_QUERY_CAP: Record<number, number> = { 10_000: 200, 100_000: 100 };

const bank = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
const docs = readSeedDocuments();
const queries = buildQueries(docs, bank.phrases);
const answers = new Set(queries.map((q) => q.answerId));
console.log(`bank: ${bank.phrases.length} real phrases; ${queries.length} queries expecting ${answers.size} distinct phrases`);

const engines: Record<string, Record<string, Figures>> = {};
const only = process.env.BENCH_ENGINES?.split(',');
const contenders: Array<() => Contender> = [juku, prefixBaseline, fuse, flexsearch, minisearch].filter((make) => !only || only.includes(make().name));
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
const csr = process.env.BENCH_SKIP_CSR ? { top1: NaN, top3: NaN, oracle: NaN, perDocument: {} } : leaveOneOut();

printTable();
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync(
  'tests/bench/results/latest.json',
  JSON.stringify({ engines, csr, wakeUp: wake, queries: queries.length, realPhrases: bank.phrases.length }, null, 2) + '\n',
);
console.log('\nwritten: tests/bench/results/latest.json');

/**
 * From stored bank to first answer, in Node. A structured clone stands in for IndexedDB
 * handing the stored value back: the columnar snapshot, or one record per phrase.
 */
async function wakeUp() {
  const result: Record<string, { fromSnapshotMs: number; fromRecordsMs: number; firstPinyinColdMs: number; firstPinyinWarmedMs: number }> = {};
  for (const size of SIZES.filter((n) => n >= 10_000)) {
    const entries = benchBank(bank.phrases, size, answers);
    const snapshot = new SuggestionEngine(entries).toSnapshot();
    const before = queries[0]!.before;
    const t0 = performance.now();
    SuggestionEngine.fromSnapshot(structuredClone(snapshot)).suggest({ before });
    const t1 = performance.now();
    new SuggestionEngine(structuredClone(entries)).suggest({ before });
    const t2 = performance.now();
    // The first pinyin query after a wake: cold, and after the background's idle warm-up.
    const cold = SuggestionEngine.fromSnapshot(structuredClone(snapshot));
    const t3 = performance.now();
    cold.suggest({ before: 'sgys' });
    const firstPinyinColdMs = performance.now() - t3;
    const warmed = SuggestionEngine.fromSnapshot(structuredClone(snapshot));
    await warmed.warmUp(() => Promise.resolve());
    const t4 = performance.now();
    warmed.suggest({ before: 'sgys' });
    result[String(size)] = { fromSnapshotMs: t1 - t0, fromRecordsMs: t2 - t1, firstPinyinColdMs, firstPinyinWarmedMs: performance.now() - t4 };
  }
  return result;
}

function leaveOneOut(): { top1: number; top3: number; oracle: number; perDocument: Record<string, CsrResult> } {
  const segmenter = createNodeSegmenter();
  const perDocument: Record<string, CsrResult> = {};
  let chars = 0;
  let top1 = 0;
  let top3 = 0;
  let oracle = 0;
  for (const held of docs) {
    const r = csrOfDocument(held, docs.filter((d) => d !== held), segmenter);
    perDocument[held.name] = r;
    chars += r.characters;
    top1 += r.top1 * r.characters;
    top3 += r.top3 * r.characters;
    oracle += r.oracle * r.characters;
  }
  return { top1: top1 / chars, top3: top3 / chars, oracle: oracle / chars, perDocument };
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
  console.log(`\ncsr leave-one-out: top1 ${pct(csr.top1)}, top3 ${pct(csr.top3)}, oracle ${pct(csr.oracle)}`);
  for (const [name, r] of Object.entries(csr.perDocument)) console.log(`  ${name}: top1 ${pct(r.top1)}, top3 ${pct(r.top3)}, oracle ${pct(r.oracle)} (${r.characters} chars)`);
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}
function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}
