// The bank manager with 100,000 phrases in Chromium (issue 6): how long the options page
// takes to show them, how smooth the virtualized grid scrolls (frame times while scrolling
// by script, one step per frame), the first pinyin search, and export / import (preview,
// merge, replace with its automatic backup) of the whole bank. Needs `npm run build`.
// Then 「从文档学习」 with 50 documents (learn-documents.ts), and a 20,000-phrase unit bank
// subscription over HTTP and from a WebDAV folder, and personal sync over WebDAV
// (subscription-sync.ts). BENCH_ONLY_SYNC=1 installs the bank and measures only those.
// BENCH_SIZE sets the bank size (default 100,000). Prints a table and adds a row per size
// to tests/bench/results/bank-manager.json.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { launchWithExtension, waitForBank } from '../e2e/harness';
import { installBenchBank } from './install-bench-bank';
import { measureLearning } from './learn-documents';
import { measureSubscription, measureWebDav } from './subscription-sync';

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000);
const ONLY_SYNC = !!process.env.BENCH_ONLY_SYNC;
/** 600 px a frame is a fast fling (36,000 px/s); a wheel notch is about 100 px. */
const PIXELS_PER_FRAME = Number(process.env.BENCH_SCROLL_PX ?? 600);
const harness = await launchWithExtension();
const results: Record<string, number | string> = { phrases: SIZE, scrollPixelsPerFrame: PIXELS_PER_FRAME };
try {
  const setup = await harness.context.newPage();
  await waitForBank(setup, harness.extensionId);
  await installBenchBank(setup, SIZE);
  await setup.close();

  if (!ONLY_SYNC) {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const shown = () => page.getByTestId('shown-count').textContent();
    let start = Date.now();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await page.waitForFunction((n) => document.querySelector('[data-testid="shown-count"]')?.textContent?.includes(`/ ${n}`), SIZE, { timeout: 120_000 });
    results.optionsLoadMs = Date.now() - start;
    // Rows show from a first page; search and filters cover the whole bank once it is read.
    await page.waitForFunction((n) => document.querySelector('[data-testid="shown-count"]')?.textContent?.startsWith(`显示 ${n} / ${n}`), SIZE, { timeout: 120_000 });
    results.optionsCompleteMs = Date.now() - start;

    // tsx keeps function names with a __name helper the page does not have.
    await page.evaluate('window.__name = (f) => f');
    const scroll = await page.evaluate(async (pixelsPerFrame) => {
      const body = document.querySelector<HTMLElement>('[data-testid="grid-body"]')!;
      const deltas: number[] = [];
      let rowsInDom = 0;
      await new Promise<void>((done) => {
        let last = performance.now();
        let frame = 0;
        const step = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (frame >= 60) body.scrollTop += pixelsPerFrame; // the first 60 frames: the idle baseline
          rowsInDom = Math.max(rowsInDom, body.querySelectorAll('[role="row"]').length);
          if (++frame < 360) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      deltas.shift();
      const idle = deltas.splice(0, 59).sort((a, b) => a - b);
      deltas.sort((a, b) => a - b);
      const at = (q: number) => deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))]!;
      return { idleMedian: idle[Math.floor(idle.length / 2)]!, median: at(0.5), p95: at(0.95), max: deltas[deltas.length - 1]!, over50: deltas.filter((d) => d > 50).length, frames: deltas.length, rowsInDom, scrolledTo: body.scrollTop };
    }, PIXELS_PER_FRAME);
    Object.assign(results, {
      idleFrameMedianMs: +scroll.idleMedian.toFixed(1),
      scrollFrameMedianMs: +scroll.median.toFixed(1),
      scrollFrameP95Ms: +scroll.p95.toFixed(1),
      scrollFrameMaxMs: +scroll.max.toFixed(1),
      scrollFramesOver50Ms: scroll.over50,
      scrollFrames: scroll.frames,
      rowsInDomWhileScrolling: scroll.rowsInDom,
    });

    for (const [label, query] of [['firstPinyinSearchMs', 'qmcy'], ['chineseSearchMs', '主体责任']] as const) {
      const before = await shown();
      start = Date.now();
      await page.getByRole('search').getByRole('searchbox').fill(query);
      await page.waitForFunction((old) => document.querySelector('[data-testid="shown-count"]')?.textContent !== old, before, { timeout: 60_000 });
      results[label] = Date.now() - start;
    }
    await page.getByRole('search').getByRole('searchbox').fill('');

    await page.getByRole('tab', { name: '导入与备份' }).click();
    start = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: '导出', exact: true }).click()]);
    const file = await download.path();
    results.exportMs = Date.now() - start;

    start = Date.now();
    await page.getByTestId('bank-file').setInputFiles(file);
    await page.getByTestId('import-preview').or(page.getByRole('alert').filter({ hasText: /\S/ })).first().waitFor({ timeout: 120_000 });
    results.exportBytes = statSync(file).size;
    const refused = await page.getByRole('alert').filter({ hasText: /\S/ }).allTextContents();
    if (refused.length) throw new Error(`import refused: ${refused.join(' ')}`);
    results.importPreviewMs = Date.now() - start;
    start = Date.now();
    await page.getByRole('button', { name: '合并' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor({ timeout: 120_000 });
    results.importMergeMs = Date.now() - start;

    /** Picks a bank file, then times 「替换」 from the click to its status. */
    const timeReplace = async (path: string) => {
      await page.getByTestId('bank-file').setInputFiles(path);
      await page.getByTestId('import-preview').waitFor({ timeout: 120_000 });
      const clicked = Date.now();
      await page.getByRole('button', { name: '替换' }).click();
      await page.getByRole('status').filter({ hasText: '已替换句库' }).waitFor({ timeout: 300_000 });
      return Date.now() - clicked;
    };
    results.importReplaceWithBackupMs = await timeReplace(file);

    // The same replace where every phrase differs from the stored one (each wording edited):
    // then every record is written, the worst case.
    const edited = JSON.parse(readFileSync(file, 'utf8')) as { phrases: Array<{ text: string }> };
    for (const phrase of edited.phrases) phrase.text = `${phrase.text}。`;
    const editedFile = `${file}-edited.json`;
    writeFileSync(editedFile, JSON.stringify(edited));
    results.importReplaceAllChangedMs = await timeReplace(editedFile);

    // Learning from 50 of the writer's documents, with this bank to mark what it already has.
    const learning = await measureLearning(harness.context, harness.extensionId);
    for (const [key, value] of Object.entries(learning)) results[`learn50.${key}`] = value;
  }

  // A 20,000-phrase unit bank subscribed to over HTTP: first fetch and apply, then no-change checks.
  const sync = await measureSubscription(harness.context, harness.extensionId);
  for (const [key, value] of Object.entries(sync)) results[`subscription.${key}`] = value;
  // The same from a WebDAV folder (Apache mod_dav), and personal sync through it.
  const webdav = await measureWebDav(harness.context, harness.extensionId);
  for (const [key, value] of Object.entries(webdav)) results[`webdav.${key}`] = value;
} catch (error) {
  results.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
} finally {
  await harness.close();
}
console.table(results);
const out = 'tests/bench/results/bank-manager.json';
let all: Record<string, unknown> = {};
try {
  all = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  // first run
}
const key = ONLY_SYNC ? `${SIZE} phrases, subscriptions and sync only` : `${SIZE} phrases, ${PIXELS_PER_FRAME} px/frame`;
writeFileSync(out, `${JSON.stringify({ ...all, [key]: results }, null, 2)}\n`);
