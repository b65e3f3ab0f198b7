// Issue 21: editor families our first fixtures did not exercise, each checked through the
// editor's own model (window.jukuFixture, the editor's API) and its own Ctrl+Z: Tab puts
// the rest of a phrase in once and one Ctrl+Z gives back what was typed (keys, and an IME
// where the driver can compose); a palette outline goes in once, as the editor's own
// paragraphs (blocks for block editors, blank-line paragraphs for markdown editors), and
// one Ctrl+Z takes it out where the editor keeps a history.
import { describe, expect, it } from 'vitest';
import { BROWSER, useTab } from './driver/tab';
import { FAMILY_FIXTURES } from './fixtures/editors/selectors';
import { acceptAndUndo, inputWays, insertRequestOutline, typeOpening } from './editor-flow';

const browser = useTab();
const CLOSING = '妥否，请批示。';

describe.each(FAMILY_FIXTURES)('$name ($family)', (fixture) => {
  const openEditor = async () => {
    await browser.tab.open(fixture.page);
    await browser.tab.focusEditor(fixture);
  };

  it.each(inputWays(BROWSER))('suggests after %s input, Tab inserts once into the model, one Ctrl+Z restores', async (how) => {
    await openEditor();
    await typeOpening(browser.tab, how);
    await acceptAndUndo(browser.tab, {}, true, fixture.historyMs);
  });

  it('the palette (Alt+J) inserts an outline once, as the editor\'s own paragraphs', async () => {
    const { tab } = browser;
    await openEditor();
    await insertRequestOutline(tab);
    await expect.poll(async () => (await tab.modelText()).includes(CLOSING), { timeout: 5000 }).toBe(true);
    // Let a second route (had one run) show itself before counting.
    await tab.wait(800);
    const text = await tab.modelText();
    expect(text.split(CLOSING).length - 1).toBe(1);
    expect(text).not.toContain('{{');
    // The closing is a paragraph of its own, and the outline is several, not one run-on
    // (where the editor cannot take paragraphs from us, a line of its own at least).
    const linesOnly = fixture.linesOnlyIn?.includes(BROWSER) ?? false;
    const paragraphs = (linesOnly ? text.split('\n') : await tab.paragraphs()).filter((line) => line.trim() !== '');
    expect(paragraphs).toContain(CLOSING);
    expect(paragraphs.length).toBeGreaterThan(4);
    if (!fixture.outlineUndoes) return;
    if (fixture.historyMs) await tab.wait(fixture.historyMs);
    await tab.press('Control+z');
    await expect.poll(() => tab.modelText()).toBe('');
  });
});
