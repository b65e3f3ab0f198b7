// The one flow every editor test runs: type the opening of a standard phrase (plainly or
// through an IME), see the list, Tab, then check the editor's MODEL (window.jukuFixture,
// the editor's own API), the caret, and that one Ctrl+Z returns to what was typed. Written
// against the browser-agnostic Tab (driver/tab.ts): the same code runs in both browsers.
import { expect } from 'vitest';
import { PALETTE, type Scope, type Tab } from './driver/tab';

export const TYPED = '增强“四个';
export const PHRASE_START = '增强“四个意识”';

/** How the opening is typed: keys everywhere; an IME composition where the driver can send one. */
export type InputWay = 'keys' | 'ime';

export const inputWays = (browser: string): InputWay[] =>
  // WebDriver BiDi (Firefox) cannot compose: see README, "Tests".
  browser === 'firefox' ? ['keys'] : ['keys', 'ime'];

export async function typeOpening(tab: Tab, how: InputWay, scope: Scope = {}): Promise<void> {
  if (how === 'keys') {
    await tab.type(TYPED);
    return;
  }
  const ime = tab.driver.ime;
  if (!ime) throw new Error(`${tab.driver.browserName}: the driver cannot send an IME composition`);
  const compose = async (pinyin: string, text: string) => {
    for (let i = 1; i <= pinyin.length; i++) await ime.compose(pinyin.slice(0, i));
    await ime.commit(text);
  };
  await compose('zengqiang', '增强');
  await compose('“', '“');
  await ime.compose('sige');
  // The IME shows its candidate inline: the text before the caret now reads like a match,
  // yet no list may appear while the composition lasts.
  await ime.compose('四个');
  await tab.wait(250);
  await expect(tab.listVisible(scope)).resolves.toBe(false);
  await ime.commit('四个');
}

/**
 * After typing TYPED into an empty editor: accept with Tab and check that the editor's
 * model holds the offered wording once, with the caret after it.
 */
export async function acceptOnce(tab: Tab, scope: Scope = {}): Promise<void> {
  await expect.poll(() => tab.modelText(scope)).toBe(TYPED);
  await expect.poll(() => tab.listVisible(scope), { timeout: 5000 }).toBe(true);
  const offered = (await tab.listTexts(scope))[0];
  expect(offered?.startsWith(PHRASE_START)).toBe(true);
  await tab.press('Tab');
  // The editor's own model holds the offered wording once, with the caret after it. The
  // insertion may first wait out the editor's undo merge window (Quill: 1 s), and the
  // machine may be busy: the poll's default second is too short.
  await expect.poll(() => tab.modelText(scope), { timeout: 5000 }).toBe(offered);
  expect((await tab.modelText(scope)).split('四个意识').length - 1).toBe(1);
  const caret = await tab.caretOffset(scope);
  if (caret !== null) expect(caret).toBe(offered!.length);
  await expect(tab.listVisible(scope)).resolves.toBe(false);
}

/**
 * acceptOnce, then undo once (`historyMs` after it). One Ctrl+Z must give back exactly what was typed, or, with
 * `undoKeepsTyping: false` (an editor whose history may not hold the typing on its own:
 * KindEditor), that or the empty editor it last recorded: the insertion gone whole,
 * never in part.
 */
export async function acceptAndUndo(tab: Tab, scope: Scope = {}, undoKeepsTyping = true, historyMs = 0): Promise<void> {
  await acceptOnce(tab, scope);
  // An editor that records a step only a while after a change (Vditor: 800 ms) would undo
  // the step before it on a Ctrl+Z sooner than that, as it would for its own typing.
  if (historyMs) await tab.wait(historyMs);
  // One Ctrl+Z: back to exactly what was typed. Where the editor's history may not hold
  // the typing on its own, to what was typed or to the empty editor: never in part
  // (KindEditor in Firefox records a step at the paste Juku tries first, and gives the
  // typing back; in Chromium it does not).
  await tab.press('Control+z');
  if (undoKeepsTyping) await expect.poll(() => tab.modelText(scope)).toBe(TYPED);
  else await expect.poll(async () => ['', TYPED].includes(await tab.modelText(scope))).toBe(true);
}

/**
 * After TYPED, the list and Tab in an editor that takes nothing Juku can send: the notice
 * shows, the clipboard holds the rest of the offered phrase (read back where the driver
 * can), and the model keeps exactly what was typed.
 */
export async function tabCopiesInstead(tab: Tab): Promise<void> {
  await expect.poll(() => tab.modelText()).toBe(TYPED);
  await expect.poll(() => tab.listVisible(), { timeout: 5000 }).toBe(true);
  const offered = (await tab.listTexts())[0]!;
  await tab.press('Tab');
  const notices = () => tab.run<string[]>(`return deep(document, '[role="status"]').filter(visible).map((e) => e.textContent);`);
  // A page that cancels the paste Juku tries first gets up to a second to show it (React
  // editors render late) before the next route and the clipboard: the notice comes later.
  await expect.poll(notices, { timeout: 5000 }).toContain('已复制，请按 Ctrl+V 粘贴');
  // What the writer still needs: the rest of the phrase, to paste after what was typed.
  expect(offered.startsWith(TYPED)).toBe(true);
  if (tab.driver.readClipboard) await expect(tab.driver.readClipboard()).resolves.toBe(offered.slice(TYPED.length));
  expect(await tab.modelText()).toBe(TYPED);
}

/** The palette's list of results. */
export const PALETTE_RESULTS = '[role="listbox"][aria-label="搜索结果"] [role="option"]';

/**
 * Opens the palette with Alt+J in the focused editor, finds the 请示 outline, and inserts
 * it with its fields as the form fills them (Ctrl+Enter); returns once the palette closed.
 */
export async function insertRequestOutline(tab: Tab): Promise<void> {
  await tab.press('Alt+j');
  await expect.poll(() => tab.paletteFocused()).toBe(true);
  await tab.type('请示');
  await expect.poll(async () => (await tab.texts(PALETTE, PALETTE_RESULTS))[0] ?? '', { timeout: 5000 }).toMatch(/请示/);
  await tab.press('Enter');
  await expect.poll(() => tab.shows(`${PALETTE} form[aria-label="填写字段"]`)).toBe(true);
  await tab.press('Control+Enter');
  await expect.poll(() => tab.paletteVisible(), { timeout: 5000 }).toBe(false);
}
