// Issue 4: where suggestions must appear (text inputs, iframe editors, shadow roots,
// editors created after load, a strict CSP), and where they never may (password, payment,
// read-only and disabled fields). Both browsers; popup-and-list.test.ts has the rest.
import { describe, expect, it } from 'vitest';
import { BROWSER, useTab, type Scope } from './driver/tab';
import { PLAIN_FIXTURES } from './fixtures/editors/selectors';
import { TYPED, acceptAndUndo, inputWays, tabCopiesInstead, typeOpening } from './editor-flow';

const browser = useTab();

/** Opens a plain page and puts the caret in its editable. */
async function focusOn(path: string, editable: string, scope: Scope = {}): Promise<void> {
  const { tab } = browser;
  await tab.driver.goto(`${tab.baseUrl}${path}`);
  await tab.waitFor(`${scope.modelFrame ? `document.querySelector('${scope.modelFrame}').contentWindow` : 'window'}.jukuFixture !== undefined`);
  await tab.click(editable, scope);
}

describe('where suggestions appear', () => {
  it.each(inputWays(BROWSER))('a text input (%s)', async (how) => {
    await focusOn(PLAIN_FIXTURES.input.page, '#editor');
    await typeOpening(browser.tab, how);
    await acceptAndUndo(browser.tab);
  });

  it.each(inputWays(BROWSER))('a src-less iframe in design mode (KindEditor / CKEditor 4 style) (%s)', async (how) => {
    const scope = { frame: PLAIN_FIXTURES.iframe.frame };
    await focusOn(PLAIN_FIXTURES.iframe.page, 'body', scope);
    await typeOpening(browser.tab, how, scope);
    await acceptAndUndo(browser.tab, scope);
  });

  it('a textarea in a srcdoc iframe', async () => {
    const scope = { frame: PLAIN_FIXTURES.iframeTextarea.frame, modelFrame: PLAIN_FIXTURES.iframeTextarea.frame };
    await focusOn(PLAIN_FIXTURES.iframeTextarea.page, '#editor', scope);
    await typeOpening(browser.tab, 'keys');
    await acceptAndUndo(browser.tab, scope);
  });

  it.each(inputWays(BROWSER))('a contenteditable inside an open shadow root (%s)', async (how) => {
    await focusOn(PLAIN_FIXTURES.shadow.page, PLAIN_FIXTURES.shadow.editable);
    await typeOpening(browser.tab, how);
    await acceptAndUndo(browser.tab);
  });

  it('a page with a strict Content-Security-Policy (no inline styles or scripts): the list is styled, Tab inserts, the palette opens', async () => {
    const { tab } = browser;
    await focusOn('/csp.html', '#editor');
    await typeOpening(tab, 'keys');
    await expect.poll(() => tab.listVisible(), { timeout: 5000 }).toBe(true);
    // The list's own stylesheet applies inside its shadow root despite style-src 'self'.
    const position = await tab.driver.evaluate(`getComputedStyle(document.querySelector('juku-suggestions').shadowRoot.querySelector('.juku-panel')).position`);
    expect(position).toBe('fixed');
    await acceptAndUndo(tab);
    await tab.press('Alt+j');
    await expect.poll(() => tab.paletteVisible()).toBe(true);
    await tab.press('Escape');
  });

  it('an editor that moves the focus away for a moment on a paste it cannot read: the next strategy inserts once, at the caret', async () => {
    const { tab } = browser;
    await focusOn('/paste-bin.html', '#editor');
    await typeOpening(tab, 'keys');
    await acceptAndUndo(tab);
    // The paste was tried (and failed) before the text went in another way.
    expect(await tab.driver.evaluate('window.jukuPastes')).toBeGreaterThan(0);
  });

  it('an editor created after the page loaded', async () => {
    const { tab } = browser;
    await tab.driver.goto(`${tab.baseUrl}${PLAIN_FIXTURES.late.page}`);
    await tab.waitFor(`document.querySelector('#editor')`);
    await tab.click('#editor');
    await typeOpening(tab, 'keys');
    await acceptAndUndo(tab);
  });
});

describe('an editor that takes nothing but typing', () => {
  it('gets the phrase on the clipboard with a notice; its text stays as typed', async () => {
    const { tab } = browser;
    await focusOn('/refusing.html', '#editor');
    await tab.type(TYPED);
    await tabCopiesInstead(tab);
  });
});

describe('where suggestions never appear', () => {
  it.each(['#password', '#card', '#card-plain', '#cvv', '#pay-pin', '#masked'])('%s gets nothing', async (selector) => {
    const { tab } = browser;
    await focusOn(PLAIN_FIXTURES.input.page, selector);
    await tab.type(TYPED);
    await tab.wait(400);
    // Typed into (the field took the keys), and no list was ever made for it.
    expect(await tab.inputValue(selector)).toBe(TYPED);
    expect(await tab.count('[role="listbox"]')).toBe(0);
  });

  it('read-only and disabled fields are not taken for editors', async () => {
    const { tab } = browser;
    await focusOn(PLAIN_FIXTURES.input.page, '#editor');
    const claimed = await tab.driver.evaluate(`(() => {
      const readonly = document.getElementById('readonly');
      readonly.focus();
      return document.activeElement === readonly;
    })()`);
    expect(claimed).toBe(true); // focusable, yet not editable: typing changes nothing
    await tab.type(TYPED);
    await tab.wait(400);
    expect(await tab.count('[role="listbox"]')).toBe(0);
    await expect(tab.driver.evaluate(`document.getElementById('disabled').disabled`)).resolves.toBe(true);
  });
});
