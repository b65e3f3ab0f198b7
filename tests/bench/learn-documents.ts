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
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
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
