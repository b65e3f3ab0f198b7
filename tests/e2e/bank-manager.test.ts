// Issue 6: the bank manager on the real popup and options pages of the built extension.
// Add (popup), edit, delete and undo (options); search; export → import (merge) leaves the
// bank equal; malformed files are refused with the bank unchanged; a document import goes
// through a review; a phrase added in the options page reaches an open tab's suggestions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { suggestionList, useExtensionBrowser } from './harness';
import { MAX_FILE_BYTES, formatBytes } from '../../lib/bank/limits';

const browser = useExtensionBrowser();
/** Polls generously: two shared cores, and jieba's first load in a page takes a moment. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });
const SHOTS = resolve('tests/e2e/screenshots');

async function openPage(name: 'popup' | 'options', hash = ''): Promise<Page> {
  const page = await browser.harness.context.newPage();
  await page.setViewportSize(name === 'popup' ? { width: 420, height: 640 } : { width: 1280, height: 860 });
  await page.goto(`chrome-extension://${browser.harness.extensionId}/${name}.html${hash}`);
  if (name === 'options') {
    await page.getByTestId('options-stats').waitFor();
    // The whole bank is in the page (「显示 N / N 条」) before a test searches it: 15,000 rows
    // take a moment to read on two busy cores.
    if (!hash) await expect.poll(async () => /显示 ([1-9]\d*) \/ \1 条/.test((await page.getByTestId('shown-count').textContent()) ?? ''), { timeout: 30_000 }).toBe(true);
  }
  else await page.getByTestId('bank-stats').waitFor();
  return page;
}

const grid = (page: Page) => page.getByRole('grid', { name: '句库表述' });
const rowWith = (page: Page, text: string): Locator => grid(page).getByRole('row').filter({ hasText: text });
const shownCount = async (page: Page) => Number(/显示 (\d+)/.exec((await page.getByTestId('shown-count').textContent()) ?? '')?.[1]);

/** Types a search and waits until the table shows its result (the filter is deferred: the
 * count read right after typing can still be the whole bank's). */
async function search(page: Page, query: string): Promise<void> {
  const before = await page.getByTestId('shown-count').textContent();
  await page.getByRole('search').getByRole('searchbox').fill(query);
  const total = Number(/\/ (\d+)/.exec(before ?? '')?.[1]);
  if (query) await eventually(async () => (await shownCount(page)) < total).toBe(true);
}

/** The bank as the 「导出」 button writes it. */
async function exportBank(page: Page): Promise<{ path: string; json: { phrases: Array<{ id: string; text: string }>; skeletons: unknown[] } }> {
  await page.getByRole('tab', { name: '导入与备份' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出', exact: true }).click()]);
  const path = await download.path();
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

describe('the popup', () => {
  it('searches Chinese text and pinyin initials as you type, and adds a phrase', async () => {
    const popup = await openPage('popup');
    const box = popup.getByRole('combobox', { name: '搜索句库' });
    await box.fill('主体责任');
    const results = popup.getByRole('listbox').getByRole('option');
    await eventually(() => results.count()).toBeGreaterThan(0);
    for (const text of await results.locator('.option-text').allTextContents()) expect(text).toContain('主体责任');
    await box.fill('qmcyzd');
    await eventually(async () => (await results.locator('.option-text').allTextContents())[0] ?? '').toMatch(/^全面从严治党/);

    await popup.getByRole('button', { name: '+ 添加表述' }).click();
    const form = popup.getByRole('form', { name: '添加表述' });
    await form.getByLabel('表述').fill('下一步，我将坚持把调查研究作为基本功');
    await expect(form.getByLabel('章节').inputValue()).resolves.toBe('plan'); // guessed from 「下一步」
    await form.getByRole('button', { name: '保存' }).click();
    await eventually(() => form.getByRole('status').textContent()).toContain('已保存');
    await box.fill('调查研究作为基本功');
    await eventually(() => results.locator('.option-text').allTextContents()).toEqual(['下一步，我将坚持把调查研究作为基本功']);
    await popup.screenshot({ path: `${SHOTS}/popup-search-zh-CN.png` });
    await box.fill('');
    await popup.screenshot({ path: `${SHOTS}/popup-zh-CN.png` });
    await popup.close();
  });
});

describe('「加入句库」 from the context menu', () => {
  it('opens a form prefilled with the selection, a guessed section and jieba tags, and saves it', async () => {
    // The menu item opens this page in a small window with the selected text in its URL.
    const selection = '究其原因，主要是对全面从严治党主体责任的认识还不够深刻';
    const page = await browser.harness.context.newPage();
    await page.setViewportSize({ width: 460, height: 560 });
    await page.goto(`chrome-extension://${browser.harness.extensionId}/add.html?text=${encodeURIComponent(selection)}`);
    const form = page.getByRole('form', { name: '添加表述' });
    await expect(form.getByLabel('表述').inputValue()).resolves.toBe(selection);
    await expect(form.getByLabel('章节').inputValue()).resolves.toBe('cause');
    await eventually(() => form.getByLabel('标签').inputValue()).toContain('主体责任');
    await page.screenshot({ path: `${SHOTS}/add-window-zh-CN.png` });
    await form.getByRole('button', { name: '保存' }).click();
    await eventually<string | boolean | null>(() => page.isClosed() || form.getByRole('status').textContent()).toBeTruthy();
    const popup = await openPage('popup');
    await popup.getByRole('combobox', { name: '搜索句库' }).fill('认识还不够深刻');
    await eventually(() => popup.getByRole('option').locator('.option-text').allTextContents()).toContain(selection);
    await popup.close();
  });
});

describe('the wording check when a phrase is added (#17)', () => {
  it('names a slip as it is typed, says the phrase would not be suggested, and puts the standard wording in', async () => {
    const popup = await openPage('popup');
    await popup.getByRole('button', { name: '+ 添加表述' }).click();
    const form = popup.getByRole('form', { name: '添加表述' });
    await form.getByLabel('表述').fill('牢固树立四种意识');
    const flags = form.getByTestId('wording-flags');
    await eventually(() => flags.textContent()).toContain('「四种意识」 → 「四个意识」');
    await expect(flags.textContent()).resolves.toContain('不会作为提示出现');
    await form.getByRole('button', { name: '改为规范写法' }).click();
    await expect(form.getByLabel('表述').inputValue()).resolves.toBe('牢固树立四个意识');
    await eventually(() => flags.count()).toBe(0);
    await popup.close();
  });
});

describe('the options page', () => {
  it('names the edit to undo in the interface language', async () => {
    const page = await openPage('options');
    const setLanguage = (language: string) => page.evaluate(`chrome.storage.local.set({ language: '${language}' })`);
    try {
      await search(page, '调查研究');
      await eventually(() => shownCount(page)).toBeGreaterThan(0);
      const rows = await grid(page).getByRole('row').count();
      await grid(page).focus();
      await page.keyboard.press('Delete');
      await eventually(() => grid(page).getByRole('row').count()).toBe(rows - 1);
      await setLanguage('en');
      await eventually(() => page.locator('.undo').textContent()).toBe('Delete 1 phrase(s)Undo');
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await eventually(() => page.getByRole('status').first().textContent()).toBe('Undone: Delete 1 phrase(s)');
      await eventually(() => page.getByRole('grid').getByRole('row').count()).toBe(rows);
    } finally {
      await setLanguage('zh-CN');
      await page.close();
    }
  });

  it('edits, deletes and undoes; refuses an over-long edit with an alert', async () => {
    const page = await openPage('options');
    await search(page, '调查研究作为基本功');
    await eventually(() => shownCount(page)).toBe(1);
    const row = rowWith(page, '调查研究作为基本功');
    await row.getByRole('button', { name: '编辑' }).click();
    const editor = grid(page).getByRole('textbox', { name: '表述' });
    await editor.fill('字'.repeat(2001));
    await editor.press('Enter');
    await eventually(() => page.getByRole('alert').first().textContent()).toContain('表述过长（2001 字）');
    await editor.fill('下一步，我将坚持把调查研究作为履职尽责的基本功');
    await editor.press('Enter');
    await eventually(() => rowWith(page, '履职尽责的基本功').count()).toBe(1);

    await search(page, '履职尽责的基本功');
    await eventually(() => shownCount(page)).toBe(1);
    await rowWith(page, '履职尽责的基本功').getByRole('button', { name: '删除' }).click();
    await eventually(() => shownCount(page)).toBe(0);
    // The undo button names the edit in the interface language.
    await eventually(() => page.locator('.undo').textContent()).toContain('删除 1 条表述');
    await page.getByRole('button', { name: '撤销' }).click();
    await eventually(() => shownCount(page)).toBe(1);
    await expect(rowWith(page, '履职尽责的基本功').count()).resolves.toBe(1);
    await eventually(() => page.getByRole('status').first().textContent()).toContain('已撤销：删除 1 条表述');

    // Keyboard: focus the grid, Delete removes the active row, Ctrl+Z brings it back.
    await grid(page).focus();
    await page.keyboard.press('Delete');
    await eventually(() => shownCount(page)).toBe(0);
    await page.keyboard.press('Control+z');
    await eventually(() => shownCount(page)).toBe(1);

    // HTML in a phrase is text: shown as typed, never rendered.
    await page.getByText('+ 添加表述').click();
    const form = page.getByRole('form', { name: '添加表述' });
    await form.getByLabel('表述').fill('<img src=x onerror="document.title=\'pwned\'">加强<b>党建</b>引领');
    await form.getByRole('button', { name: '保存' }).click();
    await eventually(() => form.getByRole('status').textContent()).toContain('已保存');
    await search(page, '党建</b>引领');
    await eventually(() => rowWith(page, '<b>党建</b>').count()).toBe(1);
    expect(await grid(page).locator('img, b').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('filters by section, source and favorites, and stays responsive with the default bank', async () => {
    const page = await openPage('options');
    await eventually(() => shownCount(page)).toBeGreaterThan(1000);
    const total = await shownCount(page);
    await page.getByRole('combobox', { name: '来源' }).selectOption('user');
    await eventually(() => shownCount(page)).toBeLessThan(total);
    expect(await shownCount(page)).toBeGreaterThan(0); // the phrases added by the tests above
    const sources = await grid(page).locator('.c-source').allTextContents();
    expect(sources.slice(1).every((s) => s === '我的')).toBe(true);
    await page.getByRole('combobox', { name: '来源' }).selectOption('');
    await page.getByRole('combobox', { name: '章节' }).first().selectOption('problem');
    await eventually(() => shownCount(page)).toBeLessThan(total);
    const roles = await grid(page).locator('.c-role').allTextContents();
    expect(roles.slice(1).every((r) => r === '存在问题')).toBe(true);
    await page.getByRole('combobox', { name: '章节' }).first().selectOption('');
    const firstRow = grid(page).getByRole('row').nth(1); // after the header row
    await firstRow.getByRole('button', { name: '收藏', exact: true }).click();
    await eventually(() => firstRow.getByRole('button', { name: '取消收藏' }).count()).toBe(1);
    await page.getByLabel('只看收藏').check();
    await eventually(() => shownCount(page)).toBe(1);
    await page.getByLabel('只看收藏').uncheck();
    await eventually(() => shownCount(page)).toBe(total);
    await page.screenshot({ path: `${SHOTS}/options-phrases-zh-CN.png` });
    await page.close();
  });

  it('export then import (merge) leaves the bank equal', async () => {
    const page = await openPage('options', '#import');
    const before = await exportBank(page);
    expect(before.json.phrases.length).toBeGreaterThan(1000);
    await page.getByTestId('bank-file').setInputFiles(before.path);
    const preview = page.getByTestId('import-preview');
    await eventually(() => preview.textContent()).toContain(`新增 0 条，重复 ${before.json.phrases.length} 条，有改动 0 条`);
    await page.screenshot({ path: `${SHOTS}/options-import-preview-zh-CN.png` });
    await page.getByRole('button', { name: '合并' }).click();
    await eventually(() => page.getByRole('status').first().textContent()).toContain('导入完成');
    const after = await exportBank(page);
    expect(after.json).toEqual(before.json);
    await page.close();
  });

  it('replace makes the bank the file, also when the background was stopped between preview and replace', async () => {
    const page = await openPage('options', '#import');
    const before = await exportBank(page);
    const smaller = { ...before.json, phrases: before.json.phrases.slice(0, 500) };
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // First the background keeps the previewed file, then (stopped as Chrome stops an idle
    // worker) it has lost it and the page sends the file again.
    for (const [file, stopBetween] of [[smaller, true], [before.json, false]] as const) {
      await page.getByTestId('bank-file').setInputFiles({ name: 'bank.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await page.getByTestId('import-preview').waitFor();
      if (stopBetween) await cdp.send('ServiceWorker.stopAllWorkers');
      await page.getByRole('button', { name: '替换' }).click();
      await eventually(() => page.getByRole('status').first().textContent()).toContain('已替换句库');
      expect((await exportBank(page)).json).toEqual(file);
    }
    await page.close();
  });

  it('refuses malformed and unknown-version files with a message, the bank unchanged', async () => {
    const page = await openPage('options', '#import');
    const before = await exportBank(page);
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    const files = [
      { name: 'broken.json', text: '{"formatVersion": 1, "phrases": [', message: '不是有效的 JSON 文件' },
      { name: 'future.json', text: JSON.stringify({ formatVersion: 9, phrases: [], skeletons: [] }), message: '不支持的句库文件格式版本：9' },
      {
        name: 'long.json',
        text: JSON.stringify({ formatVersion: 1, phrases: [{ id: 'x', text: '长'.repeat(100_000), role: 'work', tags: [] }], skeletons: [] }),
        message: '第 1 条表述过长（100000 字）',
      },
    ];
    for (const file of files) {
      await page.getByTestId('bank-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      await eventually(() => alert.textContent()).toContain(file.message);
      await expect(page.getByTestId('import-preview').count()).resolves.toBe(0);
    }
    const oversized = MAX_FILE_BYTES + 1024 * 1024;
    await page.getByTestId('bank-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(oversized, 32) });
    await eventually(() => alert.textContent()).toContain(`文件过大（${formatBytes(oversized)}）`);
    await page.getByTestId('doc-files').setInputFiles({ name: '报告.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('并不是 docx') });
    // The documents panel has its own alert; the bank file's stays beside it.
    await eventually(() => page.getByRole('alert').filter({ hasText: '报告.docx' }).textContent()).toContain('「报告.docx」不是 .docx 文件：它实际上是纯文本文件');
    expect((await exportBank(page)).json).toEqual(before.json);
    await page.close();
  });

  it('in the English interface, a malformed bank file is refused in English, the bank unchanged', async () => {
    const page = await openPage('options', '#import');
    const before = await exportBank(page);
    const setLanguage = (language: string) => page.evaluate(`chrome.storage.local.set({ language: '${language}' })`);
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    const give = (name: string, text: string) =>
      page.getByTestId('bank-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    try {
      await setLanguage('en');
      await page.getByRole('tab', { name: 'Import & backups' }).waitFor();
      await give('broken.json', '{"formatVersion": 1, "phrases": [');
      await eventually(() => alert.textContent()).toMatch(/^This is not a valid JSON file and cannot be read \(.+\)\. The bank is unchanged\.$/);
      await give('long.json', JSON.stringify({ formatVersion: 1, phrases: [{ id: 'x', text: '长'.repeat(2001), role: 'work', tags: [] }], skeletons: [] }));
      await eventually(() => alert.textContent()).toBe(
        "The bank file has an error: Phrase 1: 'text' is too long (2,001 characters; the limit is 2,000). The bank is unchanged.",
      );
      await expect(page.getByTestId('import-preview').count()).resolves.toBe(0);
    } finally {
      await setLanguage('zh-CN');
    }
    expect((await exportBank(page)).json).toEqual(before.json);
    await page.close();
  });

  it('imports documents through a review: only the chosen phrases and outlines are saved', async () => {
    const page = await openPage('options', '#import');
    const report = [
      '2025年度机关党支部书记述职报告',
      '一、主要工作',
      '（一）狠抓理论武装。坚持把深入开展“数字赋能基层减负”专题学习作为首要任务，组织支部党员集中研学十二次。',
      '（二）夯实基层基础。全面推行“网格化+数字化”党建工作机制，推动支部标准化规范化建设提质增效。',
      '二、存在问题',
      '一是数字化赋能党建工作的办法不多，创新意识有待加强。',
      '三、下步打算',
      '下一步，我将聚焦“数字赋能基层减负”目标任务，持续推动党建与业务深度融合。',
    ].join('\n');
    await page.getByTestId('doc-files').setInputFiles([
      { name: '述职报告.txt', mimeType: 'text/plain', buffer: Buffer.from(report) },
      { name: 'report.docx', mimeType: 'application/octet-stream', buffer: readFileSync('tests/unit/fixtures/report.docx') },
    ]);
    const review = page.getByRole('dialog', { name: /从 2 个文件中提取了 \d+ 条表述/ });
    await review.waitFor({ timeout: 45_000 });
    // One group per file; the report's group opens to its outline (year and unit as fields, ticked) and its rows.
    const groups = review.getByRole('list', { name: '按文件分组的结果' });
    await expect(groups.getByTestId('learn-group').count()).resolves.toBe(2);
    await groups.getByRole('button', { name: '述职报告.txt' }).click();
    const rows = review.getByRole('list', { name: '「述职报告.txt」中的表述' });
    const outline = rows.locator('li.review-outline');
    await expect(outline.locator('.review-text').textContent()).resolves.toBe('【待填：年度】【待填：单位】党支部书记述职报告 · 3 个一级标题');
    await expect(outline.getByRole('checkbox').isChecked()).resolves.toBe(true);
    const phraseRows = rows.locator('li:not(.review-outline)');
    const offered = await phraseRows.filter({ has: page.locator('input:not([disabled])') }).locator('.review-text').allTextContents();
    expect(offered.length).toBeGreaterThan(2);
    const dropped = offered.find((text) => text.includes('网格化+数字化'))!;
    expect(dropped).toBeTruthy();
    await phraseRows.filter({ hasText: dropped }).first().getByRole('checkbox').uncheck();
    // The document's own box is now partly ticked; the other document is kept whole, unopened.
    await expect(groups.getByRole('checkbox', { name: '保留「述职报告.txt」的全部新表述' }).evaluate((box) => (box as HTMLInputElement).indeterminate)).resolves.toBe(true);
    const docxBox = groups.getByRole('checkbox', { name: '保留「report.docx」的全部新表述' });
    await expect(docxBox.isChecked()).resolves.toBe(true);
    await groups.getByRole('button', { name: 'report.docx' }).click();
    const docxRows = await review.getByRole('list', { name: '「report.docx」中的表述' }).locator('li:not(.review-outline)').filter({ has: page.locator('input:checked') }).locator('.review-text').allTextContents();
    const kept = [...offered.filter((text) => text !== dropped), ...docxRows];
    const outlinesKept = await review.locator('li.review-outline input:checked').count();
    expect(outlinesKept).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/options-document-review-zh-CN.png` });
    await review.getByRole('button', { name: `保存所选（${kept.length + outlinesKept} 条）` }).click();
    await eventually(() => page.getByRole('status').first().textContent()).toContain(`已保存 ${kept.length} 条表述、${outlinesKept} 份提纲`);

    const { json } = await exportBank(page);
    const exported = json.phrases.map((p) => p.text);
    for (const text of kept) expect(exported).toContain(text);
    expect(exported).not.toContain(dropped);
    const saved = (json.skeletons as Array<{ title: string; sources: string[]; outline: unknown[] }>).find((s) => s.sources.includes('述职报告.txt'));
    expect(saved).toMatchObject({ title: '{{年度}}{{单位}}党支部书记述职报告' });
    expect(saved!.outline).toHaveLength(3);
    await page.close();
  });

  it('shows the skeleton editor with live numbering that follows keyboard moves', async () => {
    const page = await openPage('options', '#skeletons');
    const tree = page.getByRole('tree', { name: '各级标题' });
    await tree.getByRole('treeitem').first().waitFor();
    const preview = page.getByTestId('skeleton-preview');
    const firstLines = (await preview.textContent())!.split('\n');
    expect(firstLines[1]).toMatch(/^一、/);
    const second = tree.locator('[aria-level="1"]').nth(1).locator('input');
    const title = await second.inputValue();
    await second.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await eventually(async () => (await preview.textContent())!.split('\n')[1]).toBe(`一、${title}`);
    await page.screenshot({ path: `${SHOTS}/options-skeletons-zh-CN.png` });
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('heading', { name: '快捷键' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/options-settings-zh-CN.png`, fullPage: true });
    await page.close();
  });

  it('a phrase added in the options page is suggested in an already open tab, without reloading it', async () => {
    const tab = browser.page;
    await tab.goto(`${browser.harness.baseUrl}/textarea.html`);
    await tab.locator('#editor').click();
    const options = await openPage('options');
    await options.getByText('+ 添加表述').click();
    const form = options.getByRole('form', { name: '添加表述' });
    await form.getByLabel('表述').fill('统筹推进城乡融合发展取得新突破');
    await form.getByRole('button', { name: '保存' }).click();
    await eventually(() => form.getByRole('status').textContent()).toContain('已保存');
    await options.close();

    await tab.bringToFront();
    await tab.locator('#editor').click();
    await tab.keyboard.type('统筹推进城乡融合');
    const list = suggestionList(tab);
    await eventually(() => list.isVisible()).toBe(true);
    await eventually(() => list.getByRole('option').locator('.juku-text').allTextContents()).toContain('统筹推进城乡融合发展取得新突破');
  });

  it('imports a rule file in Settings (#17): a malformed one is refused with its message, a good one is listed and the check in a page flags its formulation', async () => {
    const options = await openPage('options');
    await options.getByRole('tab', { name: '设置' }).click();
    const region = options.getByRole('region', { name: '用词检查规则' });
    await region.getByText('只用内置规则。').waitFor();
    const choose = (name: string, text: string) =>
      region.getByTestId('rule-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const rule = {
      id: 'fixed.unit-name',
      kind: 'fixed',
      correct: '市数据资源局',
      wrong: ['市大数据局'],
      explain: { zh: '本单位规范名称为「市数据资源局」。', en: 'Our unit is called 市数据资源局.' },
    };
    const file = { formatVersion: 1, name: '本单位规则', revision: 1, rules: [rule] };

    // Malformed: a rule without its wrong forms, and a file that is not JSON. Nothing stored.
    await choose('bad.json', JSON.stringify({ ...file, rules: [{ ...rule, wrong: [] }] }));
    await eventually(() => region.getByRole('alert').textContent()).toMatch(/^规则文件无效 \/ invalid rule file:\s*rules\.0\.wrong/);
    await choose('broken.json', '{ "formatVersion": 1,');
    await eventually(() => region.getByRole('alert').textContent()).toContain('规则文件不是有效的 JSON / The rule file is not valid JSON: broken.json');
    await expect(region.getByText('只用内置规则。').isVisible()).resolves.toBe(true);

    await choose('unit.json', JSON.stringify(file));
    await eventually(() => region.getByRole('status').textContent()).toBe('已导入规则文件「本单位规则」（1 条规则）。');
    await expect(region.getByTestId('rule-files').getByRole('listitem').allTextContents()).resolves.toEqual(['本单位规则（1 条规则，修订 1）移除']);
    await expect(region.getByRole('alert').isHidden()).resolves.toBe(true);
    await options.close();

    // The check in a page flags the new formulation (the shipped rules still apply too).
    const tab = browser.page;
    await tab.goto(`${browser.harness.baseUrl}/textarea.html`);
    await tab.locator('#editor').click();
    await tab.keyboard.type('市大数据局要增强四种意识');
    await tab.keyboard.press('Escape');
    await tab.keyboard.press('Alt+Shift+J');
    const check = tab.getByRole('dialog', { name: '表述检查' });
    await eventually(() => check.locator('.juku-check-flagged').allTextContents()).toEqual(['市大数据局', '四种意识']);
    await expect(check.locator('.juku-check-replacement').allTextContents()).resolves.toEqual(['市数据资源局', '四个意识']);
    await tab.keyboard.press('Escape');

    // Removed: the page's check is back to the shipped rules.
    const again = await openPage('options');
    await again.getByRole('tab', { name: '设置' }).click();
    await again.getByRole('button', { name: '移除规则文件「本单位规则」' }).click();
    await again.getByRole('region', { name: '用词检查规则' }).getByText('只用内置规则。').waitFor();
    await again.close();
    await tab.bringToFront();
    await tab.locator('#editor').focus();
    await tab.keyboard.press('Alt+Shift+J');
    await eventually(() => check.locator('.juku-check-flagged').allTextContents()).toEqual(['四种意识']);
  });
});
