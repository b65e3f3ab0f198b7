// Insertion latency, Tab to model change, in every editor fixture, in Chromium and in
// Firefox ESR, through the same browser-agnostic driver as the end-to-end suite. For each
// try: a fresh page, the opening typed, the list shown, then Tab as soon as it shows (a
// fast writer). The clock starts in the page just before the driver sends Tab (so it
// includes the protocol's delivery of the key, ~1 ms here) and stops when the editor's
// own model (window.jukuFixture) first reads differently, watched by a MutationObserver
// on the page and its frames, and a 2 ms poll for models that change without a mutation.
// Editors whose history merges quick edits make the insertion wait out that window
// (Quill 1 s, ProseMirror 0.5 s, Jodit 0.3 s, counted from the last keystroke): part of
// what the writer waits for, so part of the figure.
import type { Driver } from '../e2e/driver/types';
import { Tab, type Scope } from '../e2e/driver/tab';
import { EDITOR_FIXTURES } from '../e2e/fixtures/editors/selectors';
import { TYPED } from '../e2e/editor-flow';
import { percentile } from './measure';

export type InsertionFigures = { tries: number; inserted: number; p50Ms: number; p95Ms: number };

/** Arms the page-side clock: resolves window.jukuInsertMs once the model changed. */
const ARM = `(() => {
  const typed = window.jukuFixture.getText();
  const started = performance.now();
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => { try { return f.contentDocument; } catch { return null; } }).filter(Boolean)];
  window.jukuInsertMs = null;
  const observers = [];
  const check = () => {
    if (window.jukuInsertMs !== null || window.jukuFixture.getText() === typed) return;
    window.jukuInsertMs = performance.now() - started;
    observers.forEach((o) => o.disconnect());
    clearInterval(poll);
  };
  for (const doc of docs) {
    const observer = new MutationObserver(check);
    observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    observers.push(observer);
  }
  const poll = setInterval(check, 2);
  setTimeout(() => { observers.forEach((o) => o.disconnect()); clearInterval(poll); }, 10000);
})()`;

export async function measureInsertion(driver: Driver, tries: number, log: (line: string) => void): Promise<Record<string, InsertionFigures>> {
  const tab = new Tab(driver);
  const results: Record<string, InsertionFigures> = {};
  const fixtures: Array<Scope & { name: string; page: string; editable: string }> = [{ name: 'textarea', page: '/textarea.html', editable: '#editor' }, ...EDITOR_FIXTURES];
  for (const fixture of fixtures) {
    const samples: number[] = [];
    for (let i = 0; i < tries; i++) {
      await tab.open(fixture.page);
      await tab.focusEditor(fixture);
      await tab.type(TYPED);
      for (const until = Date.now() + 5000; !(await tab.listVisible(fixture)) && Date.now() < until; ) await tab.wait(20);
      await driver.evaluate(ARM);
      await tab.press('Tab');
      const until = Date.now() + 10_000;
      let ms: number | null = null;
      while (ms === null && Date.now() < until) {
        await tab.wait(20);
        ms = await driver.evaluate<number | null>('window.jukuInsertMs');
      }
      if (ms !== null) samples.push(ms);
    }
    samples.sort((a, b) => a - b);
    const figures = { tries, inserted: samples.length, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95) };
    results[fixture.name] = figures;
    log(`${driver.browserName.padEnd(8)} ${fixture.name.padEnd(15)} Tab to model change p50 ${figures.p50Ms.toFixed(1)} / p95 ${figures.p95Ms.toFixed(1)} ms (${samples.length}/${tries} inserted)`);
  }
  return results;
}
