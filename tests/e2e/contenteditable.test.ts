// The same path in a plain contenteditable: the list appears, Tab inserts once into the
// caret's paragraph, one Ctrl+Z restores what was typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForBank, type Harness } from './harness';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launchWithExtension();
  page = await harness.context.newPage();
  await waitForBank(page, harness.extensionId);
});
afterAll(async () => harness?.close());

const paragraphs = () => page.locator('#editor p').allTextContents();

describe('plain contenteditable', () => {
  it('inserts into the caret paragraph once and undoes in one step', async () => {
    await page.goto(`${harness.baseUrl}/contenteditable.html`);
    await page.locator('#editor p').nth(1).click();
    await page.keyboard.type('增强“四个');
    await expect.poll(() => page.getByRole('listbox', { name: '句库建议' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    const [heading, body] = await paragraphs();
    expect(heading).toBe('一、主要工作');
    expect(body!.startsWith('增强“四个意识”')).toBe(true);
    expect(body!.split('四个意识').length - 1).toBe(1);
    await page.keyboard.press('Control+z');
    expect(await paragraphs()).toEqual(['一、主要工作', '增强“四个']);
  });
});
