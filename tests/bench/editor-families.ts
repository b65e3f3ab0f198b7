// Issue #21: per editor family, how often an insertion lands once and what one Ctrl+Z
// does, counted over repeated tries in each browser (`npm run bench:families`, after
// `npm run build` and `npm run build:firefox`; BENCH_TRIES per editor, default 5). Each try
// opens the page afresh, types the opening, takes the list's first row with Tab, reads the
// editor's model through its own API, presses Ctrl+Z once; then the same with the
// palette's 请示 outline. Counts, not timings: the figures README.md quotes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildFixtures } from '../e2e/build-fixtures';
import { launchChromium } from '../e2e/driver/chromium';
import { launchFirefox } from '../e2e/driver/firefox';
import { PALETTE, Tab } from '../e2e/driver/tab';
import { FAMILY_FIXTURES, HIDDEN_INPUT_FIXTURES } from '../e2e/fixtures/editors/selectors';

const TRIES = Number(process.env.BENCH_TRIES ?? 5);
const TYPED = '增强“四个';
const CLOSING = '妥否，请批示。';
const RESULTS = '[role="listbox"][aria-label="搜索结果"] [role="option"]';

type Counts = Record<string, number>;
const bump = (counts: Counts, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/** Polls `read` until `done` holds of it or `ms` pass; the last value read. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const times = (text: string, part: string) => text.split(part).length - 1;

/** `historyMs`: how long the editor takes to record a change as a step (Vditor: 800 ms). */
async function tabTry(tab: Tab, counts: Counts, historyMs: number): Promise<void> {
  await tab.type(TYPED);
  await until(() => tab.listTexts(), (rows) => rows.length > 0);
  // The list shown first may be carried over from the text before the last keystroke
  // until the engine's answer comes: the row Tab takes is read once it has stayed.
  await tab.wait(400);
  const offered = (await tab.listTexts())[0];
  if (!offered) return void bump(counts, 'no list');
  await tab.press('Tab');
  const text = await until(() => tab.modelText(), (now) => now !== TYPED, 3000);
  await tab.wait(800); // a second route would show by now
  const settled = await tab.modelText();
  const outcome = settled === offered ? 'once' : times(settled, '意识') > 1 ? 'twice' : text === TYPED ? 'not in' : 'other';
  bump(counts, outcome);
  if (outcome === 'other') console.log(`  other: offered ${offered}, model ${settled}`);
  await tab.wait(historyMs);
  await tab.press('Control+z');
  const undone = await until(() => tab.modelText(), (now) => now === TYPED, 1500);
  bump(counts, undone === TYPED ? 'undo→typed' : undone === '' ? 'undo→empty' : undone === settled ? 'undo→nothing' : 'undo→other');
}

async function paletteTry(tab: Tab, counts: Counts, historyMs: number): Promise<void> {
  await tab.press('Alt+j');
  await until(() => tab.paletteFocused(), Boolean);
  await tab.type('请示');
  await until(async () => (await tab.texts(PALETTE, RESULTS))[0] ?? '', (first) => first.includes('请示'));
  await tab.press('Enter');
  await until(() => tab.shows(`${PALETTE} form[aria-label="填写字段"]`), Boolean);
  await tab.press('Control+Enter');
  await until(async () => (await tab.modelText()).includes(CLOSING), Boolean);
  await tab.wait(800);
  const text = await tab.modelText();
  const paragraphs = (await tab.paragraphs()).filter((line) => line.trim() !== '');
  bump(counts, ['not in', 'once', 'twice'][Math.min(times(text, CLOSING), 2)]!);
  if (times(text, CLOSING) === 1) bump(counts, paragraphs.includes(CLOSING) && paragraphs.length > 4 ? 'as paragraphs' : 'run-on');
  await tab.wait(historyMs);
  await tab.press('Control+z');
  const undone = await until(() => tab.modelText(), (now) => now === '', 1500);
  bump(counts, undone === '' ? 'undo→empty' : undone === text ? 'undo→nothing' : 'undo→other');
}

/** BENCH_EDITORS=pell,ace: those alone. */
const only = process.env.BENCH_EDITORS?.split(',');
const editors = [
  ...FAMILY_FIXTURES.map((f) => ({ name: f.name, family: f.family, page: f.page, editable: f.editable, historyMs: f.historyMs ?? 0 })),
  ...HIDDEN_INPUT_FIXTURES.map((f) => ({ name: f.name, family: 'hidden-input', page: f.page, editable: f.editable, historyMs: 0 })),
].filter((editor) => !only || only.includes(editor.name));
const results: Record<string, Record<string, { family: string; tab: Counts; palette: Counts }>> = {};
await buildFixtures();
for (const launch of [launchChromium, launchFirefox]) {
  const driver = await launch();
  const tab = new Tab(driver);
  const browser = (results[driver.browserName] = {} as (typeof results)[string]);
  try {
    for (const editor of editors) {
      const row = (browser[editor.name] = { family: editor.family, tab: {}, palette: {} });
      for (let i = 0; i < TRIES; i++) {
        for (const [kind, run] of [['tab', tabTry], ['palette', paletteTry]] as const) {
          await tab.open(editor.page);
          await tab.focusEditor(editor);
          await run(tab, row[kind], editor.historyMs).catch((error: Error) => bump(row[kind], `error: ${error.message.slice(0, 60)}`));
        }
      }
      console.log(driver.browserName, editor.name, JSON.stringify(row));
    }
  } finally {
    await driver.close();
  }
}
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync('tests/bench/results/editor-families.json', JSON.stringify({ tries: TRIES, results }, null, 2) + '\n');
