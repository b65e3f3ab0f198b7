// Issue 4 (and 13, Firefox): inline suggestions in real editors from npm, typed plainly
// and, where the driver can compose, through an IME. Each check reads the editor's own
// model, the caret, and one-step undo. Runs in Chromium and in Firefox ESR.
import { describe, it } from 'vitest';
import { BROWSER, useTab } from './driver/tab';
import { EDITOR_FIXTURES } from './fixtures/editors/selectors';
import { acceptAndUndo, inputWays, typeOpening } from './editor-flow';

const browser = useTab();

describe.each(EDITOR_FIXTURES)('$name', (fixture) => {
  it.each(inputWays(BROWSER))('suggests after %s input, Tab inserts once into the model, Ctrl+Z restores', async (how) => {
    const { tab } = browser;
    await tab.open(fixture.page);
    await tab.focusEditor(fixture);
    await typeOpening(tab, how, fixture);
    // The model is read on the page; the list is shown in the editor's own document.
    await acceptAndUndo(tab, fixture, fixture.undoKeepsTyping ?? true);
  });
});
