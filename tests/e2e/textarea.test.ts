// Issue 2's end-to-end proof: in a textarea on an ordinary page, typing the opening of a
// standard phrase (plainly, and through an IME) brings up the list; Tab inserts the rest
// once; one Ctrl+Z returns to what was typed.
import { describe, expect, it } from 'vitest';
import { typeWithIme, useExtensionBrowser } from './harness';

const TYPED = '增强“四个';
const PHRASE_START = '增强“四个意识”';

const browser = useExtensionBrowser();

async function openTextarea(): Promise<void> {
  await browser.page.goto(`${browser.harness.baseUrl}/textarea.html`);
  await browser.page.locator('#editor').click();
}

const listbox = () => browser.page.getByRole('listbox', { name: '句库建议' });
const value = () => browser.page.locator('#editor').inputValue();

async function acceptAndUndo(): Promise<void> {
  await expect.poll(() => listbox().isVisible()).toBe(true);
  const offered = await listbox().getByRole('option').first().locator('.juku-text').textContent();
  expect(offered?.startsWith(PHRASE_START)).toBe(true);
  await browser.page.keyboard.press('Tab');
  // The field now holds exactly the offered wording: the typed opening once, then the rest.
  const inserted = await value();
  expect(inserted).toBe(offered);
  expect(inserted.split('四个意识').length - 1).toBe(1);
  // The caret ends after the insertion and the focus stayed in the editor.
  const caret = await browser.page.locator('#editor').evaluate((el: HTMLTextAreaElement) => [el.selectionStart, document.activeElement === el]);
  expect(caret).toEqual([inserted.length, true]);
  await browser.page.keyboard.press('Control+z');
  expect(await value()).toBe(TYPED);
}

describe('textarea', () => {
  it('suggests after plain typing, Tab inserts once, Ctrl+Z restores', async () => {
    await openTextarea();
    await browser.page.keyboard.type(TYPED);
    await acceptAndUndo();
  });

  it('suggests only after an IME composition ends', async () => {
    await openTextarea();
    await typeWithIme(browser.page, [{ pinyin: 'zengqiang', text: '增强' }, { pinyin: '“', text: '“' }]);
    const cdp = await browser.page.context().newCDPSession(browser.page);
    await cdp.send('Input.imeSetComposition', { text: 'sige', selectionStart: 4, selectionEnd: 4 });
    // The IME now shows its candidate inline, so the field's text before the caret reads
    // 「增强“四个」, which would match: still no list may show until the composition ends.
    await cdp.send('Input.imeSetComposition', { text: '四个', selectionStart: 2, selectionEnd: 2 });
    expect(await value()).toBe(TYPED);
    await browser.page.waitForTimeout(300);
    expect(await listbox().isVisible()).toBe(false);
    await cdp.send('Input.insertText', { text: '四个' });
    await cdp.detach();
    expect(await value()).toBe(TYPED);
    await acceptAndUndo();
  });

  it('Tab on a list not yet brought up to date inserts only what was not typed since', async () => {
    await openTextarea();
    await browser.page.keyboard.type('增强“');
    await expect.poll(() => listbox().isVisible()).toBe(true);
    const offered = await listbox().getByRole('option').first().locator('.juku-text').textContent();
    expect(offered?.startsWith(PHRASE_START)).toBe(true);
    // 「四个」 arrives as the list's answer for it would still be on its way (a fast typist,
    // a busy machine): a script-made edit asks for no new answer, so the list stays the
    // one for 「增强“」.
    await browser.page.locator('#editor').evaluate((el: HTMLTextAreaElement) => el.setRangeText('四个', el.value.length, el.value.length, 'end'));
    await browser.page.keyboard.press('Tab');
    await expect.poll(value).toBe(offered);
  });

  it('does nothing in a password field', async () => {
    await browser.page.goto(`${browser.harness.baseUrl}/textarea.html`);
    await browser.page.locator('#password').click();
    await browser.page.keyboard.type(TYPED);
    await browser.page.waitForTimeout(300);
    expect(await listbox().count()).toBe(0);
  });
});
