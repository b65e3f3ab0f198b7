// `npm run bench:e2e`: keystroke-to-visible-list latency in Chromium with the built
// extension and a 10k-phrase bank, in a textarea (empty, and below 20,000 characters of a
// document, which every query then carries: #12), in a rich editor (Quill) and in two
// editors that type through a hidden textarea (canvas-editor, Ace: issue #18). The clock
// starts at the page's `input` event for a keystroke (event.timeStamp) and stops twice:
// when the suggestion list's DOM has changed in answer to it, and at the first animation
// frame after that (the frame it is painted in, so this figure includes waiting for the
// frame boundary). Then insertion latency, Tab to model change, in every editor fixture in
// Chromium and in Firefox ESR (insertion-latency.ts). Run `npm run build` and
// `npm run build:firefox` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BankFileSchema } from '@/lib/schema';
import { launchWithExtension, waitForBank } from '../e2e/harness';
import { buildFixtures } from '../e2e/build-fixtures';
import { installBenchBank } from './install-bench-bank';
import { percentile } from './measure';
import { measureInsertion, type InsertionFigures } from './insertion-latency';
import { launchChromium } from '../e2e/driver/chromium';
import { launchFirefox } from '../e2e/driver/firefox';

/** Insertions timed per editor and browser (BENCH_TRIES overrides). */
const INSERTION_TRIES = Number(process.env.BENCH_TRIES ?? 8);

const SIZE = 10_000;
const TARGET_KEYSTROKES = 240;

/** Openings of real phrases, typed a character at a time, one per line. */
function typingScript(): string[] {
  const bank = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
  const openings: string[] = [];
  let keys = 0;
  for (const phrase of bank.phrases.filter((p) => p.kind !== 'collocation' && !p.text.includes('{{'))) {
    const opening = phrase.text.slice(0, 6);
    openings.push(opening);
    keys += opening.length;
    if (keys >= TARGET_KEYSTROKES) break;
  }
  return openings;
}

/**
 * The page-side probe: input time → next frame after the list changed. Kept as source
 * text because tsx would wrap named functions in a helper the page does not have.
 */
const PROBE = `(() => {
  const samples = [];
  let pendingInput = null;
  window.jukuLatency = samples;
  document.addEventListener('input', (event) => { pendingInput = event.timeStamp; }, true);
  const observe = () => {
    const host = document.querySelector('juku-suggestions');
    if (!host || !host.shadowRoot) { setTimeout(observe, 20); return; }
    new MutationObserver(() => {
      if (pendingInput === null) return;
      const started = pendingInput;
      pendingInput = null;
      window.jukuMutation = window.jukuMutation || [];
      window.jukuMutation.push(performance.now() - started);
      requestAnimationFrame(() => {
        if (host.shadowRoot.querySelector('[role="listbox"]')) samples.push(performance.now() - started);
      });
    }).observe(host.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  observe();
})()`;

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

/** A long document above the caret (#12: every query carries it, and each new line makes
 * the background index it again): the longest held-out document, repeated to 20,000
 * characters, in a textarea. */
function longDocument(): string {
  const text = readFileSync('seeds/held-out/053_99a98a9f86e75248.txt', 'utf8').replace(/\r/g, '');
  return text.repeat(Math.ceil(20_000 / text.length)).slice(0, 20_000);
}

async function measureIn(page: Page, url: string, editable: string, openings: string[], above = ''): Promise<{ frame: number[]; dom: number[] }> {
  await page.goto(url);
  // The first visible match: canvas-editor keeps more canvases than the one it shows.
  const target = page.locator(`${editable} >> visible=true`).first();
  await target.waitFor();
  await target.click();
  if (above) {
    await target.evaluate((field, text) => {
      const area = field as HTMLTextAreaElement;
      area.value = `${text}\n`;
      area.setSelectionRange(area.value.length, area.value.length);
    }, above);
  }
  // One warm-up keystroke mounts the list's shadow root; then the probe can watch it.
  await page.keyboard.type('增强');
  await page.waitForTimeout(300);
  await installProbe(page);
  for (const opening of openings) {
    await page.keyboard.press('Enter');
    for (const ch of opening) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(40);
    }
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const w = window as unknown as { jukuLatency: number[]; jukuMutation: number[] };
    return { frame: w.jukuLatency, dom: w.jukuMutation };
  });
}

await buildFixtures();
const harness = await launchWithExtension();
type Figures = { keystrokes: number; samples: number; p50Ms: number; p95Ms: number; domP50Ms: number; domP95Ms: number };
const results: Record<string, Figures> = {};
try {
  const page = await harness.context.newPage();
  await waitForBank(page, harness.extensionId);
  await installBenchBank(page, SIZE);
  const openings = typingScript();
  const keystrokes = openings.reduce((n, o) => n + o.length, 0);
  for (const [name, path, editable, above] of [
    ['textarea', '/textarea.html', '#editor'],
    ['textarea+20k', '/textarea.html', '#editor', longDocument()],
    ['quill', '/editors/dist/quill.html', '#editor .ql-editor'],
    // The text before the caret comes from Juku's record of the input stream there.
    ['canvas-editor', '/editors/dist/canvas-editor.html', '#editor canvas'],
    ['ace', '/editors/dist/ace.html', '#editor .ace_content'],
  ] as const) {
    const { frame, dom } = await measureIn(page, `${harness.baseUrl}${path}`, editable, openings, above);
    frame.sort((a, b) => a - b);
    dom.sort((a, b) => a - b);
    const f: Figures = {
      keystrokes,
      samples: frame.length,
      p50Ms: percentile(frame, 50),
      p95Ms: percentile(frame, 95),
      domP50Ms: percentile(dom, 50),
      domP95Ms: percentile(dom, 95),
    };
    results[name] = f;
    console.log(
      `${name.padEnd(13)} ${keystrokes} keystrokes, ${frame.length} list updates: ` +
        `list in the DOM p50 ${f.domP50Ms.toFixed(1)} / p95 ${f.domP95Ms.toFixed(1)} ms; ` +
        `next frame after it p50 ${f.p50Ms.toFixed(1)} / p95 ${f.p95Ms.toFixed(1)} ms`,
    );
  }
} finally {
  await harness.close();
}

const insertion: Record<string, Record<string, InsertionFigures>> = {};
// BENCH_KEYSTROKES_ONLY=1: the keystroke figures alone, printed; nothing written.
if (process.env.BENCH_KEYSTROKES_ONLY) process.exit(0);
for (const launch of [launchChromium, launchFirefox]) {
  const driver = await launch();
  try {
    insertion[driver.browserName] = await measureInsertion(driver, INSERTION_TRIES, console.log);
  } finally {
    await driver.close();
  }
}
console.log('\nTab to model change, p50 / p95 ms:');
console.log(`${'editor'.padEnd(15)} ${'chromium'.padStart(15)} ${'firefox'.padStart(15)}`);
for (const name of Object.keys(insertion.chromium ?? {})) {
  const cell = (browser: string) => {
    const f = insertion[browser]?.[name];
    return (f ? `${f.p50Ms.toFixed(0)} / ${f.p95Ms.toFixed(0)}` : '-').padStart(15);
  };
  console.log(`${name.padEnd(15)} ${cell('chromium')} ${cell('firefox')}`);
}
mkdirSync('tests/bench/results', { recursive: true });
writeFileSync(
  'tests/bench/results/keystroke-latency.json',
  JSON.stringify({ bank: SIZE, results, insertion: { tries: INSERTION_TRIES, bank: 'default', ...insertion } }, null, 2) + '\n',
);
