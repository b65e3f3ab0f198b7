// Issue #20: after a phrase or an outline with unfilled fields goes in, Tab selects the next
// 【待填：…】 marker in the editor, Shift+Tab the previous, typing replaces it; the editor's
// own model is what is checked (window.jukuFixture). And the 述职报告 outline filled with two
// different problems gives two different lines, with no slot repeated.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import { EDITOR_FIXTURES } from './fixtures/editors/selectors';
import { suggestionList } from './editor-flow';
import type {} from './fixtures/editors/types';

const browser = useExtensionBrowser();
const modelText = (page: Page) => page.evaluate(() => window.jukuFixture!.getText());
const selected = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLTextAreaElement) return active.value.slice(active.selectionStart, active.selectionEnd);
    return document.getSelection()?.toString() ?? '';
  });

const FIXTURES = [
  { name: 'textarea', page: '/textarea.html', editable: '#editor' },
  ...EDITOR_FIXTURES.filter((f) => f.name === 'quill' || f.name === 'tiptap'),
];

/** Types the opening of 「全年共开展主题党日活动{{数量}}次…」 and accepts whichever row with a field the (gated) list offers. */
async function acceptRowWithField(page: Page): Promise<void> {
  await page.keyboard.type('全年共开展主题党日');
  const list = suggestionList(page);
  await expect.poll(() => list.isVisible(), { timeout: 5000 }).toBe(true);
  const rows = await list.getByRole('option').allTextContents();
  const row = rows.findIndex((text) => text.includes('【待填：数量】'));
  expect(row, rows.join(' | ')).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press(row === 0 ? 'Tab' : 'Enter');
}

describe('inline: Tab moves through the fields of an accepted phrase', () => {
  it.each(FIXTURES)('$name', async ({ page: path, editable }) => {
    const { page } = browser;
    await page.goto(`${browser.harness.baseUrl}${path}`);
    await page.waitForFunction(() => window.jukuFixture?.ready === true, null, { timeout: 20_000 });
    await page.locator(editable).click();
    await acceptRowWithField(page);
    await expect.poll(() => modelText(page), { timeout: 5000 }).toMatch(/^全年共开展主题党日活动【待填：数量】次/);
    const inserted = await modelText(page);
    const markers = inserted.split('【待填：数量】').length - 1;
    expect(markers).toBeGreaterThanOrEqual(1);

    // Tab: the next marker; typing replaces it. Shift+Tab goes back to the previous one
    // (with one marker left, itself).
    for (let i = 1; i <= markers; i++) {
      await page.keyboard.press('Tab');
      await expect.poll(() => selected(page)).toBe('【待填：数量】');
      if (i === markers) {
        await page.keyboard.press('Shift+Tab');
        await expect.poll(() => selected(page)).toBe('【待填：数量】');
      }
      await page.keyboard.type(String(10 + i));
      await expect.poll(async () => (await modelText(page)).split('【待填：数量】').length - 1).toBe(markers - i);
    }
    const filled = await modelText(page);
    expect(filled).not.toContain('【待填');
    expect(filled).toBe(Array.from({ length: markers }, (_, i) => String(11 + i)).reduce((text, value) => text.replace('【待填：数量】', value), inserted));
    // No field left: Tab is the page's again (the model is not changed by us).
    await expect(suggestionList(page).isVisible()).resolves.toBe(false);
  });

  it('Esc ends field mode: Tab then no longer selects a marker', async () => {
    const { page } = browser;
    await page.goto(`${browser.harness.baseUrl}/textarea.html`);
    await page.waitForFunction(() => window.jukuFixture?.ready === true, null, { timeout: 20_000 });
    await page.locator('#editor').click();
    await acceptRowWithField(page);
    await expect.poll(() => modelText(page), { timeout: 5000 }).toContain('【待填：数量】');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    expect(await selected(page)).toBe('');
  });
});

describe('the 述职报告 outline: two different problems, two different lines, no slot repeated', () => {
  it('textarea, through the palette form', async () => {
    const { page } = browser;
    // 单位, 职务 and 姓名 come from the profile (the same value wherever they appear).
    await browser.harness.worker.evaluate(`chrome.storage.local.set({ profile: ${JSON.stringify({ unit: '市财政局', title: '局长', name: '张三' })} })`);
    await page.goto(`${browser.harness.baseUrl}/textarea.html`);
    await page.waitForFunction(() => window.jukuFixture?.ready === true, null, { timeout: 20_000 });
    await page.locator('#editor').click();
    await page.keyboard.press('Alt+j');
    const palette = page.getByRole('dialog', { name: '句库面板' });
    await expect.poll(() => palette.isVisible()).toBe(true);
    await page.keyboard.type('述职');
    const first = palette.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first();
    await expect.poll(() => first.textContent(), { timeout: 5000 }).toMatch(/^述职报告/);
    await page.keyboard.press('Enter');
    const form = palette.getByRole('form', { name: '填写字段' });
    await form.waitFor();
    await form.getByLabel('问题一').fill('理论学习不够深入');
    await form.getByLabel('问题二').fill('调查研究不够经常');
    // The preview marks where the focused field lands.
    await form.getByLabel('问题二').focus();
    await expect.poll(() => form.locator('mark.juku-field-here').allTextContents()).toEqual(['调查研究不够经常']);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => modelText(page), { timeout: 5000 }).toContain('调查研究不够经常');
    const text = await modelText(page);
    expect(text).toContain('一是理论学习不够深入；二是调查研究不够经常');
    expect(text.split('理论学习不够深入').length - 1).toBe(1);
    // No slot is filled twice: every remaining marker names a different field.
    const markers = [...text.matchAll(/【待填：([^】]+)】/g)].map((m) => m[1]);
    expect(new Set(markers).size).toBe(markers.length);
    // And Tab moves to the first field left after the caret.
    await page.keyboard.press('Tab');
    await expect.poll(() => selected(page)).toMatch(/^【待填：/);
  });
});
