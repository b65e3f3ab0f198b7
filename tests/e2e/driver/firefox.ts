// Firefox ESR through puppeteer-core over WebDriver BiDi (Debian has no geckodriver; BiDi
// is built into Firefox). The unsigned build installs as a temporary add-on
// (webExtension.install). Its moz-extension:// host is pinned by a pref, so the tests can
// open the extension's own pages to wait for the bank and to write its storage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { WELCOME_PATH, serveFixtures } from '../harness';
// @ts-expect-error: plain JS helper shared with tests/run-all.mjs
import { findFirefox } from '../../browser-paths.mjs';
import { splitChord } from './keys';
import type { Driver } from './types';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'juku@juku.local';
/** The moz-extension:// host the tests give it (random per profile otherwise). */
const ADDON_UUID = '6a0c2b8e-3c1f-4f43-9f0a-1b2c3d4e5f60';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export async function launchFirefoxBrowser(): Promise<{ browser: Browser; profile: string }> {
  const executablePath = findFirefox() as string | null;
  if (!executablePath) throw new Error('Firefox ESR not found (set FIREFOX_PATH or apt-get install firefox-esr)');
  const profile = mkdtempSync(join(tmpdir(), 'juku-e2e-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profile,
    // WebDriver navigates to http(s), file and blob only, unless given this: the tests open
    // the extension's own popup (moz-extension://) to see the bank loaded and to write
    // its storage, as Chromium's tests do through the extension's service worker.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // The writer's language, as the Chromium project's locale: the tests name controls in Chinese.
      'intl.accept_languages': 'zh-CN, zh',
      // An optional permission asked for in a click (a subscription's server) is granted
      // without the prompt, which WebDriver cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, profile };
}

/**
 * Opens an extension page in a tab of its own and waits until `ready` holds in it. The
 * navigation goes to the extension's process, and puppeteer never hears that it ended
 * (its load event is the new document's): the page is polled instead.
 */
async function extensionPage(browser: Browser, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${FIREFOX_EXTENSION_ORIGIN}${path}`, { timeout: 0 }).catch(() => {});
  const until = Date.now() + 60_000;
  while (!(await page.evaluate(`location.protocol === 'moz-extension:' && Boolean(${ready})`).catch(() => false))) {
    if (Date.now() > until) throw new Error(`${path} did not get ready: ${ready}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return page;
}

export async function launchFirefox(): Promise<Driver> {
  const { browser, profile } = await launchFirefoxBrowser();
  const server = await serveFixtures();
  const { port } = server.address() as AddressInfo;
  // The popup, kept open in a tab of its own: the first install loads the default bank
  // (~3 s), and its stats show once the background answers with it.
  const popup = await extensionPage(browser, '/popup.html', `document.querySelector('[data-testid="bank-stats"]')`);
  await popup.evaluate(`browser.storage.local.set({ language: 'zh-CN' })`);
  // The welcome page opened on install (in front): closed, as the Chromium harness does.
  for (const open of await browser.pages()) if (open.url().endsWith(WELCOME_PATH)) await open.close();
  const page = await browser.newPage();
  await page.bringToFront();
  const keyboard = page.keyboard;
  return {
    browserName: 'firefox',
    baseUrl: `http://127.0.0.1:${port}`,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <T,>(expression: string) => page.evaluate(expression) as Promise<T>,
    clickAt: (x, y) => page.mouse.click(x, y),
    async type(text) {
      await keyboard.type(text);
    },
    async press(keys) {
      const { modifiers, key } = splitChord(keys);
      for (const modifier of modifiers) await keyboard.down(modifier as never);
      await keyboard.press(key as never);
      for (const modifier of modifiers.reverse()) await keyboard.up(modifier as never);
    },
    // WebDriver BiDi's input module sends keys, pointers and wheels: no IME composition.
    ime: null,
    readClipboard: null,
    async setExtensionStorage(items) {
      await popup.evaluate(`browser.storage.local.set(${JSON.stringify(items)})`);
    },
    async extensionPage(path, ready) {
      const opened = await extensionPage(browser, path, ready);
      return {
        evaluate: <T,>(expression: string) => opened.evaluate(expression) as Promise<T>,
        click: (selector) => opened.click(selector),
        bringToFront: () => opened.bringToFront(),
        close: () => opened.close(),
      };
    },
    sendToTab: (message) =>
      popup.evaluate(`(async () => {
        // The popup asks the active tab, as here (the test page is brought to the front).
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return browser.tabs.sendMessage(tab.id, ${JSON.stringify(message)});
      })()`),
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
