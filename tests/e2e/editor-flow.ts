// The one flow every editor test runs: type the opening of a standard phrase (plainly or
// through an IME), see the list, Tab, then check the editor's MODEL (window.jukuFixture,
// the editor's own API), the caret, and that one Ctrl+Z returns to what was typed.
import { expect } from 'vitest';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
// Declares window.jukuFixture, the model API every fixture page exposes.
import type {} from './fixtures/editors/types';

export const TYPED = '增强“四个';
export const PHRASE_START = '增强“四个意识”';

type Scope = Page | Frame;

/** The list, where the content script of the editor's document shows it. */
export const suggestionList = (scope: Scope | FrameLocator) => scope.getByRole('listbox', { name: '句库建议' });

export async function modelText(scope: Scope): Promise<string> {
  return scope.evaluate(() => window.jukuFixture!.getText());
}

export async function typeOpening(page: Page, how: 'keys' | 'ime'): Promise<void> {
  if (how === 'keys') {
    await page.keyboard.type(TYPED);
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  const compose = async (pinyin: string, text: string) => {
    for (let i = 1; i <= pinyin.length; i++) {
      await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
    }
    await cdp.send('Input.insertText', { text });
  };
  await compose('zengqiang', '增强');
  await compose('“', '“');
  await cdp.send('Input.imeSetComposition', { text: 'sige', selectionStart: 4, selectionEnd: 4 });
  // The IME shows its candidate inline: the text before the caret now reads like a match,
  // yet no list may appear while the composition lasts.
  await cdp.send('Input.imeSetComposition', { text: '四个', selectionStart: 2, selectionEnd: 2 });
  await page.waitForTimeout(250);
  await expect(suggestionList(page).isVisible()).resolves.toBe(false);
  await cdp.send('Input.insertText', { text: '四个' });
  await cdp.detach();
}

/**
 * After typing TYPED into an empty editor: accept with Tab, check the model, undo once.
 * One Ctrl+Z must give back exactly what was typed, or, with `undoKeepsTyping: false`
 * (an editor whose history never held the typing on its own: KindEditor), the empty
 * editor it last recorded: the insertion gone whole, never in part.
 */
export async function acceptAndUndo(page: Page, scope: Scope, list: Locator = suggestionList(scope), undoKeepsTyping = true): Promise<void> {
  await expect.poll(() => modelText(scope)).toBe(TYPED);
  await expect.poll(() => list.isVisible(), { timeout: 5000 }).toBe(true);
  const offered = await list.getByRole('option').first().locator('.juku-text').textContent();
  expect(offered?.startsWith(PHRASE_START)).toBe(true);
  await page.keyboard.press('Tab');
  // The editor's own model holds the offered wording once, with the caret after it. The
  // insertion may first wait out the editor's undo merge window (Quill: 1 s), and the
  // machine may be busy: the poll's default second is too short.
  await expect.poll(() => modelText(scope), { timeout: 5000 }).toBe(offered);
  expect((await modelText(scope)).split('四个意识').length - 1).toBe(1);
  const caret = await scope.evaluate(() => window.jukuFixture!.caretOffset());
  if (caret !== null) expect(caret).toBe(offered!.length);
  await expect(list.isVisible()).resolves.toBe(false);
  // One Ctrl+Z: back to exactly what was typed.
  await page.keyboard.press('Control+z');
  await expect.poll(() => modelText(scope)).toBe(undoKeepsTyping ? TYPED : '');
}
