// The same path in a plain contenteditable: the list appears, Tab inserts once into the
// caret's paragraph, one Ctrl+Z restores what was typed. Both browsers.
import { describe, expect, it } from 'vitest';
import { BROWSER, useTab } from './driver/tab';
import { inputWays, typeOpening } from './editor-flow';

const browser = useTab();

describe('plain contenteditable', () => {
  it.each(inputWays(BROWSER))('inserts into the caret paragraph once and undoes in one step (%s)', async (how) => {
    const { tab } = browser;
    await tab.open('/contenteditable.html');
    await tab.click('#editor p:nth-child(2)');
    await typeOpening(tab, how);
    await expect.poll(() => tab.listVisible()).toBe(true);
    await tab.press('Tab');
    await expect.poll(() => tab.paragraphs().then((all) => all[1]?.startsWith('增强“四个意识”'))).toBe(true);
    const [heading, body] = await tab.paragraphs();
    expect(heading).toBe('一、主要工作');
    expect(body!.split('四个意识').length - 1).toBe(1);
    await tab.press('Control+z');
    await expect.poll(() => tab.paragraphs()).toEqual(['一、主要工作', '增强“四个']);
  });
});
