// Issue 4: inline suggestions in real editors from npm, typed plainly and through an IME.
// Each check reads the editor's own model, the caret, and one-step undo.
import { describe, it } from 'vitest';
import { useExtensionBrowser } from './harness';
import { EDITOR_FIXTURES, fixtureScope } from './fixtures/editors/selectors';
import { acceptAndUndo, suggestionList, typeOpening } from './editor-flow';

const browser = useExtensionBrowser();

describe.each(EDITOR_FIXTURES)('$name', (fixture) => {
  it.each(['keys', 'ime'] as const)('suggests after %s input, Tab inserts once into the model, Ctrl+Z restores', async (how) => {
    const { page } = browser;
    await page.goto(`${browser.harness.baseUrl}${fixture.page}`);
    // Editors loaded as classic scripts (TinyMCE, CKEditor 4) start after their files.
    await page.waitForFunction(() => window.jukuFixture?.ready === true, null, { timeout: 20_000 });
    const ui = fixtureScope(page, fixture);
    await ui.locator(fixture.editable).click();
    await typeOpening(page, how);
    // The model is read on the page; the list is shown in the editor's own document.
    await acceptAndUndo(page, page, suggestionList(ui), fixture.undoKeepsTyping ?? true);
  });
});
