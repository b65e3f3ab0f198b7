// WebDAV (#16) in Chromium with the built extension, against a real WebDAV server started
// and stopped here (Debian's Apache with mod_dav, tests/support/apache-dav.ts): a
// subscription to a folder suggested in a page and updated when the publisher changes the
// file; and one writer's bank on two computers (two browser profiles) kept in step through
// the share, with edits on both sides, nothing lost. Every request the pages and the
// extension make in either browser is recorded: none may go anywhere but the fixture pages,
// the WebDAV server and the extension itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, suggestionList, waitForBank, type Harness } from './harness';
import { startDavServer, type DavServer } from '../support/apache-dav';

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

/** Every request either browser's pages and extension (its service worker included) made. */
const recorded: Array<{ url: string; method: string }> = [];
let dav: DavServer;
let a: Harness;
let b: Harness;

beforeAll(async () => {
  dav = await startDavServer('writer', '密码-secret');
  a = await launchWithExtension();
  b = await launchWithExtension();
  // Playwright reports the requests of the context's pages and of its service workers (the
  // extension's background) on the context. The browser's own traffic (its sign-in and
  // autofill services) is not the extension's and is not reported.
  for (const h of [a, b]) h.context.on('request', (r) => void recorded.push({ url: r.url(), method: r.method() }));
  for (const h of [a, b]) await waitForBank(await h.context.newPage(), h.extensionId);
}, 180_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
  await dav?.stop();
});

const davAuth = () => ({ Authorization: `Basic ${Buffer.from(`${dav.user}:${dav.password}`).toString('base64')}` });
const bankFile = (texts: string[]) => JSON.stringify({ formatVersion: 1, name: '办公室规范表述', phrases: texts.map((text, i) => ({ id: `dav-${i}`, text, role: 'work', tags: [] })), skeletons: [] });

async function optionsPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/options.html#import`);
  await page.getByRole('heading', { name: '单位句库订阅' }).waitFor();
  return page;
}

async function suggestionsFor(h: Harness, typed: string): Promise<string[]> {
  const tab = h.context.pages()[0] ?? (await h.context.newPage());
  await tab.bringToFront();
  await tab.goto(`${h.baseUrl}/textarea.html`);
  await tab.locator('#editor').click();
  await tab.keyboard.type(typed);
  await tab.waitForTimeout(600);
  const list = suggestionList(tab);
  return (await list.isVisible()) ? list.getByRole('option').locator('.juku-text').allTextContents() : [];
}

const send = (page: Page, message: object) => page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
/** The phrases whose wording contains `query`, as the bank manager finds them. */
const found = async (page: Page, query: string): Promise<Array<{ id: string; text: string }>> => ((await send(page, { type: 'bankSearch', query, limit: 50 })) as any).data.results;

describe('WebDAV', () => {
  it('subscribe to a WebDAV folder → suggested; the publisher changes the file → applied; no change → one conditional GET', async () => {
    const folder = `${dav.origin}/dav/unit/`;
    expect((await fetch(folder, { method: 'MKCOL', headers: davAuth() })).status).toBe(201);
    await fetch(`${folder}juku-bank.json`, { method: 'PUT', headers: davAuth(), body: bankFile(['统筹推进机关效能建设提质增效行动', '持续深化机关作风建设专项整治']) });
    const page = await optionsPage(a);
    const form = page.locator('.subscribe-form');
    await form.getByLabel('名称（如「办公室规范表述」）').fill('办公室规范表述');
    await form.getByLabel('句库文件或 WebDAV 文件夹地址').fill(folder);
    await form.getByLabel('WebDAV 用户名（可选）').fill(dav.user);
    await form.getByLabel('WebDAV 密码（可选）').fill(dav.password);
    await form.getByRole('button', { name: '订阅', exact: true }).click();
    const status = page.locator('.subscriptions').getByRole('status');
    await eventually(() => status.textContent()).toContain('已更新：新增 2 条，改动 0 条，移除 0 条。');
    await eventually(() => suggestionsFor(a, '统筹推进机关效能')).toContain('统筹推进机关效能建设提质增效行动');

    await fetch(`${folder}juku-bank.json`, { method: 'PUT', headers: davAuth(), body: bankFile(['统筹推进机关效能建设提质增效行动', '持续深化机关作风建设专项整治', '健全完善机关效能考核评价机制']) });
    await page.bringToFront();
    await page.getByRole('button', { name: '立即检查' }).click();
    await eventually(() => status.textContent()).toContain('已更新：新增 1 条，改动 0 条，移除 0 条。');
    await eventually(() => suggestionsFor(a, '健全完善机关效能')).toContain('健全完善机关效能考核评价机制');

    const before = (await dav.settledLog()).length;
    await page.bringToFront();
    await page.getByRole('button', { name: '立即检查' }).click();
    await eventually(() => status.textContent()).toContain('没有新的改动');
    expect((await dav.settledLog()).slice(before)).toEqual([{ method: 'GET', path: '/dav/unit/juku-bank.json', status: 304 }]);
    // The password is in extension storage only: not in the bank's database, not in the page.
    const settings = await send(page, { type: 'syncList' });
    expect(JSON.stringify(settings)).not.toContain(dav.password);
  });

  it('two browser profiles sync one writer’s bank over WebDAV, edits on both sides, nothing lost', async () => {
    const folder = `${dav.origin}/dav/writer/`;
    const [pageA, pageB] = [await optionsPage(a), await optionsPage(b)];
    expect((await send(pageA, { type: 'bankAddPhrase', text: '扎实推进数字机关建设走深走实', role: 'work', tags: [], tokens: [] })).ok).toBe(true);
    expect((await send(pageA, { type: 'bankAddPhrase', text: '全面压减各类文件简报数量', role: 'work', tags: [], tokens: [] })).ok).toBe(true);

    const setUp = async (page: Page) => {
      await page.bringToFront();
      const panel = page.locator('.personal-sync');
      await panel.getByLabel('WebDAV 文件夹地址（以 / 结尾）').fill(folder);
      await panel.getByLabel('WebDAV 用户名（可选）').fill(dav.user);
      await panel.getByLabel('WebDAV 密码（可选）').fill(dav.password);
      await panel.getByRole('button', { name: '开启同步' }).click();
      return panel;
    };
    const panelA = await setUp(pageA);
    await eventually(() => panelA.getByRole('status').textContent()).toMatch(/同步完成：从服务器收到 0 条，发出 2 条/);
    const panelB = await setUp(pageB);
    await eventually(() => panelB.getByRole('status').textContent()).toMatch(/同步完成：从服务器收到 2 条/);
    await eventually(() => panelB.getByTestId('sync-state').textContent()).toContain('上次同步');

    // Both computers work before the next sync: each adds, B deletes one of A's phrases.
    expect((await send(pageB, { type: 'bankAddPhrase', text: '持续优化政务服务营商环境', role: 'work', tags: [], tokens: [] })).ok).toBe(true);
    expect((await send(pageA, { type: 'bankAddPhrase', text: '加快推进一网通办改革步伐', role: 'work', tags: [], tokens: [] })).ok).toBe(true);
    const doomed = (await found(pageB, '全面压减各类文件简报')).map((p) => p.id);
    expect(doomed).toHaveLength(1);
    expect((await send(pageB, { type: 'bankDeletePhrases', ids: doomed })).data).toEqual({ deleted: 1 });

    for (const [page, panel] of [[pageA, panelA], [pageB, panelB], [pageA, panelA]] as const) {
      await page.bringToFront();
      await panel.getByRole('button', { name: '立即同步' }).click();
      await eventually(() => panel.getByRole('status').textContent()).toMatch(/同步完成/);
      await panel.getByRole('status').evaluate((el) => (el.textContent = ''));
    }
    for (const page of [pageA, pageB]) {
      expect((await found(page, '持续优化政务服务')).map((p) => p.text)).toEqual(['持续优化政务服务营商环境']);
      expect((await found(page, '加快推进一网通办')).map((p) => p.text)).toEqual(['加快推进一网通办改革步伐']);
    }
    for (const h of [a, b]) {
      await eventually(() => suggestionsFor(h, '持续优化政务服务')).toContain('持续优化政务服务营商环境');
      await eventually(() => suggestionsFor(h, '加快推进一网通办')).toContain('加快推进一网通办改革步伐');
      await eventually(() => suggestionsFor(h, '扎实推进数字机关')).toContain('扎实推进数字机关建设走深走实');
    }
    for (const page of [pageA, pageB]) expect(await found(page, '全面压减各类文件简报')).toEqual([]);
    const put = (await dav.settledLog()).filter((line) => line.method === 'PUT' && line.path === '/dav/writer/juku-sync.json');
    expect(put.length).toBeGreaterThanOrEqual(3);
    // The sync file on the share holds the rows and no account.
    const file = await (await fetch(`${folder}juku-sync.json`, { headers: davAuth() })).text();
    expect(file).toContain('持续优化政务服务营商环境');
    expect(file).not.toContain(dav.password);
  });

  it('no request from either browser went anywhere but the fixture pages and the WebDAV server', () => {
    const allowed = new Set([a.baseUrl, b.baseUrl, dav.origin]);
    // The extension's own files (some at a per-session address) and data: / blob: are no network.
    const origin = (url: string) => (/^(data|blob|chrome-extension):/.test(url) ? 'local' : new URL(url).origin);
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.filter((r) => origin(r.url) !== 'local' && !allowed.has(origin(r.url))).slice(0, 5)).toEqual([]);
    // The extension's background is recorded too: its requests to the share are all here.
    expect(new Set(recorded.filter((r) => origin(r.url) === dav.origin).map((r) => r.method))).toEqual(new Set(['PROPFIND', 'GET', 'PUT', 'MKCOL']));
  });
});
