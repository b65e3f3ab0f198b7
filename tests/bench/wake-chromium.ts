// `npm run bench:wake`: in Chromium with the built extension, the cost of a background
// wake: the service worker is stopped (as Chrome does when it idles), then a suggestion is
// asked for; the clock runs from the request to the answer. First with a bank replaced
// from outside (the engine is built from the phrase records and its snapshot written),
// then from the snapshot, over several wakes; then the first suggestion after a phrase is
// added or edited through the bank manager's requests, with the worker running and after a
// wake, and one asked while the background rebuilds the snapshot after such changes.
// Prints, asserts nothing. Run `npm run build` first.
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForBank } from '../e2e/harness';
import { installBenchBank } from './install-bench-bank';
import { percentile } from './measure';
import { REBUILD_AFTER_MS, SNAPSHOT_KEY } from '@/lib/background/snapshot-keys';

const SIZE = Number(process.env.WAKE_SIZE ?? 10_000);
const WAKES = 15;
const CHANGES = 5;
/** Long enough for the background's idle warm-up after a wake at 100,000 phrases. */
const WARM_UP_MS = 4000;

type Reply = { ok: boolean; data?: any; error?: string };
const send = (page: Page, request: object): Promise<Reply> =>
  page.evaluate((r) => (globalThis as any).chrome.runtime.sendMessage(r), request);

/** The time from a suggestion request to its answer, which must offer phrase `expectId`
 * (reading `expectText`) if given. */
async function timedSuggest(page: Page, before: string, expectId?: string, expectText?: string): Promise<number> {
  const [ms, reply] = await page.evaluate(async (b) => {
    const started = performance.now();
    const answer = await (globalThis as any).chrome.runtime.sendMessage({ type: 'suggest', before: b, all: true });
    return [performance.now() - started, answer] as const;
  }, before);
  if (!reply?.ok || reply.data.suggestions.length === 0) throw new Error(`no answer to ${before}: ${JSON.stringify(reply)}`);
  const offered = (s: { id: string; text: string }) => s.id === expectId && (!expectText || s.text === expectText);
  if (expectId && !reply.data.suggestions.some(offered)) throw new Error(`the changed phrase is not offered after ${before}`);
  return ms;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), maxMs: sorted[sorted.length - 1]! };
};
const show = (ms: { p50Ms: number; maxMs: number }) => `p50 ${ms.p50Ms.toFixed(1)} ms, max ${ms.maxMs.toFixed(1)} ms`;

const harness = await launchWithExtension();
try {
  const page = await harness.context.newPage();
  await waitForBank(page, harness.extensionId);
  await installBenchBank(page, SIZE);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopWorker = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(200);
  };
  const wakeOnce = async () => {
    // Chrome stops a worker after 30 s idle: its work after the last answer (the whole
    // snapshot read, the idle warm-up) is over by then, as it is here before the stop.
    await page.waitForTimeout(WARM_UP_MS);
    await stopWorker();
    return timedSuggest(page, '我们要增强“四个');
  };
  const fromRecords = await wakeOnce();
  // The snapshot is written after that answer: the next wakes are to find it.
  await snapshotWritten(page);
  const fromSnapshot: number[] = [];
  for (let i = 0; i < WAKES; i++) fromSnapshot.push(await wakeOnce());

  // A phrase added, then edited, through the bank manager's requests, the worker running.
  const added: number[] = [];
  const edited: number[] = [];
  const wokeAfterChange: number[] = [];
  const addedIds: string[] = [];
  for (let i = 0; i < CHANGES; i++) {
    await timedSuggest(page, '我们要增强“四个'); // the worker is up and its engine built
    // …and its idle warm-up (pinyin, palette: warm-up.ts) is over, as when the writer turns
    // to the bank manager.
    await page.waitForTimeout(WARM_UP_MS);
    const text = `坚持问题导向第${i}回，推动整改落实见效`;
    const add = await send(page, { type: 'bankAddPhrase', text, role: 'work', tags: [], tokens: ['坚持', '问题导向', `第${i}回`, '，', '推动', '整改', '落实', '见效'] });
    if (!add.ok) throw new Error(`add failed: ${add.error}`);
    const id: string = add.data.phrase.id;
    addedIds.push(id);
    added.push(await timedSuggest(page, `我们要坚持问题导向第${i}回`, id));
    const editedText = `坚持问题导向第${i}回，推动整改落实落地`;
    const edit = await send(page, { type: 'bankUpdatePhrase', id, patch: { text: editedText } });
    if (!edit.ok) throw new Error(`edit failed: ${edit.error}`);
    edited.push(await timedSuggest(page, `我们要坚持问题导向第${i}回，推动`, id, editedText));
    // The next wake finds the snapshot and the changed phrases, before the rebuild. The
    // popup open here reads the bank again on the change signal (change-signal.ts), which
    // would wake the worker before the timed request: that read is let finish first.
    await page.waitForTimeout(1000);
    await stopWorker();
    wokeAfterChange.push(await timedSuggest(page, `我们要坚持问题导向第${i}回`, id));
  }
  // Once the bank manager has been quiet after a change, the background rebuilds the
  // snapshot: a suggestion asked meanwhile waits for the step of the rebuild under way.
  // Asked one after another from just before the rebuild until its snapshot is stored; the
  // slowest counts. The change: the phrases added above deleted, the worker running.
  await timedSuggest(page, '我们要增强“四个');
  await page.waitForTimeout(WARM_UP_MS);
  const removed = await send(page, { type: 'bankDeletePhrases', ids: addedIds });
  if (!removed.ok) throw new Error(`delete failed: ${removed.error}`);
  await page.waitForTimeout(REBUILD_AFTER_MS - 300);
  const duringRebuild: number[] = [];
  const rebuilt = snapshotWritten(page).then(() => true);
  let done = false;
  void rebuilt.then(() => (done = true));
  while (!done) {
    duringRebuild.push(await timedSuggest(page, '我们要增强“四个'));
    await page.waitForTimeout(50);
  }
  const afterRebuild = await wakeOnce();

  const result = {
    size: SIZE,
    fromRecordsMs: fromRecords,
    fromSnapshot: { ...summary(fromSnapshot), wakes: WAKES },
    afterAdd: summary(added),
    afterEdit: summary(edited),
    wakeAfterChange: summary(wokeAfterChange),
    changes: CHANGES,
    duringRebuild: { ...summary(duringRebuild), asked: duringRebuild.length },
    wakeAfterRebuildMs: afterRebuild,
  };
  console.log(`wake-up to first answer, ${SIZE} phrases, Chromium:`);
  console.log(`  first wake after the bank was replaced from outside (from records, writes the snapshot): ${fromRecords.toFixed(1)} ms`);
  console.log(`  later wakes (from the snapshot, ${WAKES}): ${show(result.fromSnapshot)}`);
  console.log(`  first suggestion after a phrase is added (worker running, ${CHANGES}): ${show(result.afterAdd)}`);
  console.log(`  first suggestion after a phrase is edited (worker running, ${CHANGES}): ${show(result.afterEdit)}`);
  console.log(`  first wake after a change (snapshot + changed phrases, ${CHANGES}): ${show(result.wakeAfterChange)}`);
  console.log(`  suggestions asked while the snapshot is rebuilt after the changes (${duringRebuild.length}): ${show(result.duringRebuild)}`);
  console.log(`  the next wake (from the rebuilt snapshot): ${afterRebuild.toFixed(1)} ms`);
  mkdirSync('tests/bench/results', { recursive: true });
  writeFileSync('tests/bench/results/wake-chromium.json', JSON.stringify(result, null, 2) + '\n');
} finally {
  await harness.close();
}

/** Waits until the stored engine snapshot (not a record of changes since) is of the bank's current version. */
async function snapshotWritten(page: Page): Promise<void> {
  const current = `(async (key) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('juku');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = (store, key) => new Promise((resolve) => {
      const request = db.transaction(store).objectStore(store).get(key);
      request.onsuccess = () => resolve(request.result);
    });
    const [snapshot, version] = [await read('snapshots', key), (await read('settings', 'bankVersion'))?.value];
    db.close();
    return snapshot?.bankVersion === version;
  })(${JSON.stringify(SNAPSHOT_KEY)})`;
  // Polled by hand: waitForFunction takes a returned promise for a truthy answer.
  for (const deadline = Date.now() + 120_000; !(await page.evaluate(current)); await page.waitForTimeout(250)) {
    if (Date.now() > deadline) throw new Error('the snapshot was not written');
  }
}
