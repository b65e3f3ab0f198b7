// `npm run bench:page` (#19): what Juku costs a page that has no editor. In one run of
// Chromium with the built extension and one without (same switches), a page of 20 iframes
// and no editor (tests/e2e/fixtures/frames.html) is loaded several times; for each load the
// renderer's script time (CDP Performance.getMetrics ScriptDuration: every frame of the page,
// the content scripts' isolated worlds included) and its JS heap after garbage collection.
// Prints the medians, the difference, and the size of the script every frame runs. Asserts
// nothing. Run `npm run build` first. `BENCH_EXTENSION_DIR` measures another build (an older
// commit's, for a before-and-after).
import { existsSync, statSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { EXTENSION_DIR, launchWithExtension, serveFixtures, waitForBank } from '../e2e/harness';

const extensionDir = process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR;
// @ts-expect-error: plain JS helper shared with tests/run-all.mjs
import { findChromium } from '../browser-paths.mjs';

const LOADS = Number(process.env.PAGE_LOADS ?? 9);
const FRAMES = 20;

type Sample = { scriptMs: number; heapMb: number };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(context: BrowserContext, url: string): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < LOADS + 1; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    while (page.frames().length < FRAMES + 1) await page.waitForTimeout(50);
    // Content scripts run at document_idle: give every frame time to run them.
    await page.waitForTimeout(1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    // The first load warms the HTTP cache and the browser's code caches: not counted.
    if (i > 0) samples.push({ scriptMs: metric('ScriptDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 1024 / 1024 });
    await cdp.detach();
    await page.close();
  }
  return samples;
}

async function main() {
  const watcher = statSync(join(extensionDir, 'content-scripts/content.js')).size;
  const editorPath = join(extensionDir, 'content-scripts/editor.js');
  const editor = existsSync(editorPath) ? statSync(editorPath).size : 0;

  // With the extension: its bank loaded first, so the background's start is not in the figures.
  const withJuku = await launchWithExtension({ extensionDir });
  const page = await withJuku.context.newPage();
  await waitForBank(page, withJuku.extensionId);
  await page.close();
  const withSamples = await measure(withJuku.context, `${withJuku.baseUrl}/frames.html`);
  await withJuku.close();

  // Without: the same browser and switches, no extension.
  const profile = mkdtempSync(join(tmpdir(), 'juku-page-'));
  const server = await serveFixtures();
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() as string,
    headless: true,
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
  const withoutSamples = await measure(plain, `http://127.0.0.1:${(server.address() as AddressInfo).port}/frames.html`);
  await plain.close();
  await new Promise((done) => server.close(done));
  rmSync(profile, { recursive: true, force: true });

  const row = (label: string, samples: Sample[]) =>
    `  ${label.padEnd(22)} script ${median(samples.map((s) => s.scriptMs)).toFixed(1).padStart(6)} ms   heap ${median(samples.map((s) => s.heapMb)).toFixed(2).padStart(6)} MB`;
  console.log(`\nA page of ${FRAMES} iframes and no editor, median of ${LOADS} loads (Chromium)`);
  console.log(row('without Juku', withoutSamples));
  console.log(row('with Juku', withSamples));
  const extraMs = median(withSamples.map((s) => s.scriptMs)) - median(withoutSamples.map((s) => s.scriptMs));
  const extraMb = median(withSamples.map((s) => s.heapMb)) - median(withoutSamples.map((s) => s.heapMb));
  console.log(`  Juku's cost             script ${extraMs >= 0 ? '+' : ''}${extraMs.toFixed(1)} ms   heap ${extraMb >= 0 ? '+' : ''}${extraMb.toFixed(2)} MB   (target ≤ 5 ms, ≤ 1 MB)`);
  console.log(`  every frame runs content-scripts/content.js: ${(watcher / 1024).toFixed(1)} kB; the editor script (only where an editor is focused): ${(editor / 1024).toFixed(0)} kB`);
}

await main();
