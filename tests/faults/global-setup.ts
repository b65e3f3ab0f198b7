// The reliability suite's setup: the built extension and fixture pages as for the e2e tests,
// a fresh ledger for the cases' figures, and at the end the one line of totals.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import e2eSetup from '../e2e/global-setup';
import { totalsOf, type Entry } from './record';

export default async function setup(project: TestProject): Promise<() => void> {
  await e2eSetup(project);
  const dir = mkdtempSync(join(tmpdir(), 'juku-faults-'));
  const ledger = join(dir, 'ledger.jsonl');
  project.provide('faultsLedger', ledger);
  return () => {
    let entries: Entry[] = [];
    try {
      entries = readFileSync(ledger, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Entry);
    } catch {
      // No case ran (a filtered run): nothing to add up.
    }
    console.log(`\n[faults] ${totalsOf(entries)}\n`);
    rmSync(dir, { recursive: true, force: true });
  };
}
