// Long sessions (#15): 10,000 keystrokes in one editor, and fifty editors that come and go
// in one page. The page's heap (which holds the content script's isolated world too: one V8
// isolate per page) must stay flat, and no listener of Juku's may outlive its editor.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useExtensionBrowser } from '../e2e/harness';
import { record, survive } from './record';
import { extensionPage, workerHeapMb } from './extension';

const browser = useExtensionBrowser();
const KEYSTROKES = 10_000;
/** A heap that grows more than this over the session is a leak (what one list render
 * allocates is a few kB; 10,000 of them kept would be far above it). */
const FLAT_MB = 4;

/** Real writing to type: the 述职报告 seeds, paragraph by paragraph. */
function writing(): string[] {
  const files = readdirSync('seeds').filter((f) => /^00[0-4]_.*\.txt$/.test(f));
  return files.flatMap((f) => readFileSync(`seeds/${f}`, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 8));
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

/** Listeners on the window and the document, as seen from Juku's own isolated world (where
 * the content script adds them) and from the page's. */
async function listenerCount(cdp: CDPSession): Promise<{ juku: number; page: number; jukuTypes: string[] }> {
  const contexts: Array<{ id: number; name: string; origin: string; auxData?: { type?: string } }> = [];
  const collect = ({ context }: { context: (typeof contexts)[number] }) => void contexts.push(context);
  cdp.on('Runtime.executionContextCreated', collect);
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  cdp.off('Runtime.executionContextCreated', collect);
  const types = async (contextId: number) => {
    const found: string[] = [];
    for (const expression of ['window', 'document']) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId })) as { result: { objectId: string } };
      const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as { listeners: Array<{ type: string }> };
      found.push(...listeners.map((l) => `${expression}:${l.type}`));
    }
    return found;
  };
  // Only the extension's own world: Playwright keeps isolated worlds of its own in the page.
  const isolated = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  const main = contexts.find((c) => c.auxData?.type === 'default');
  const jukuTypes: string[] = [];
  for (const c of isolated) jukuTypes.push(...(await types(c.id)));
  jukuTypes.sort();
  return { juku: jukuTypes.length, jukuTypes, page: main ? (await types(main.id)).length : 0 };
}

/** Types up to `budget` characters of `text` as key presses (trusted input, as a writer's). */
async function typeParagraph(page: Page, text: string, budget: number): Promise<number> {
  const chars = [...text].slice(0, budget);
  await page.keyboard.type(chars.join(''));
  return chars.length;
}

const OPENING = '增强“四个';

/** An editor added to the page, clicked, typed in and removed, as a page's own come and go. */
async function passThroughEditor(page: Page, kind: 'textarea' | 'contenteditable', untilList = false): Promise<void> {
  await page.evaluate((kind) => {
    const box = kind === 'textarea' ? document.createElement('textarea') : Object.assign(document.createElement('div'), { contentEditable: 'true' });
    box.id = 'passing';
    document.body.append(box);
  }, kind);
  await page.locator('#passing').click();
  await page.keyboard.type(OPENING);
  // Warming up: the list shown, with what it needs in place (on a busy machine it comes late).
  if (untilList) await page.getByRole('listbox', { name: '句库建议' }).waitFor({ timeout: 5000 });
  await page.evaluate(() => document.querySelector('#passing')!.remove());
}

describe('a long session', () => {
  it(`keeps memory flat over ${KEYSTROKES} keystrokes in one editor`, async () => {
    const page = await browser.harness.context.newPage();
    await page.goto(`${browser.harness.baseUrl}/textarea.html`);
    await page.locator('#editor').click();
    const cdp = await page.context().newCDPSession(page);
    const paragraphs = writing();
    let typed = 0;
    let shown = 0;
    let warm = 0;
    await survive('fault', `${KEYSTROKES} keystrokes in one editor`, async () => {
      for (let p = 0; typed < KEYSTROKES; p++) {
        // The first thousand keystrokes warm everything up (code, caches, the engine's wake).
        if (typed >= 1000 && warm === 0) warm = await heapMb(cdp);
        // Each paragraph opens with words the bank knows, so the list comes and goes all session.
        typed += await typeParagraph(page, OPENING, KEYSTROKES - typed);
        const list = page.getByRole('listbox', { name: '句库建议' });
        if (await list.waitFor({ timeout: 3000 }).then(() => true, () => false)) shown++;
        typed += await typeParagraph(page, paragraphs[p % paragraphs.length]!, KEYSTROKES - typed);
        // A new paragraph now and then, and the field emptied as a writer starts over, so
        // the page's own text does not grow with the session.
        await page.keyboard.press('Enter');
        if (p % 5 === 4) {
          await page.keyboard.press('Control+A');
          await page.keyboard.press('Delete');
        }
      }
      const end = await heapMb(cdp);
      const growth = end - warm;
      record({ kind: 'memory', name: `${KEYSTROKES} keystrokes`, growthMb: growth });
      expect(shown, 'suggestions were shown during the session').toBeGreaterThan(0);
      expect(growth).toBeLessThan(FLAT_MB);
      return `heap ${warm.toFixed(1)} → ${end.toFixed(1)} MB after ${typed} keystrokes, the list shown at ${shown} paragraph openings`;
    });
    await cdp.detach();
    await page.close();
  });

  it('leaves no listener behind when fifty editors come and go', async () => {
    const page = await browser.harness.context.newPage();
    await page.goto(`${browser.harness.baseUrl}/textarea.html`);
    const cdp = await page.context().newCDPSession(page);
    await survive('fault', 'fifty editors opened, typed in and removed', async () => {
      // Focus the page's own editor once, and one editable element of the other kind, so
      // Juku's page-wide listeners are in place: some are added once, when first needed (a
      // document selectionchange for editable content); a leak adds one per editor.
      await page.locator('#editor').click();
      await page.keyboard.type(OPENING);
      await passThroughEditor(page, 'contenteditable', true);
      await page.mouse.click(5, 5);
      await page.waitForTimeout(300);
      const before = await listenerCount(cdp);
      const heapBefore = await heapMb(cdp);
      for (let i = 0; i < 50; i++) await passThroughEditor(page, i % 2 ? 'textarea' : 'contenteditable');
      await page.mouse.click(5, 5);
      await page.waitForTimeout(500);
      const after = await listenerCount(cdp);
      const heapGrowth = (await heapMb(cdp)) - heapBefore;
      expect(before.juku, 'Juku\'s page-wide listeners are seen').toBeGreaterThan(0);
      expect(after.jukuTypes, 'the same listeners as before the fifty editors').toEqual(before.jukuTypes);
      return `Juku's window+document listeners ${before.juku} → ${after.juku}; heap ${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(2)} MB`;
    });
    await cdp.detach();
    await page.close();
  });

  it('keeps the background flat over 200 page loads', async () => {
    const { harness } = browser;
    const LOADS = 200;
    const probe = await extensionPage(harness.context, harness.extensionId);
    const page = await harness.context.newPage();
    await survive('fault', `${LOADS} page loads, each typed in`, async () => {
      let start = 0;
      for (let i = 0; i < LOADS; i++) {
        // After twenty loads: the engine and every code path are warm.
        if (i === 20) start = await workerHeapMb(probe, harness.extensionId);
        await page.goto(`${harness.baseUrl}/textarea.html?load=${i}`);
        await page.locator('#editor').click();
        await page.keyboard.type(OPENING);
      }
      const end = await workerHeapMb(probe, harness.extensionId);
      record({ kind: 'memory', name: `background over ${LOADS} page loads`, growthMb: end - start });
      expect(end - start).toBeLessThan(FLAT_MB);
      return `background heap ${start.toFixed(1)} → ${end.toFixed(1)} MB`;
    });
    await page.close();
  });
});
