// Launches Debian's Chromium with the built extension loaded, and serves the fixture pages
// on loopback. Each test file gets its own profile, so banks never leak between tests.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Frame, type FrameLocator, type Page, type Worker } from 'playwright-core';
// @ts-expect-error: plain JS helper shared with tests/run-all.mjs
import { findChromium } from '../browser-paths.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The page the extension opens on install (lib/background/welcome.ts). */
export const WELCOME_PATH = '/welcome.html';
const FIXTURE_DIR = resolve('tests/e2e/fixtures');
const NODE_MODULES = resolve('node_modules');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export type Harness = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  baseUrl: string;
  close(): Promise<void>;
};

/** `extensionDir` and `profile` default to the built extension and a fresh profile that
 * close() removes; a test that updates the extension in place passes its own (kept). */
export type LaunchOptions = {
  extensionDir?: string;
  profile?: string;
  keepWelcome?: boolean;
  /** More Chromium switches (the subscription test's auto-confirmed permission prompt). */
  args?: string[];
};

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Harness> {
  const executablePath = findChromium() as string | null;
  if (!executablePath) throw new Error('Chromium not found (set CHROME_PATH or apt-get install chromium)');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'juku-e2e-'));
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    // Debian's Chromium ships only the en-US UI locale, so --lang alone leaves the pages'
    // language English; Playwright's locale makes the browser report zh-CN, as a user's does.
    locale: 'zh-CN',
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
      ...(options.args ?? []),
    ],
  });
  // The welcome page opens on install in a foreground tab, where it would leave the pages
  // under test in the background (no focus, throttled frames): closed as it comes, except
  // for the test of first run itself.
  const welcomeClosed = options.keepWelcome ? Promise.resolve() : closeWelcomePages(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await welcomeClosed;
  const extensionId = new URL(worker.url()).host;
  // The pages' language setting, pinned: locale emulation can reach an extension page after
  // its first script ran, and the tests name controls in Chinese.
  await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ language: 'zh-CN' }));
  const server = await serveFixtures();
  const { port } = server.address() as AddressInfo;
  return {
    context,
    extensionId,
    worker,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await context.close();
      await new Promise((done) => server.close(done));
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Closes the welcome tab as it comes; resolves once it has (or after `patience` ms on a
 * profile that already had its welcome). Pages the caller opens after that are in front. */
function closeWelcomePages(context: BrowserContext, patience = 15_000): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, patience);
    const closeIfWelcome = async (page: Page) => {
      await page.waitForLoadState('domcontentloaded').catch(() => {});
      if (!page.url().endsWith(WELCOME_PATH)) return;
      await page.close().catch(() => {});
      clearTimeout(timer);
      done();
    };
    context.pages().forEach((page) => void closeIfWelcome(page));
    context.on('page', (page) => void closeIfWelcome(page));
  });
}

/** Fixture pages from tests/e2e/fixtures; editor libraries from node_modules under /modules/. */
export function serveFixtures(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.startsWith('/modules/')
      ? resolve(NODE_MODULES, path.slice('/modules/'.length))
      : resolve(FIXTURE_DIR, path.slice(1));
    if (!file.startsWith(FIXTURE_DIR) && !file.startsWith(NODE_MODULES)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** The suggestion list, where the content script of the scope's document shows it. */
export const suggestionList = (scope: Page | Frame | FrameLocator) => scope.getByRole('listbox', { name: '句库建议' });

/** Waits until the background has loaded the default bank (first install). */
export async function waitForBank(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByTestId('bank-stats').waitFor();
}

/** Types through an IME composition, as a Chinese IME does: marked text, then commit. */
export async function typeWithIme(page: Page, steps: { pinyin: string; text: string }[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const step of steps) {
    for (let i = 1; i <= step.pinyin.length; i++) {
      const marked = step.pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', { text: marked, selectionStart: i, selectionEnd: i });
    }
    await cdp.send('Input.insertText', { text: step.text });
  }
  await cdp.detach();
}

/**
 * One browser with the extension for a whole test file, its bank loaded, and one page to
 * drive: registers the beforeAll/afterAll hooks and hands back getters.
 */
export function useExtensionBrowser(options: Pick<LaunchOptions, 'keepWelcome' | 'args'> = {}): { readonly harness: Harness; readonly page: Page } {
  let harness: Harness | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    harness = await launchWithExtension(options);
    page = await harness.context.newPage();
    await page.bringToFront();
    await waitForBank(page, harness.extensionId);
  });
  afterAll(async () => harness?.close());
  return {
    get harness() {
      return harness!;
    },
    get page() {
      return page!;
    },
  };
}
