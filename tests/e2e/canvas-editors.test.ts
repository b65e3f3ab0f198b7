// Issue 18: editors that draw their text themselves (canvas-editor on <canvas>, Ace in a
// DOM layer of its own) and take keys and IME text through a hidden textarea they empty
// or refill after each input. Juku reads nothing there: it keeps its own record of what
// was typed, shows the list at the hidden input (kept at the caret), and inserts as a
// paste into it, which each editor takes into its own model and history. Every check
// reads the editor's own model (window.jukuFixture, the editor's API).
import { describe, expect, it } from 'vitest';
import { BROWSER, LIST, PALETTE, useTab } from './driver/tab';
import { HIDDEN_INPUT_FIXTURES } from './fixtures/editors/selectors';
import { PALETTE_RESULTS, PHRASE_START, TYPED, acceptAndUndo, inputWays, insertRequestOutline, tabCopiesInstead, typeOpening } from './editor-flow';

const browser = useTab();

/** A page of our own opened, its `editable` clicked, TYPED typed there. */
async function typeOnPage(page: string, editable: string): Promise<void> {
  await browser.tab.open(page);
  await browser.tab.focusEditor({ editable });
  await browser.tab.type(TYPED);
}

/** The hidden input's rectangle and the list's, in the viewport. */
const rects = () =>
  browser.tab.run<{ field: DOMRect; list: DOMRect | null; focusedHidden: boolean }>(
    `const field = document.activeElement;
     const list = first(document, ${JSON.stringify(LIST)});
     return { field: field.getBoundingClientRect().toJSON(), list: list ? list.getBoundingClientRect().toJSON() : null,
              focusedHidden: field instanceof HTMLTextAreaElement };`,
  );

describe.each(HIDDEN_INPUT_FIXTURES)('$name', (fixture) => {
  /** The fixture's page, opened afresh, its editor clicked (the focus in its hidden input). */
  const openEditor = async () => {
    await browser.tab.open(fixture.page);
    await browser.tab.focusEditor(fixture);
  };

  it.each(inputWays(BROWSER))('suggests after %s input, at the caret; Tab inserts once into the model; Ctrl+Z restores', async (how) => {
    const { tab } = browser;
    await openEditor();
    await typeOpening(tab, how);
    await expect.poll(() => tab.listVisible(), { timeout: 5000 }).toBe(true);
    // The list opens at the hidden input, which the editor keeps at its drawn caret.
    const { field, list, focusedHidden } = await rects();
    expect(focusedHidden).toBe(true);
    expect(list).not.toBeNull();
    expect(Math.abs(list!.left - field.left)).toBeLessThan(40);
    expect(list!.top >= field.top || list!.bottom <= field.top + 40).toBe(true);
    await acceptAndUndo(tab);
  });

  it('Backspace takes the last typed character off the record: the list follows, Tab completes what is there', async () => {
    const { tab } = browser;
    await openEditor();
    await tab.type(TYPED);
    await expect.poll(() => tab.listVisible(), { timeout: 5000 }).toBe(true);
    await tab.press('Backspace');
    await expect.poll(() => tab.modelText()).toBe('增强“四');
    // A stale list would add 「意识”」 after 「增强“四」; the new one adds 「个意识”…」.
    await expect.poll(async () => (await tab.listTexts())[0] ?? '', { timeout: 5000 }).toMatch(/^增强“四个/);
    const offered = (await tab.listTexts())[0]!;
    await tab.press('Tab');
    await expect.poll(() => tab.modelText(), { timeout: 5000 }).toBe(offered);
    expect(offered.startsWith(PHRASE_START)).toBe(true);
  });

  it('a click elsewhere in the editor resets the record: no list from the text before the click', async () => {
    const { tab } = browser;
    await openEditor();
    await tab.type('总体要求');
    await tab.press('Enter');
    await tab.type(TYPED);
    await expect.poll(() => tab.listVisible(), { timeout: 5000 }).toBe(true);
    // Into the first line: the record cannot know what is before the caret there.
    const at = await tab.run<{ x: number; y: number }>(
      'const box = document.querySelector(selector).getBoundingClientRect(); return { x: box.left + point[0], y: box.top + point[1] };',
      { selector: fixture.editable, point: fixture.firstLine },
    );
    await tab.driver.clickAt(at.x, at.y);
    await expect.poll(() => tab.listVisible()).toBe(false);
    await tab.type('个');
    await tab.wait(800);
    const rows = await tab.listTexts();
    expect(rows.some((row) => row.startsWith(PHRASE_START))).toBe(false);
    await tab.press('Tab');
    await tab.wait(300);
    expect(await tab.modelText()).not.toContain('意识');
  });

  it('the palette (Alt+J) inserts an outline, one line per paragraph', async () => {
    const { tab } = browser;
    await openEditor();
    await insertRequestOutline(tab);
    await expect.poll(async () => (await tab.paragraphs()).length, { timeout: 5000 }).toBeGreaterThan(4);
    const lines = await tab.paragraphs();
    expect(lines.some((line) => line.includes('妥否，请批示。'))).toBe(true);
    expect(lines.join('\n')).not.toContain('{{');
    // In once, and out again with one Ctrl+Z: the paste is one step of the editor's history.
    expect((await tab.modelText()).split('妥否，请批示。').length - 1).toBe(1);
    await tab.press('Control+z');
    await expect.poll(() => tab.modelText()).toBe('');
  });

  it('「//」 typed in the editor opens the palette, and the trigger goes out with the insertion', async () => {
    const { tab } = browser;
    await openEditor();
    await tab.type('我们要');
    await tab.type('//');
    await expect.poll(() => tab.paletteFocused(), { timeout: 5000 }).toBe(true);
    await tab.type('四个意识');
    await expect.poll(async () => (await tab.texts(PALETTE, PALETTE_RESULTS))[0] ?? '', { timeout: 5000 }).toContain('四个意识');
    const chosen = (await tab.texts(PALETTE, PALETTE_RESULTS))[0]!;
    await tab.press('Enter');
    await expect.poll(() => tab.paletteVisible(), { timeout: 5000 }).toBe(false);
    await expect.poll(() => tab.modelText(), { timeout: 5000 }).toContain('四个意识');
    const text = await tab.modelText();
    expect(text).not.toContain('//');
    expect(text.startsWith('我们要')).toBe(true);
    expect(text.split('四个意识').length - 1).toBe(chosen.split('四个意识').length - 1);
  });
});

describe('a hidden-input editor that takes nothing but the browser\'s own typing', () => {
  it('Tab copies the rest of the phrase and says so; the model keeps what was typed', async () => {
    await typeOnPage('/hidden-refusing.html', '#page');
    await tabCopiesInstead(browser.tab);
  });
});

describe.each([
  { name: 'an ordinary-looking field that its page empties after each input', page: '/emptied-input.html', editable: '#input' },
  { name: 'a hidden contenteditable its page empties after each input', page: '/hidden-contenteditable.html', editable: '#page' },
])('$name', ({ page, editable }) => {
  it('is known for a hidden input: the list shows, Tab inserts the phrase once into the page\'s model', async () => {
    const { tab } = browser;
    await typeOnPage(page, editable);
    await expect.poll(() => tab.modelText()).toBe(TYPED);
    await expect.poll(() => tab.listVisible(), { timeout: 5000 }).toBe(true);
    const offered = (await tab.listTexts())[0]!;
    await tab.press('Tab');
    await expect.poll(() => tab.modelText(), { timeout: 5000 }).toBe(offered);
    expect(offered.startsWith(PHRASE_START)).toBe(true);
  });
});
