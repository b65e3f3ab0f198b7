// #14, a writer's first minutes: installing opens the welcome page once, its try-it box
// works as an editor on any page does, the list never runs out of the window at its right
// edge or bottom-right corner, and the options page follows its address.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, WELCOME_PATH, launchWithExtension, useExtensionBrowser, waitForBank, type Harness } from './harness';
import { PHRASE_START, TYPED } from './editor-flow';

const browser = useExtensionBrowser({ keepWelcome: true });
/** Screenshots (not committed): `npm run store` copies the store-* ones into the listing. */
const SHOTS = resolve('tests/e2e/screenshots');
mkdirSync(SHOTS, { recursive: true });
const welcomePagesOf = (harness: Harness) => harness.context.pages().filter((page) => page.url().endsWith(WELCOME_PATH));
const welcomePages = () => welcomePagesOf(browser.harness);
const listIn = (page: Page) => page.getByRole('listbox', { name: '句库建议' });

/** The list's box lies inside the window's visible area. */
async function expectInsideWindow(page: Page, list: Locator): Promise<void> {
  await expect.poll(() => list.isVisible(), { timeout: 5000 }).toBe(true);
  // The panel (the list and its key hint), as laid out, against the window's client area.
  const [box, width, height] = await list.evaluate((element) => {
    const panel = element.closest('.juku-panel')!.getBoundingClientRect();
    return [{ left: panel.left, top: panel.top, right: panel.right, bottom: panel.bottom }, document.documentElement.clientWidth, window.innerHeight] as const;
  });
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(width);
  expect(box.bottom).toBeLessThanOrEqual(height);
}

describe('first run', () => {
  it('opens the welcome page once on install', async () => {
    await expect.poll(() => welcomePages().length, { timeout: 10_000 }).toBe(1);
    const welcome = welcomePages()[0]!;
    await expect.poll(() => welcome.getByRole('heading', { level: 1 }).textContent()).toBe('欢迎使用句库');
    // The palette's key as the browser has it bound, not a hard-coded one.
    await expect.poll(() => welcome.getByTestId('palette-shortcut').textContent()).toBe('Alt+J');
  });

  it('lets the writer try it: typing in the box shows the list and Tab inserts', async () => {
    const welcome = welcomePages()[0]!;
    await welcome.bringToFront();
    const box = welcome.getByTestId('try-it');
    await box.click();
    await welcome.keyboard.type(TYPED);
    await expect.poll(() => listIn(welcome).isVisible(), { timeout: 5000 }).toBe(true);
    await welcome.keyboard.press('Tab');
    await expect.poll(() => box.inputValue()).toMatch(new RegExp(`^${PHRASE_START}`));
    expect((await box.inputValue()).split('四个意识').length - 1).toBe(1);
    await expect.poll(() => welcome.getByRole('status').textContent()).toContain('做到了');
    await welcome.keyboard.press('Control+z');
    await expect.poll(() => box.inputValue()).toBe(TYPED);
  });

  it('sends the writer to learning from documents from the welcome page', async () => {
    const welcome = welcomePages()[0]!;
    const opened = browser.harness.context.waitForEvent('page');
    await welcome.getByRole('button', { name: '从我的文档学习…' }).click();
    const options = await opened;
    await options.waitForURL(/options\.html#learn$/);
    await expect.poll(() => options.getByRole('tab', { name: '导入与备份' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    await options.close();
  });

  it('opens the welcome page again from the popup\'s 「使用说明」', async () => {
    const popup = await browser.harness.context.newPage();
    await popup.goto(`chrome-extension://${browser.harness.extensionId}/popup.html`);
    const opened = browser.harness.context.waitForEvent('page');
    await popup.getByRole('button', { name: '使用说明' }).click();
    const welcome = await opened;
    await welcome.waitForURL(/welcome\.html$/);
    await expect.poll(() => welcome.getByRole('heading', { level: 1 }).textContent()).toBe('欢迎使用句库');
    await Promise.all([welcome.close(), popup.close()]);
  });

  it('keeps the list inside the window at the right edge and the bottom-right corner', async () => {
    const page = browser.page;
    // The welcome tab came up in front on install: the page under test goes in front.
    await page.bringToFront();
    for (const corner of ['right: 0; top: 40px', 'right: 0; bottom: 0'] as const) {
      // A textarea pushed against the window's edge: the caret sits within 200 px of it.
      await page.goto(`${browser.harness.baseUrl}/textarea.html`);
      await page.locator('#editor').evaluate((el, css) => el.setAttribute('style', `position: fixed; ${css}; width: 200px; height: 60px; margin: 0`), corner);
      await page.locator('#editor').click();
      await page.keyboard.type(TYPED);
      await expectInsideWindow(page, listIn(page));
      // And a rich editor (a contenteditable paragraph) in the same place.
      await page.goto(`${browser.harness.baseUrl}/contenteditable.html`);
      await page.locator('#editor').evaluate((el, css) => el.setAttribute('style', `position: fixed; ${css}; width: 200px; margin: 0`), corner);
      await page.locator('#editor p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(TYPED);
      await expectInsideWindow(page, listIn(page));
    }
  });

  it('shows the tab the address names, also when only the hash changes', async () => {
    const page = browser.page;
    await page.goto(`chrome-extension://${browser.harness.extensionId}/options.html#phrases`);
    const selected = (name: string) => page.getByRole('tab', { name }).getAttribute('aria-selected');
    await expect.poll(() => selected('表述')).toBe('true');
    // A link already on the page: the document stays, only the hash changes.
    await page.evaluate(() => (location.hash = '#settings'));
    await expect.poll(() => selected('设置')).toBe('true');
    await page.goBack();
    await expect.poll(() => selected('表述')).toBe('true');
  });

  it('takes the store and README images at store size (1280×800)', async () => {
    const page = browser.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    const welcome = welcomePages()[0];
    if (welcome) {
      await welcome.setViewportSize({ width: 1280, height: 800 });
      await welcome.screenshot({ path: `${SHOTS}/store-welcome.png` });
    }
    // The inline list in a document, under its section heading.
    await page.goto(`${browser.harness.baseUrl}/document.html`);
    await page.locator('#editor p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type('我们要进一步增强“四个');
    await expect.poll(() => listIn(page).isVisible(), { timeout: 5000 }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/store-list.png` });
    await page.keyboard.press('Escape');
    // The palette with the 述职报告 outlines.
    await page.keyboard.press('Alt+j');
    const palette = page.getByRole('dialog', { name: '句库面板' });
    await expect.poll(() => palette.isVisible(), { timeout: 5000 }).toBe(true);
    await page.keyboard.type('述职');
    await expect.poll(() => palette.getByRole('option').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/store-palette.png` });
    await page.keyboard.press('Escape');
    // The bank manager.
    await page.goto(`chrome-extension://${browser.harness.extensionId}/options.html#phrases`);
    await expect.poll(async () => /显示 ([1-9]\d*) \/ \1 条/.test((await page.getByTestId('shown-count').textContent()) ?? ''), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/store-manager.png` });
    for (const name of ['store-list', 'store-palette', 'store-manager']) expect(existsSync(`${SHOTS}/${name}.png`)).toBe(true);
  });

  it('does not open the welcome page again when the extension is updated or loaded anew', async () => {
    // A copy of the build, installed in a profile of its own, then the same copy at a
    // higher version in the same profile. (Chromium calls a command-line-loaded extension
    // installed at every start; from the store an update says so.)
    const dir = mkdtempSync(join(tmpdir(), 'juku-update-'));
    const extensionDir = join(dir, 'extension');
    const profile = join(dir, 'profile');
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    try {
      const first = await launchWithExtension({ extensionDir, profile, keepWelcome: true });
      const welcomes = (harness: Harness) => welcomePagesOf(harness).length;
      await expect.poll(() => welcomes(first), { timeout: 10_000 }).toBe(1);
      await first.close();
      const manifestPath = join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
      const updated = await launchWithExtension({ extensionDir, profile, keepWelcome: true });
      try {
        const page = await updated.context.newPage();
        await waitForBank(page, updated.extensionId);
        const version = await updated.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version);
        expect(version).toBe(`${manifest.version}.1`);
        await page.waitForTimeout(500);
        expect(welcomes(updated)).toBe(0);
      } finally {
        await updated.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
