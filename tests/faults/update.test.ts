// Updates while pages are open (#15): the extension is reloaded (as an update does) with
// three editor tabs open. The old content scripts stop cleanly (no second list, no key
// captured twice, no error in the page) and every open tab gets working suggestions again
// without a reload, its typed text kept. Chromium: the background runs the content scripts
// in the open tabs again (lib/background/reinject.ts); Firefox injects into open tabs itself.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { suggestionList, useExtensionBrowser } from '../e2e/harness';
import { survive } from './record';

const browser = useExtensionBrowser();
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

const TABS = [
  { page: '/textarea.html', editable: '#editor', model: `document.querySelector('#editor').value` },
  { page: '/editors/dist/quill.html', editable: '#editor .ql-editor', model: `window.jukuFixture.getText()` },
  { page: '/editors/dist/tiptap.html', editable: '#editor .ProseMirror', model: `window.jukuFixture.getText()` },
];

describe('an update while editor tabs are open', () => {
  it('every open tab suggests again without a reload, one list, one insertion, nothing lost', async () => {
    await survive('fault', 'extension reloaded with three editor tabs open, then typing in each', async () => {
      const { harness } = browser;
      const pages: Page[] = [];
      const errors: string[] = [];
      for (const tab of TABS) {
        const page = await harness.context.newPage();
        page.on('pageerror', (error) => errors.push(`${tab.page}: ${error.message}`));
        await page.goto(`${harness.baseUrl}${tab.page}`);
        await page.waitForFunction(() => (window as any).jukuFixture?.ready !== false);
        await page.locator(tab.editable).click();
        await page.keyboard.type('今年以来，');
        pages.push(page);
      }

      // The reload button of chrome://extensions (developer mode on, as for any unpacked
      // extension; Chromium disables a reloaded command-line extension otherwise): the running
      // extension is replaced as by an update. Then the new background answers an extension page.
      const extensionsPage = await harness.context.newPage();
      await extensionsPage.goto('chrome://extensions/');
      const reloaded = await extensionsPage.evaluate(async (id) => {
        const developer = (globalThis as any).chrome.developerPrivate;
        await new Promise((done) => developer.updateProfileConfiguration({ inDeveloperMode: true }, done));
        return new Promise((done) => developer.reload(id, { failQuietly: false }, () => done((globalThis as any).chrome.runtime.lastError?.message ?? 'reloaded')));
      }, harness.extensionId);
      expect(reloaded).toBe('reloaded');
      await extensionsPage.close();
      const popup = await harness.context.newPage();
      await eventually(async () => {
        await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`).catch(() => {});
        return popup
          .getByTestId('bank-stats')
          .waitFor({ timeout: 5000 })
          .then(() => true)
          .catch(() => false);
      }).toBe(true);
      await popup.close();

      for (const [i, tab] of TABS.entries()) {
        const page = pages[i]!;
        await page.bringToFront();
        await page.locator(tab.editable).click();
        await page.keyboard.press('End');
        await page.keyboard.type('增强“四个');
        const list = suggestionList(page);
        await eventually(() => list.count()).toBe(1);
        await eventually(() => list.isVisible()).toBe(true);
        await page.keyboard.press('Tab');
        await eventually(() => page.evaluate(tab.model)).toMatch(/^今年以来，增强“四个意识”/);
        const text = (await page.evaluate(tab.model)) as string;
        // Once: the old script, had it still listened, would have inserted a second time.
        expect(text.split('意识').length - 1, `${tab.page}: ${text}`).toBe(1);
      }
      expect(errors).toEqual([]);
      return `${TABS.length} tabs suggest again without a reload, each inserted once, no page error`;
    });
  });
});
