// Issue 2's end-to-end proof: in a textarea on an ordinary page, typing the opening of a
// standard phrase (plainly, and through an IME where the driver can compose) brings up the
// list; Tab inserts the rest once; one Ctrl+Z returns to what was typed. Both browsers.
import { describe, expect, it } from 'vitest';
import { BROWSER, useTab } from './driver/tab';
import { PHRASE_START, TYPED, acceptAndUndo } from './editor-flow';

const browser = useTab();

async function openTextarea(): Promise<void> {
  await browser.tab.open('/textarea.html');
  await browser.tab.click('#editor');
}

const value = () => browser.tab.inputValue('#editor');

/** The field's accepted text, caret after it, focus kept: acceptAndUndo plus the native field's own state. */
async function acceptInField(): Promise<void> {
  const { tab } = browser;
  await acceptAndUndo(tab);
  const state = await tab.driver.evaluate(`(() => { const el = document.getElementById('editor'); return [el.value, document.activeElement === el]; })()`);
  expect(state).toEqual([TYPED, true]);
}

describe('textarea', () => {
  it('suggests after plain typing, Tab inserts once, Ctrl+Z restores', async () => {
    await openTextarea();
    await browser.tab.type(TYPED);
    await acceptInField();
  });

  it.skipIf(BROWSER === 'firefox')('suggests only after an IME composition ends', async () => {
    const { tab } = browser;
    const ime = tab.driver.ime!;
    await openTextarea();
    for (const [pinyin, text] of [['zengqiang', '增强'], ['“', '“']] as const) {
      for (let i = 1; i <= pinyin.length; i++) await ime.compose(pinyin.slice(0, i));
      await ime.commit(text);
    }
    await ime.compose('sige');
    // The IME now shows its candidate inline, so the field's text before the caret reads
    // 「增强“四个」, which would match: still no list may show until the composition ends.
    await ime.compose('四个');
    expect(await value()).toBe(TYPED);
    await tab.wait(300);
    expect(await tab.listVisible()).toBe(false);
    await ime.commit('四个');
    expect(await value()).toBe(TYPED);
    await acceptInField();
  });

  it('Tab on a list not yet brought up to date inserts only what was not typed since', async () => {
    const { tab } = browser;
    await openTextarea();
    await tab.type('增强“');
    await expect.poll(() => tab.listVisible()).toBe(true);
    const offered = (await tab.listTexts())[0];
    expect(offered?.startsWith(PHRASE_START)).toBe(true);
    // 「四个」 arrives as the list's answer for it would still be on its way (a fast typist,
    // a busy machine): a script-made edit asks for no new answer, so the list stays the
    // one for 「增强“」.
    await tab.driver.evaluate(`(() => { const el = document.getElementById('editor'); el.setRangeText('四个', el.value.length, el.value.length, 'end'); })()`);
    await tab.press('Tab');
    await expect.poll(value).toBe(offered);
  });

  it('does nothing in a password field', async () => {
    const { tab } = browser;
    await tab.open('/textarea.html');
    await tab.click('#password');
    await tab.type(TYPED);
    await tab.wait(300);
    expect(await tab.count('[role="listbox"]')).toBe(0);
  });
});
