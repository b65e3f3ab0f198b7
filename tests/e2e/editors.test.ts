// Issue 4: inline suggestions in real editors from npm, typed plainly and through an IME.
// Each check reads the editor's own model, the caret, and one-step undo.
import { describe, it } from 'vitest';
import { useExtensionBrowser } from './harness';
import { EDITOR_FIXTURES } from './fixtures/editors/selectors';
import { acceptAndUndo, typeOpening } from './editor-flow';

const browser = useExtensionBrowser();

describe.each(EDITOR_FIXTURES)('$name', ({ page: path, editable }) => {
  it.each(['keys', 'ime'] as const)('suggests after %s input, Tab inserts once into the model, Ctrl+Z restores', async (how) => {
    await browser.page.goto(`${browser.harness.baseUrl}${path}`);
    await browser.page.waitForFunction(() => window.jukuFixture?.getText !== undefined);
    await browser.page.locator(editable).click();
    await typeOpening(browser.page, how);
    await acceptAndUndo(browser.page, browser.page);
  });
});
