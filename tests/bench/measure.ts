// Timing and memory helpers for the benchmark (figures are printed, never asserted).
import type { BenchQuery } from './queries';
import { holdsAnswer, type Contender } from './contenders';
import type { IndexEntry } from '@/lib/engine/types';

export type Figures = { buildMs: number; heapMB: number; p50Ms: number; p99Ms: number; recallAt5: number; queries: number };

const gc = (globalThis as { gc?: () => void }).gc;
const WARM_UP_MS = 1000;
const MIN_WARM_UP_QUERIES = 20;

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function measure(contender: Contender, entries: readonly IndexEntry[], queries: readonly BenchQuery[], passes = 3): Figures {
  const heapBefore = heapUsed();
  const t0 = performance.now();
  contender.build(entries);
  const buildMs = performance.now() - t0;
  const heapMB = (heapUsed() - heapBefore) / 1024 / 1024;
  // Warm up the JIT (every engine alike) on queries that are not timed: the whole set once,
  // or as much of it as a second allows (the slow engines would take minutes). With only
  // a hundred, the first timed pass of the smallest bank still paid for compilation.
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; i < queries.length && (i < MIN_WARM_UP_QUERIES || performance.now() < warmUntil); i++) contender.query(queries[i]!, 5);
  // Several passes over the queries: one stray pause of the machine then moves a
  // percentile less. Recall is counted on the first pass (every pass answers the same).
  const times: number[] = [];
  let hits = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const q of queries) {
      const start = performance.now();
      const answers = contender.query(q, 5);
      times.push(performance.now() - start);
      if (pass === 0 && holdsAnswer(answers, q)) hits++;
    }
  }
  times.sort((a, b) => a - b);
  return { buildMs, heapMB, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), recallAt5: hits / queries.length, queries: queries.length };
}
