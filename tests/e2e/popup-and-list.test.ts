// Issue 4, the parts that use the popup as a page of its own and the window's geometry
// (Chromium's tools): pausing and switching a site off apply to open tabs;
// the list keeps its shape on a hostile page and opens above a caret at the bottom of
// the window. pages.test.ts runs where suggestions appear and never do, in both browsers.
import { describe, expect, it } from 'vitest';
import { suggestionList, useExtensionBrowser } from './harness';
import { PLAIN_FIXTURES } from './fixtures/editors/selectors';
import { TYPED } from './editor-flow';

const browser = useExtensionBrowser();
const open = (path: string) => browser.page.goto(`${browser.harness.baseUrl}${path}`);

/** Types the opening into whatever has focus and waits long enough for a list to show. */
async function typeAndSettle(): Promise<void> {
  await browser.page.keyboard.type(TYPED);
  await browser.page.waitForTimeout(400);
}

describe('pausing and switching off', () => {
  it('pausing in the popup stops suggestions in an open tab at once, and resuming restores them', async () => {
    const { context, extensionId } = browser.harness;
    await open('/textarea.html');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const pause = popup.getByRole('switch', { name: '句库提示（所有网站）' });
    await pause.click();
    await expect.poll(() => pause.getAttribute('aria-checked')).toBe('false');

    await browser.page.bringToFront();
    await browser.page.locator('#editor').click();
    await typeAndSettle();
    expect(await suggestionList(browser.page).count()).toBe(0);

    await pause.click(); // resume, without reloading the page
    await expect.poll(() => pause.getAttribute('aria-checked')).toBe('true');
    await popup.close();
    await browser.page.locator('#editor').fill('');
    await browser.page.locator('#editor').click();
    await browser.page.keyboard.type(TYPED);
    await expect.poll(() => suggestionList(browser.page).isVisible()).toBe(true);
  });

  it('switching a site off applies to its open pages without a reload', async () => {
    const { context, extensionId } = browser.harness;
    await open('/textarea.html');
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/popup.html`);
    // The popup's site switch writes this list; the popup opened as a tab has no site of
    // its own, so the test writes the same storage key the switch does.
    await settings.evaluate(() => (globalThis as any).chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }));
    await browser.page.bringToFront();
    await browser.page.locator('#editor').click();
    await typeAndSettle();
    expect(await suggestionList(browser.page).count()).toBe(0);
    await settings.evaluate(() => (globalThis as any).chrome.storage.local.set({ disabledSites: [] }));
    await settings.close();
  });
});

describe('the list itself', () => {
  it('opens above a caret at the bottom of the window, unbroken by the page CSS', async () => {
    await browser.page.setViewportSize({ width: 1000, height: 700 });
    await open(PLAIN_FIXTURES.long.page);
    await browser.page.locator('#editor').scrollIntoViewIfNeeded();
    await browser.page.locator('#editor').click();
    await browser.page.keyboard.type(TYPED);
    const list = suggestionList(browser.page);
    await expect.poll(() => list.isVisible()).toBe(true);
    const listBox = (await list.boundingBox())!;
    const field = (await browser.page.locator('#editor').boundingBox())!;
    expect(listBox.y + listBox.height).toBeLessThanOrEqual(field.y + 60); // above the caret line
    // The page's `* { font-size: 40px !important }` and `li { display: none }` do not reach it.
    const option = list.getByRole('option').first();
    await expect(option.isVisible()).resolves.toBe(true);
    const fontSize = await option.evaluate((el) => getComputedStyle(el).fontSize);
    expect(fontSize).toBe('14px');
    await expect(list.getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
  });
});

describe('the wording check from the popup (issue #17)', () => {
  it('「检查页面中的表述」 lists the findings of the editor in the tab the popup was opened over', async () => {
    const { context, extensionId } = browser.harness;
    await open('/textarea.html');
    await browser.page.locator('#editor').click();
    await browser.page.keyboard.type('我们要增强四种意识');
    await browser.page.keyboard.press('Escape');
    // The popup as a tab of the same window, with the page's tab made the active one again:
    // the popup's tabs.query({ active, currentWindow }) then finds the page, as over a page.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await browser.page.bringToFront();
    await popup.getByRole('button', { name: '检查页面中的表述' }).click();
    const check = browser.page.getByRole('dialog', { name: '表述检查' });
    await expect.poll(() => check.isVisible(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => check.locator('.juku-check-flagged').allTextContents()).toEqual(['四种意识']);
    await expect.poll(() => check.locator('.juku-check-replacement').allTextContents()).toEqual(['四个意识']);
    if (!popup.isClosed()) await popup.close();
  });
});
