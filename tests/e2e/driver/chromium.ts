// Chromium through playwright-core: the extension loaded unpacked (harness.ts), keys and
// clicks as trusted input over CDP, IME composition through Input.imeSetComposition.
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, waitForBank } from '../harness';
import type { Driver } from './types';

export async function launchChromium(): Promise<Driver> {
  const harness = await launchWithExtension();
  const page: Page = await harness.context.newPage();
  await waitForBank(page, harness.extensionId);
  let cdp: CDPSession | null = null;
  const session = async () => (cdp ??= await page.context().newCDPSession(page));
  return {
    browserName: 'chromium',
    baseUrl: harness.baseUrl,
    async goto(url) {
      await page.goto(url);
    },
    evaluate: <T,>(expression: string) => page.evaluate(expression) as Promise<T>,
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    ime: {
      async compose(marked) {
        await (await session()).send('Input.imeSetComposition', { text: marked, selectionStart: marked.length, selectionEnd: marked.length });
      },
      async commit(text) {
        await (await session()).send('Input.insertText', { text });
      },
    },
    async readClipboard() {
      await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.baseUrl });
      return page.evaluate(() => navigator.clipboard.readText());
    },
    async setExtensionStorage(items) {
      await harness.worker.evaluate(`chrome.storage.local.set(${JSON.stringify(items)})`);
    },
    async extensionPage(path, ready) {
      const opened = await harness.context.newPage();
      await opened.goto(`chrome-extension://${harness.extensionId}${path}`);
      await opened.waitForFunction(ready);
      return {
        evaluate: <T,>(expression: string) => opened.evaluate(expression) as Promise<T>,
        click: (selector) => opened.click(selector),
        bringToFront: () => opened.bringToFront(),
        close: () => opened.close(),
      };
    },
    sendToTab: (message) =>
      harness.worker.evaluate(`(async () => {
        // The popup asks the active tab, as here (it sees no URLs: no tabs permission).
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab.id, ${JSON.stringify(message)});
      })()`),
    async close() {
      await cdp?.detach().catch(() => {});
      await harness.close();
    },
  };
}
