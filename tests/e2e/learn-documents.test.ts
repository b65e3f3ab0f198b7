// Issue 11 end to end, in the options page of the built extension: many of the writer's files
// at once (picked, dropped), progress while a worker reads and analyses them, 取消 that leaves
// the bank as it was, a review grouped per file, and what is saved suggested in a page.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import { benchDocuments } from '../bench/learn-corpus';

const browser = useExtensionBrowser();
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 60_000 });
const FIXTURES = resolve('tests/fixtures/formats');

async function openImport(): Promise<Page> {
  const page = await browser.harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${browser.harness.extensionId}/options.html#import`);
  await page.getByTestId('options-stats').waitFor();
  return page;
}

/** Every phrase text in the bank, as the 「导出」 button writes it. */
async function bankTexts(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: '导入与备份' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出', exact: true }).click()]);
  return (JSON.parse(readFileSync(await download.path(), 'utf8')) as { phrases: Array<{ text: string }> }).phrases.map((p) => p.text).sort();
}

/** Folders of files written for a test, removed when the file's tests end. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'juku-learn-e2e-'));
  made.push(dir);
  return dir;
};

const writeDocuments = (count: number): string[] => {
  const dir = tempDir();
  return benchDocuments(count).map((d) => {
    const path = join(dir, d.name);
    writeFileSync(path, d.text);
    return path;
  });
};

describe('learning from many documents', () => {
  it('shows progress, and 取消 stops the analysis with the bank unchanged', async () => {
    const page = await openImport();
    const before = await bankTexts(page);
    await page.getByTestId('doc-files').setInputFiles(writeDocuments(40));
    const progress = page.getByTestId('learn-progress');
    await eventually(() => progress.textContent()).toMatch(/正在读取 \d+\/40：|已读取 40 个文件，正在分析/);
    await expect(page.getByRole('progressbar', { name: '读取与分析进度' }).count()).resolves.toBe(1);
    await page.getByRole('group', { name: '读取与分析进度' }).getByRole('button', { name: '取消' }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: '已取消' }).count()).toBe(1);
    await expect(page.getByRole('dialog', { name: /个文件中提取了/ }).count()).resolves.toBe(0);
    expect(await bankTexts(page)).toEqual(before);
    await page.close();
  });

  it('takes files dropped onto the page', async () => {
    const page = await openImport();
    const text = ['关于加强机关作风建设的通知', '一、总体要求', '各单位要深入贯彻落实中央八项规定精神，持之以恒纠治“四风”。', '二、工作措施', '（一）强化责任落实。各级领导干部要以身作则、率先垂范，切实履行一岗双责。'].join('\n');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], '作风建设通知.txt', { type: 'text/plain' }));
      data.items.add(new File(['x'], '照片.jpg', { type: 'image/jpeg' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    const review = page.getByRole('dialog', { name: /从 1 个文件中提取了 \d+ 条表述/ });
    await review.waitFor({ timeout: 60_000 });
    await expect(review.getByRole('list', { name: '「作风建设通知.txt」中的表述' }).textContent()).resolves.toContain('持之以恒纠治“四风”');
    await expect(page.getByRole('status').filter({ hasText: '略过了 1 个不是文档的文件' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('30 files of mixed formats in one pick → progress → review → saved → suggested in a textarea', async () => {
    // Every kind a writer keeps: Word 97–2003, WPS, .docx, PDF, OFD, Excel and CSV phrase lists,
    // text (UTF-8 and GB18030), HTML; the rest of the 30 are long reports as .txt.
    const binary = readdirSync(FIXTURES).filter((f) => /\.(docx?|wps|pdf|ofd|xlsx)$/i.test(f) && f !== 'locked.pdf');
    const extra = tempDir();
    const html = join(extra, '通知.html');
    writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"><title>x</title><style>p{}</style></head><body><h1>关于做好年度统计工作的通知</h1><p>一、提高思想认识</p><p>各单位要切实提高政治站位，把统计工作摆在突出位置。</p><script>bad()</script></body></html>`);
    const gbk = join(extra, '旧文档.txt');
    writeFileSync(gbk, Buffer.from(GB18030_REPORT, 'base64'));
    const texts = readdirSync(join(FIXTURES, 'src')).map((f) => join(FIXTURES, 'src', f));
    const given = [...binary.map((f) => join(FIXTURES, f)), ...texts, html, gbk];
    const picked = [...given, ...writeDocuments(30 - given.length)];
    expect(picked).toHaveLength(30);
    const page = await openImport();
    await page.getByTestId('doc-files').setInputFiles(picked);
    await eventually(() => page.getByTestId('learn-progress').count()).toBe(1);
    const review = page.getByRole('dialog', { name: /从 30 个文件中提取了 \d+ 条表述/ });
    await review.waitFor({ timeout: 120_000 });
    expect(await review.locator('.learn-failed li').allTextContents()).toEqual([]);
    const groups = review.getByRole('list', { name: '按文件分组的结果' }).getByTestId('learn-group');
    expect(await groups.count()).toBe(30);
    // Each file gave wording or an outline (the same report in four formats lists its wording once, under the first).
    const metas = await groups.locator('.group-head .option-meta').allTextContents();
    for (const [i, meta] of metas.entries()) expect(/新 [1-9]\d* 条|含提纲/.test(meta), `${picked[i]}: ${meta}`).toBe(true);
    await review.getByRole('button', { name: /保存所选（\d+ 条）/ }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: /已保存 \d+ 条表述/ }).count()).toBe(1);
    const saved = await bankTexts(page);
    await page.close();
    expect(saved).toContain('统计数据质量稳步提升'); // from the 工作总结 (.doc, .docx, .pdf, .ofd)
    expect(saved).toContain('扎实推进统计改革发展'); // from the phrase lists
    expect(saved.some((t) => t.includes('把统计工作摆在突出位置'))).toBe(true); // from the HTML

    // What was learned is suggested while typing in a page.
    const tab = browser.page;
    await tab.goto(`${browser.harness.baseUrl}/textarea.html`);
    await tab.locator('#editor').click();
    await tab.keyboard.type('统计数据质量');
    const list = tab.getByRole('listbox', { name: '句库建议' });
    await eventually(async () => (await list.getByRole('option').locator('.juku-text').allTextContents()).some((t) => t.includes('稳步提升'))).toBe(true);
  });
});

/** A short report saved as GB18030, as older Windows tools write text files. */
const GB18030_REPORT = 'MjAxOcTqtsiw7LmrytK5pNf319y94QrSu6Gi1vfSqrmk1/cKyKvE6rmysOzA7bj3wOC5q87E0rvHp7b+sNnT4Lz+o6zIt7GjwcvV/sHus6nNqKGjCrb+oaLPwrK9tPLL4wq9+NK7sr3M4bjfsOzOxLDsu+Gw7MrCy67GvaGjCg==';
