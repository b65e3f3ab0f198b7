// The reliability suite's ledger (#15): each case writes one line of figures to a file the
// global setup names, and the teardown adds them up into the suite's closing line. A file,
// because vitest runs test files in their own workers and only the setup outlives them.
import { appendFileSync } from 'node:fs';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    faultsLedger: string;
  }
}

export type Tally = 'fault' | 'badInput';

export type Entry =
  | { kind: 'case'; tally: Tally; name: string; passed: boolean; figure: string }
  | { kind: 'requests'; name: string; count: number; urls: string[] }
  | { kind: 'readableRows'; name: string; count: number }
  | { kind: 'memory'; name: string; growthMb: number };

export function record(entry: Entry): void {
  appendFileSync(inject('faultsLedger'), `${JSON.stringify(entry)}\n`);
  const line =
    entry.kind === 'case'
      ? `${entry.passed ? '✓' : '✗'} ${entry.name}: ${entry.figure}`
      : entry.kind === 'requests'
        ? `  ${entry.name}: ${entry.count} request(s) by the extension${entry.urls.length ? ` (${entry.urls.join(', ')})` : ''}`
        : entry.kind === 'readableRows'
          ? `  ${entry.name}: ${entry.count} bank row(s) readable by the page`
          : `  ${entry.name}: memory growth ${entry.growthMb.toFixed(2)} MB`;
  console.log(`[faults] ${line}`);
}

/** Runs one case's check and records whether it held; rethrows so the test fails too. */
export async function survive(tally: Tally, name: string, check: () => Promise<string>): Promise<void> {
  try {
    const figure = await check();
    record({ kind: 'case', tally, name, passed: true, figure });
  } catch (error) {
    record({ kind: 'case', tally, name, passed: false, figure: (error as Error).message.split('\n')[0]! });
    throw error;
  }
}

/** The closing line from all entries (the teardown's job; pure so it can be checked). */
export function totalsOf(entries: readonly Entry[]): string {
  const cases = (tally: Tally) => entries.filter((e): e is Extract<Entry, { kind: 'case' }> => e.kind === 'case' && e.tally === tally);
  const ratio = (tally: Tally) => `${cases(tally).filter((c) => c.passed).length}/${cases(tally).length}`;
  const sum = (kind: 'requests' | 'readableRows') =>
    entries.filter((e) => e.kind === kind).reduce((n, e) => n + (e as { count: number }).count, 0);
  const memory = entries.filter((e): e is Extract<Entry, { kind: 'memory' }> => e.kind === 'memory');
  const growth = memory.length ? memory.map((m) => `${m.growthMb.toFixed(1)} MB (${m.name})`).join(', ') : 'not measured';
  return (
    `faults survived ${ratio('fault')} · bad inputs refused ${ratio('badInput')} · ` +
    `requests made by the extension ${sum('requests')} · bank rows readable by a page ${sum('readableRows')} · ` +
    `memory growth over the long session ${growth}`
  );
}
