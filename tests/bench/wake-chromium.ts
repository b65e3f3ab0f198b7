// `npm run bench:wake`: in Chromium with the built extension, the cost of a background
// wake: the service worker is stopped (as Chrome does when it idles), then a suggestion is
// asked for; the clock runs from the request to the answer. First with a changed bank (the
// engine is built from the phrase records and its snapshot written), then from the
// snapshot, over several wakes. Run `npm run build` first.
import { writeFileSync, mkdirSync } from 'node:fs';
import { launchWithExtension, waitForBank } from '../e2e/harness';
import { installBenchBank } from './install-bench-bank';
import { percentile } from './measure';

const SIZE = Number(process.env.WAKE_SIZE ?? 10_000);
const WAKES = 15;

const harness = await launchWithExtension();
try {
  const page = await harness.context.newPage();
  await waitForBank(page, harness.extensionId);
  await installBenchBank(page, SIZE);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const wakeOnce = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(200);
    return page.evaluate(async () => {
      const started = performance.now();
      const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'suggest', before: '我们要增强“四个' });
      if (!reply?.ok || reply.data.suggestions.length === 0) throw new Error('no answer');
      return performance.now() - started;
    });
  };
  const fromRecords = await wakeOnce();
  const fromSnapshot: number[] = [];
  for (let i = 0; i < WAKES; i++) fromSnapshot.push(await wakeOnce());
  fromSnapshot.sort((a, b) => a - b);
  const result = {
    size: SIZE,
    fromRecordsMs: fromRecords,
    fromSnapshotP50Ms: percentile(fromSnapshot, 50),
    fromSnapshotMaxMs: fromSnapshot[fromSnapshot.length - 1]!,
    wakes: WAKES,
  };
  console.log(`wake-up to first answer, ${SIZE} phrases, Chromium (${WAKES} wakes):`);
  console.log(`  first wake after a bank change (from records, writes the snapshot): ${fromRecords.toFixed(1)} ms`);
  console.log(`  later wakes (from the snapshot): p50 ${result.fromSnapshotP50Ms.toFixed(1)} ms, max ${result.fromSnapshotMaxMs.toFixed(1)} ms`);
  mkdirSync('tests/bench/results', { recursive: true });
  writeFileSync('tests/bench/results/wake-chromium.json', JSON.stringify(result, null, 2) + '\n');
} finally {
  await harness.close();
}
