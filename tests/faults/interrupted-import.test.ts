// Interrupted writes (#15): the service worker stopped at three points of a 50,000-phrase
// replace import, and the whole browser killed in the middle of one and reopened on the same
// profile. Each time the bank must be exactly the state before or exactly the state after
// (never a mix, never a count that disagrees with the rows), the backups intact, and the
// next import must work. The replace is one IndexedDB transaction (lib/bank/bank-file.ts,
// lib/bank/transaction.ts): a transaction that never committed leaves nothing behind.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForBank, type Harness } from '../e2e/harness';
import { answer, ask, bankFileOf, bankState, extensionPage, killServiceWorker, watchExtensionRequests, type BankState } from './extension';
import { record, survive } from './record';

const PHRASES = 50_000;
const LABELS = ['甲库', '乙库', '丙库', '丁库'];
const profile = mkdtempSync(join(tmpdir(), 'juku-faults-import-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** Exactly one of the two states, whole: the label's phrases are all there or none are. */
function whichState(state: BankState, before: BankState, label: string, backupsBefore: string): 'before' | 'after' {
  expect(state.countSetting, 'the stored phrase count agrees with the rows').toBe(state.phrases);
  if (state.texts === before.texts) {
    expect(state.backups, 'backups unchanged').toBe(backupsBefore);
    return 'before';
  }
  expect(state.labelled[label], `all ${PHRASES} of the new file, nothing else`).toBe(PHRASES);
  expect(state.phrases).toBe(PHRASES);
  // The replace backed up what it replaced: the old backups stay, the newest is the old bank.
  const ids = state.backups.split(',');
  expect(ids.at(-1)?.endsWith(`:${before.phrases}`), `newest backup holds the replaced bank (${state.backups})`).toBe(true);
  for (const kept of backupsBefore.split(',').filter(Boolean).slice(-4)) expect(ids).toContain(kept);
  return 'after';
}

/** Before, or the whole of what the write makes, and the stored count agrees either way. */
function eitherState(state: BankState, before: BankState, isAfter: (state: BankState) => boolean): 'before' | 'after' {
  expect(state.countSetting, 'the stored phrase count agrees with the rows').toBe(state.phrases);
  if (state.texts === before.texts) return 'before';
  expect(isAfter(state), `neither before nor after: ${JSON.stringify(state)}`).toBe(true);
  return 'after';
}

describe('a write interrupted', () => {
  let harness: Harness;

  it('survives the worker stopped at three points of a 50,000-phrase replace', async () => {
    harness = await launchWithExtension({ profile });
    const requests = watchExtensionRequests(harness.context, harness.extensionId);
    const page = await extensionPage(harness.context, harness.extensionId);
    await waitForBank(page, harness.extensionId);
    // A first replace, whole: the after-state's shape and how long a replace takes here.
    const started = Date.now();
    await answer(page, { type: 'bankImport', mode: 'replace', text: bankFileOf(PHRASES, LABELS[0]!) });
    const full = Date.now() - started;
    let before = await bankState(page, LABELS);
    expect(before.labelled[LABELS[0]!]).toBe(PHRASES);

    for (const [i, share] of [0.2, 0.5, 0.85].entries()) {
      const label = LABELS[i + 1]!;
      await survive('fault', `worker stopped at ${Math.round(share * 100)}% of a ${PHRASES}-phrase replace (${full} ms)`, async () => {
        const backupsBefore = before.backups;
        const pending = ask(page, { type: 'bankImport', mode: 'replace', text: bankFileOf(PHRASES, label) });
        await new Promise((done) => setTimeout(done, full * share));
        const killed = await killServiceWorker(page, harness.extensionId);
        await pending;
        // The next request wakes a new worker, which reads the bank as it is.
        await answer(page, { type: 'bankStats' }).catch(async () => answer(page, { type: 'bankStats' }));
        const state = await bankState(page, LABELS);
        const which = whichState(state, before, label, backupsBefore);
        before = state;
        return `${killed ? 'killed' : 'already done'}, bank = state ${which}, ${state.phrases} phrases, backups intact`;
      });
    }
    // And the bank takes the next replace whole.
    await answer(page, { type: 'bankImport', mode: 'replace', text: bankFileOf(PHRASES, LABELS[3]!) });
    before = await bankState(page, LABELS);
    expect(before.labelled[LABELS[3]!]).toBe(PHRASES);

    // A bulk delete of half the bank, and a restore of the backup it made, each stopped midway.
    const HALF = PHRASES / 2;
    await survive('fault', `worker stopped during a bulk delete of ${HALF} phrases`, async () => {
      const pending = ask(page, { type: 'bankDeletePhrases', ids: Array.from({ length: HALF }, (_, i) => `${LABELS[3]}-${i}`) });
      await new Promise((done) => setTimeout(done, full * 0.3));
      await killServiceWorker(page, harness.extensionId);
      await pending;
      await answer(page, { type: 'bankStats' }).catch(async () => answer(page, { type: 'bankStats' }));
      const state = await bankState(page, LABELS);
      const which = eitherState(state, before, (s) => s.phrases === HALF && s.labelled[LABELS[3]!] === HALF);
      before = state;
      return `bank = state ${which}, ${state.phrases} phrases`;
    });
    await survive('fault', 'worker stopped during a restore of a backup', async () => {
      const { backups } = await answer(page, { type: 'bankBackups' });
      const target = backups.find((b: { phraseCount: number }) => b.phraseCount !== before.phrases) ?? backups[0];
      const pending = ask(page, { type: 'bankRestoreBackup', id: target.id });
      await new Promise((done) => setTimeout(done, full * 0.4));
      await killServiceWorker(page, harness.extensionId);
      await pending;
      await answer(page, { type: 'bankStats' }).catch(async () => answer(page, { type: 'bankStats' }));
      const state = await bankState(page, LABELS);
      const which = eitherState(state, before, (s) => s.phrases === target.phraseCount);
      return `bank = state ${which}, ${state.phrases} phrases (backup of ${target.phraseCount})`;
    });
    record({ kind: 'requests', name: 'interrupted imports', count: requests().length, urls: requests() });
    expect(requests()).toEqual([]);
    await harness.close();
  });

  it('survives the browser killed in the middle of a replace and reopened on the same profile', async () => {
    harness = await launchWithExtension({ profile });
    let page = await extensionPage(harness.context, harness.extensionId);
    const before = await bankState(page, LABELS);
    await survive('fault', 'browser killed mid-replace, reopened on the same profile', async () => {
      const started = Date.now();
      // The page dies with the browser: its unanswered request is expected to fail.
      void ask(page, { type: 'bankImport', mode: 'replace', text: bankFileOf(PHRASES, LABELS[0]!) }).catch(() => undefined);
      await new Promise((done) => setTimeout(done, 1500));
      // SIGKILL, as a crash or a power cut: no chance to close anything cleanly.
      execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${profile}`]);
      await Promise.race([harness.close().catch(() => {}), new Promise((done) => setTimeout(done, 10_000))]);
      const killedAfter = Date.now() - started;
      harness = await launchWithExtension({ profile });
      page = await extensionPage(harness.context, harness.extensionId);
      await answer(page, { type: 'bankStats' });
      const state = await bankState(page, LABELS);
      const which = whichState(state, before, LABELS[0]!, before.backups);
      // Suggestions work on the reopened profile.
      const stats = await answer(page, { type: 'bankStats' });
      expect(stats.phrases).toBe(state.phrases);
      return `killed ${killedAfter} ms into the replace, reopened: state ${which}, ${state.phrases} phrases`;
    });
    await harness.close();
  });
});
