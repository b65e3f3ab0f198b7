// The same path in a plain contenteditable: the list appears, Tab inserts once into the
// caret's paragraph, one Ctrl+Z restores what was typed.
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness';
import { typeOpening } from './editor-flow';

const browser = useExtensionBrowser();

const paragraphs = () => browser.page.locator('#editor p').allTextContents();

describe('plain contenteditable', () => {
  it.each(['keys', 'ime'] as const)('inserts into the caret paragraph once and undoes in one step (%s)', async (how) => {
    await browser.page.goto(`${browser.harness.baseUrl}/contenteditable.html`);
    await browser.page.locator('#editor p').nth(1).click();
    await typeOpening(browser.page, how);
    await expect.poll(() => browser.page.getByRole('listbox', { name: '句库建议' }).isVisible()).toBe(true);
    await browser.page.keyboard.press('Tab');
    const [heading, body] = await paragraphs();
    expect(heading).toBe('一、主要工作');
    expect(body!.startsWith('增强“四个意识”')).toBe(true);
    expect(body!.split('四个意识').length - 1).toBe(1);
    await browser.page.keyboard.press('Control+z');
    expect(await paragraphs()).toEqual(['一、主要工作', '增强“四个']);
  });
});
