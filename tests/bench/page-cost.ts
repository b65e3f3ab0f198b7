// `npm run bench:page` (#19): what Juku costs a page that has no editor. Two Chromiums with
// the same switches, one with the built extension and one with an extension that does
// nothing, load a page of 20 iframes and no editor (tests/e2e/fixtures/frames.html) in turn,
// several times; for each load the renderer's script time (CDP Performance.getMetrics
// ScriptDuration: every frame of the page, the content scripts' isolated worlds included),
// its JS heap after garbage collection, and from a CPU profile of the same load the time
// spent in the extension's own scripts. Prints the medians, the difference, and the size of
// what the frames run. Asserts nothing. Run `npm run build` first. `BENCH_EXTENSION_DIR`
// measures another build (an older commit's, for a before-and-after).
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, waitForBank } from '../e2e/harness';

const extensionDir = process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR;

const LOADS = Number(process.env.PAGE_LOADS ?? 9);
const FRAMES = 20;

type Sample = { scriptMs: number; heapMb: number; extensionMs: number };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Profile = { nodes: Array<{ id: number; hitCount?: number; callFrame: { url: string } }>; startTime: number; endTime: number; samples?: number[] };

/** The milliseconds the CPU profile spent in the extension's own scripts (self time). */
function extensionTime(profile: Profile): number {
  const samples = profile.samples?.length ?? 0;
  if (samples === 0) return 0;
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / samples;
  const hits = profile.nodes.filter((node) => node.callFrame.url.startsWith('chrome-extension://')).reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  return hits * msPerSample;
}

/** One load of the page: the renderer's script time and heap, and the extension's own share. */
async function loadOnce(context: BrowserContext, url: string): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  while (page.frames().length < FRAMES + 1) await page.waitForTimeout(50);
  // Content scripts run at document_idle: give every frame time to run them.
  await page.waitForTimeout(1000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  await cdp.detach();
  await page.close();
  return { scriptMs: metric('ScriptDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 1024 / 1024, extensionMs: extensionTime(profile) };
}

async function main() {
  // (Another build, BENCH_EXTENSION_DIR, may lack either file.)
  const sizeOf = (file: string) => (existsSync(join(extensionDir, file)) ? statSync(join(extensionDir, file)).size : 0);
  const watcher = sizeOf('content-scripts/content.js');
  const editor = sizeOf('content-scripts/editor.js');

  // With the extension: its bank loaded first, so the background's start is not in the figures.
  const withJuku = await launchWithExtension({ extensionDir });
  const page = await withJuku.context.newPage();
  // (An extension without the options page, another build measured, has no bank to wait for.)
  if (existsSync(join(extensionDir, 'options.html'))) await waitForBank(page, withJuku.extensionId);
  await page.close();

  // Without: the same browser with the same switches, Juku replaced by an extension that does
  // nothing (a manifest alone). Playwright's plain launch differs in its switches
  // (--disable-extensions among them): measured that way, even an empty extension cost
  // +36–39 ms of script time, which is the browser's configuration, not an extension's work.
  const emptyExtension = mkdtempSync(join(tmpdir(), 'juku-empty-extension-'));
  writeFileSync(join(emptyExtension, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1', permissions: ['storage'], background: { service_worker: 'sw.js' } }));
  writeFileSync(join(emptyExtension, 'sw.js'), '');
  const empty = await launchWithExtension({ extensionDir: emptyExtension });
  const plain = empty.context;
  const withUrl = `${withJuku.baseUrl}/frames.html`;
  const withoutUrl = `${empty.baseUrl}/frames.html`;
  // Loads alternate between the two browsers, so a busy moment of the machine falls on both
  // alike; the first load of each warms the HTTP cache and the code caches and is not counted.
  const withSamples: Sample[] = [];
  const withoutSamples: Sample[] = [];
  for (let i = 0; i <= LOADS; i++) {
    const first = i % 2 === 0;
    const a = await loadOnce(first ? withJuku.context : plain, first ? withUrl : withoutUrl);
    const b = await loadOnce(first ? plain : withJuku.context, first ? withoutUrl : withUrl);
    if (i === 0) continue;
    (first ? withSamples : withoutSamples).push(a);
    (first ? withoutSamples : withSamples).push(b);
  }
  await withJuku.close();
  await empty.close();
  rmSync(emptyExtension, { recursive: true, force: true });

  const row = (label: string, samples: Sample[]) =>
    `  ${label.padEnd(22)} script ${median(samples.map((s) => s.scriptMs)).toFixed(1).padStart(6)} ms   heap ${median(samples.map((s) => s.heapMb)).toFixed(2).padStart(6)} MB`;
  console.log(`\nA page of ${FRAMES} iframes and no editor, median of ${LOADS} loads each, alternating (Chromium)`);
  console.log(row('without Juku', withoutSamples));
  console.log(row('with Juku', withSamples));
  const extraMs = median(withSamples.map((s) => s.scriptMs)) - median(withoutSamples.map((s) => s.scriptMs));
  const extraMb = median(withSamples.map((s) => s.heapMb)) - median(withoutSamples.map((s) => s.heapMb));
  console.log(`  Juku's cost             script ${extraMs >= 0 ? '+' : ''}${extraMs.toFixed(1)} ms   heap ${extraMb >= 0 ? '+' : ''}${extraMb.toFixed(2)} MB   (target ≤ 5 ms, ≤ 1 MB)`);
  // The difference of two noisy totals can hide a few ms either way; the CPU profile of the
  // same loads says how long the extension's own scripts ran in the page's frames.
  const own = withSamples.map((s) => s.extensionMs);
  console.log(`  the extension's own scripts in the page (CPU profile, self time): median ${median(own).toFixed(2)} ms, max ${Math.max(...own).toFixed(2)} ms`);
  console.log(`  content-scripts/content.js (the manifest's script): ${(watcher / 1024).toFixed(1)} kB; content-scripts/editor.js (injected where an editor gets the focus): ${editor ? `${(editor / 1024).toFixed(0)} kB` : 'none in this build'}`);
}

await main();
