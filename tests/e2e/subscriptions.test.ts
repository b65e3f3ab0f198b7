// A unit's shared bank (#16) in Chromium with the built extension: a real HTTP server on
// 127.0.0.1, started and stopped here, serves a bank file with an ETag. The writer
// subscribes in the options page (the optional-permission prompt is confirmed by Chromium's
// own test switch), the phrases are suggested in a page, an edit on the server is applied,
// a server that is down or a malformed file leaves the last copy, and unsubscribing removes
// exactly that bank's rows.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { unitBankFile, useBankFileServer } from './bank-file-server';
import type { Page } from 'playwright-core';
import { suggestionList, useExtensionBrowser } from './harness';
import { parsePublicKey, verifyBytes } from '../../lib/sync/signing';

// Chromium already gives the extension the content scripts' sites (every http(s) page), so
// subscribing asks for no origin here (lib/sync/origin-access.ts); alarms come without a prompt.
const browser = useExtensionBrowser();
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

const bankServer = useBankFileServer();
const { served, requests } = bankServer;
const bankFile = (texts: string[]) => unitBankFile(texts, 'office');

async function optionsPage(): Promise<Page> {
  const page = await browser.harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${browser.harness.extensionId}/options.html#import`);
  await page.getByRole('heading', { name: '单位句库订阅' }).waitFor();
  return page;
}

const subscriptionStatus = (page: Page) => page.locator('.subscriptions').getByRole('status');

async function suggestionsFor(typed: string): Promise<string[]> {
  const tab = browser.page;
  await tab.bringToFront();
  await tab.goto(`${browser.harness.baseUrl}/textarea.html`);
  await tab.locator('#editor').click();
  await tab.keyboard.type(typed);
  await tab.waitForTimeout(600);
  const list = suggestionList(tab);
  return (await list.isVisible()) ? list.getByRole('option').locator('.juku-text').allTextContents() : [];
}

describe('a unit bank subscription', () => {
  it('subscribe → suggested; an edit on the server → applied; no change → one conditional request; down or malformed → last copy kept; unsubscribe → gone', async () => {
    Object.assign(served, { body: bankFile(['全面推进清廉机关建设示范点创建工作', '扎实开展机关作风建设提升年活动']), etag: '"v1"', status: 0 });
    const page = await optionsPage();
    await page.getByLabel('名称（如「办公室规范表述」）').fill('办公室规范表述');
    await page.getByLabel('句库文件或 WebDAV 文件夹地址').fill(`${bankServer.origin}/office-bank.json`);
    await page.getByRole('button', { name: '订阅', exact: true }).click();
    await eventually(() => subscriptionStatus(page).textContent()).toContain('已更新：新增 2 条，改动 0 条，移除 0 条。');
    await eventually(() => page.getByTestId('subscription-state').textContent()).toContain('上次更新');
    await eventually(() => suggestionsFor('全面推进清廉机关')).toContain('全面推进清廉机关建设示范点创建工作');

    // The publisher edits the file: one phrase reworded, one added.
    Object.assign(served, { body: bankFile(['全面推进清廉机关建设示范点创建工作', '扎实开展机关作风建设提升年活动，持续转变工作作风', '深入开展调查研究形成一批高质量调研成果']), etag: '"v2"' });
    await page.bringToFront();
    await page.getByRole('button', { name: '立即检查' }).click();
    await eventually(() => subscriptionStatus(page).textContent()).toContain('已更新：新增 1 条，改动 1 条，移除 0 条。');
    await eventually(() => suggestionsFor('深入开展调查研究形成')).toContain('深入开展调查研究形成一批高质量调研成果');

    // Nothing new: one request, conditional, answered 304.
    requests.length = 0;
    await page.bringToFront();
    await page.getByRole('button', { name: '立即检查' }).click();
    await eventually(() => subscriptionStatus(page).textContent()).toContain('没有新的改动');
    expect(requests).toEqual([{ path: '/office-bank.json', ifNoneMatch: '"v2"' }]);

    // The server is down, then serves a broken file: the last copy stays, with since when.
    for (const broken of [{ status: 503 }, { status: 0, body: '{"formatVersion": 1, "phrases": [', etag: '"v3"' }]) {
      Object.assign(served, broken);
      await page.getByRole('button', { name: '立即检查' }).click();
      await eventually(() => page.getByTestId('subscription-state').textContent()).toMatch(/自 .+ 起无法更新/);
    }
    await eventually(() => page.getByTestId('subscription-state').textContent()).toContain('不是有效的 JSON');
    await eventually(() => suggestionsFor('全面推进清廉机关')).toContain('全面推进清廉机关建设示范点创建工作');

    await page.bringToFront();
    await page.getByRole('button', { name: '退订' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await eventually(() => subscriptionStatus(page).textContent()).toContain('已退订，移除了 3 条表述。');
    expect(await suggestionsFor('全面推进清廉机关')).not.toContain('全面推进清廉机关建设示范点创建工作');
    // No origin was asked for or left behind for this server; alarms were granted for the schedule.
    const granted = await browser.harness.worker.evaluate(() => (globalThis as any).chrome.permissions.getAll());
    expect(granted.origins).toEqual(['http://*/*', 'https://*/*']);
    expect(granted.permissions).toContain('alarms');
  });

  it('publish: the chosen wording as a bank file and its signature; a subscriber who pinned the key takes the file and refuses it tampered', async () => {
    const page = await optionsPage();
    const added = await page.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({ type: 'bankAddPhrase', text: '以钉钉子精神抓好作风建设各项任务落实', role: 'work', tags: ['作风建设'], tokens: [] }),
    );
    expect(added.ok).toBe(true);
    const publish = page.locator('.publish');
    await publish.getByLabel('句库名称').fill('办公室规范表述');
    await publish.getByLabel('标签（用逗号分隔，不填即全部）').fill('作风建设');
    const downloads: Array<{ name: string; text: string }> = [];
    page.on('download', (download) => void download.path().then((path) => downloads.push({ name: download.suggestedFilename(), text: readFileSync(path!, 'utf8') })));
    await publish.getByRole('button', { name: '生成发布文件' }).click();
    await eventually(() => downloads.length).toBe(2);
    const file = downloads.find((d) => d.name.endsWith('.json'))!;
    const signature = downloads.find((d) => d.name.endsWith('.sig'))!;
    expect(JSON.parse(file.text)).toMatchObject({ name: '办公室规范表述', phrases: [{ text: '以钉钉子精神抓好作风建设各项任务落实', tags: ['作风建设'] }] });
    const publicKeyText = await publish.getByTestId('publisher-key').inputValue();
    const publicKey = parsePublicKey(publicKeyText)!;
    expect(await verifyBytes(new TextEncoder().encode(file.text), signature.text, publicKey)).toBe(true);

    // Served with its signature to a subscriber who pinned the key; then tampered with.
    const published = createServer((req, res) => {
      if (req.url!.endsWith('.sig')) return void res.writeHead(200).end(signature.text);
      res.writeHead(200, { etag: tampered ? '"t"' : '"p"' }).end(tampered ? file.text.replace('抓好', '抓紧') : file.text);
    });
    let tampered = false;
    await new Promise<void>((done) => published.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(published.address() as AddressInfo).port}/unit.json`;
      const subscribed = await page.evaluate(([u, key]) => (globalThis as any).chrome.runtime.sendMessage({ type: 'syncSubscribe', name: '办公室', url: u, publicKey: key }), [url, publicKeyText]);
      expect(subscribed).toMatchObject({ ok: true, data: { result: { kind: 'applied', change: { alreadyThere: 1 } } } });
      tampered = true;
      const check = await page.evaluate((id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'syncCheck', id }), subscribed.data.subscription.id);
      expect(check.data.result).toMatchObject({ kind: 'failed', message: { zh: '签名与固定的发布者公钥不符，已拒绝这份句库' } });
    } finally {
      await new Promise((done) => published.close(done));
    }
  });
});
