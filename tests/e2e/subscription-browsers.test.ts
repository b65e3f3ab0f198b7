// A unit bank subscription (#16) in both browsers, driven through the options page: a real
// HTTP server on 127.0.0.1 (started and stopped here) serves a bank file with an ETag. In
// Firefox the click asks for that one server's host (optional permission; the prompt is
// answered by the pref extensions.webextOptionalPermissionPrompts=false), in Chromium the
// content scripts' sites are granted at install and nothing is asked. Subscribe → suggested
// in a page; the publisher edits the file → applied; no change → one conditional request;
// server down → the last copy kept and "since when" shown; unsubscribe → gone, and in
// Firefox the origin given back.
import { describe, expect, it } from 'vitest';
import { unitBankFile, useBankFileServer } from './bank-file-server';
import { BROWSER, useTab } from './driver/tab';
import type { ExtensionPage } from './driver/types';

const browser = useTab();
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

const bankServer = useBankFileServer();
const { served, requests } = bankServer;
const bankFile = (texts: string[]) => unitBankFile(texts, 'both');

/** The options page, once its form shows in Chinese (the language setting is read after the first render). */
const optionsPage = () => browser.tab.driver.extensionPage('/options.html#import', `document.querySelector('.subscribe-form') && document.getElementById('subscriptions-title')?.textContent === '单位句库订阅'`);

/** Types into the subscription form's field labelled `label`, as React hears typing. */
const fill = (page: ExtensionPage, label: string, value: string) =>
  page.evaluate(`(() => {
    const field = [...document.querySelectorAll('.subscribe-form label')].find((l) => l.textContent.startsWith(${JSON.stringify(label)})).querySelector('input, textarea');
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, ${JSON.stringify(value)});
    field.dispatchEvent(new Event('input', { bubbles: true }));
  })()`);
/** The panel's status line, or its alert (a failure names itself in the assertion). */
const status = (page: ExtensionPage) => page.evaluate<string>(`document.querySelector('.subscriptions [role="status"]')?.textContent || document.querySelector('.subscriptions [role="alert"]')?.textContent || ''`);
const state = (page: ExtensionPage) => page.evaluate<string>(`document.querySelector('[data-testid="subscription-state"]')?.textContent ?? ''`);
const grantedOrigins = (page: ExtensionPage) => page.evaluate<string[]>(`(globalThis.browser ?? globalThis.chrome).permissions.getAll().then((p) => p.origins ?? [])`);

async function suggestionsFor(typed: string): Promise<string[]> {
  const { tab } = browser;
  await tab.open('/textarea.html');
  await tab.click('#editor');
  await tab.type(typed);
  await tab.wait(600);
  return tab.listTexts();
}

/** Clicks 「立即检查」 in a fresh options page and waits for `said`; the page is closed after. */
async function checkNow(said: (text: string, state: string) => boolean): Promise<void> {
  const page = await optionsPage();
  await page.click('[data-testid="subscription"] button');
  await eventually(async () => said(await status(page), await state(page))).toBe(true);
  await page.close();
}

describe(`a unit bank subscription through the options page (${BROWSER})`, () => {
  it('subscribe → suggested; edited → applied; no change → one conditional request; down → last copy kept; unsubscribe → gone', async () => {
    Object.assign(served, { body: bankFile(['全面加强机关党的建设质量提升', '扎实开展机关作风建设提升年活动']), etag: '"v1"', status: 0 });
    const page = await optionsPage();
    await fill(page, '名称', '办公室规范表述');
    await fill(page, '句库文件或 WebDAV 文件夹地址', `${bankServer.origin}/office-bank.json`);
    await page.click('.subscribe-form button[type="submit"]');
    await eventually(() => status(page)).toContain('已更新：新增 2 条，改动 0 条，移除 0 条。');
    const granted = await grantedOrigins(page);
    // Firefox asked for this one server only; Chromium had every http(s) site from install.
    if (BROWSER === 'firefox') expect(granted).toEqual(['http://127.0.0.1/*']);
    else expect(granted).toEqual(['http://*/*', 'https://*/*']);
    await page.close();
    await eventually(() => suggestionsFor('全面加强机关党的')).toContain('全面加强机关党的建设质量提升');

    Object.assign(served, { body: bankFile(['全面加强机关党的建设质量提升', '扎实开展机关作风建设提升年活动', '深入推进模范机关创建工作走深走实']), etag: '"v2"' });
    await checkNow((text) => text.includes('已更新：新增 1 条，改动 0 条，移除 0 条。'));
    await eventually(() => suggestionsFor('深入推进模范机关')).toContain('深入推进模范机关创建工作走深走实');

    requests.length = 0;
    await checkNow((text) => text.includes('没有新的改动'));
    expect(requests).toEqual([{ path: '/office-bank.json', ifNoneMatch: '"v2"' }]);

    served.status = 503;
    await checkNow((_text, line) => /自 .+ 起无法更新：服务器返回错误 503/.test(line));
    await eventually(() => suggestionsFor('全面加强机关党的')).toContain('全面加强机关党的建设质量提升');

    const last = await optionsPage();
    await last.click('[data-testid="subscription"] button:nth-of-type(2)');
    await last.click('dialog.confirm button.primary');
    await eventually(() => status(last)).toContain('已退订，移除了 3 条表述。');
    // Firefox gives the origin back when no subscription uses it.
    if (BROWSER === 'firefox') expect(await grantedOrigins(last)).toEqual([]);
    await last.close();
    expect(await suggestionsFor('深入推进模范机关')).not.toContain('深入推进模范机关创建工作走深走实');
  });
});
