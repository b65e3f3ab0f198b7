// 「从文档学习」 at the size a writer brings (issue 11): 50 documents, about 500,000 characters,
// picked at once in the options page of the built extension in Chromium. Measures the time
// from the pick to the review, and the page's longest main-thread task while it ran (the
// Long Tasks API reports every task over 50 ms). The reading and analysis run in a worker.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { benchDocuments } from './learn-corpus';

export type LearnFigures = { files: number; characters: number; reviewMs: number; longestMainThreadTaskMs: number; mainThreadTasksOver50Ms: number; phrasesFound: number };

export async function measureLearning(context: BrowserContext, extensionId: string, count = 50): Promise<LearnFigures> {
  const documents = benchDocuments(count);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#import`);
  await page.getByTestId('doc-files').waitFor({ state: 'attached' });
  // The page reads the whole bank when it opens (100,000 rows): wait until its main thread
  // has been quiet for 1.5 s, so the long tasks counted are the learning's, not the page's start.
  await page.evaluate(async () => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    let lastEnd = performance.now();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push(entry.duration);
        lastEnd = Math.max(lastEnd, entry.startTime + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    const started = performance.now();
    while (performance.now() - lastEnd < 1500 && performance.now() - started < 60_000) await new Promise((r) => setTimeout(r, 250));
    tasks.length = 0;
  });
  // Files on disk, as a writer picks them: given as buffers, Playwright would decode them in
  // the page's main thread and that would count as the page's own long task.
  const dir = mkdtempSync(join(tmpdir(), 'juku-learn-'));
  const paths = documents.map((d) => {
    const path = join(dir, d.name);
    writeFileSync(path, d.text);
    return path;
  });
  const start = Date.now();
  await page.getByTestId('doc-files').setInputFiles(paths);
  const review = page.getByRole('dialog', { name: /个文件中提取了/ });
  await review.waitFor({ timeout: 180_000 });
  const reviewMs = Date.now() - start;
  const title = (await review.getByRole('heading').first().textContent()) ?? '';
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    files: documents.length,
    characters: documents.reduce((n, d) => n + d.text.length, 0),
    reviewMs,
    longestMainThreadTaskMs: Math.round(Math.max(0, ...tasks)),
    mainThreadTasksOver50Ms: tasks.length,
    phrasesFound: Number(/提取了 (\d+) 条/.exec(title)?.[1] ?? 0),
  };
}
