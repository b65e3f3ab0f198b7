// Cost nothing until the writer writes (#19): only the top frame runs the small script that
// watches for an editor, and a child frame only once the focus goes into it; the editor
// script (list, palette, adapters) is brought into a frame only when an editable field there
// gets the focus. Observed from outside, by the scripts
// the browser parses in each frame (CDP Debugger.scriptParsed), not by a marker of our own.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { suggestionList, useExtensionBrowser } from './harness';

const browser = useExtensionBrowser();

/** Counts the content scripts the page's frames parse, by file. */
async function watchScripts(page: Page): Promise<{ cdp: CDPSession; count: (file: string) => number }> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }: { url: string }) => urls.push(url));
  await cdp.send('Debugger.enable');
  return { cdp, count: (file) => urls.filter((url) => url.endsWith(`/content-scripts/${file}`)).length };
}

describe('the editor script, only where an editor is focused', () => {
  it('runs nothing in twenty frames without an editor, and never the editor script', async () => {
    const page = await browser.harness.context.newPage();
    const scripts = await watchScripts(page);
    await page.goto(`${browser.harness.baseUrl}/frames.html`);
    await expect.poll(() => page.frames().length).toBe(21);
    // Only the top frame runs the small script…
    await expect.poll(() => scripts.count('content.js'), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(1000);
    expect(scripts.count('content.js')).toBe(1);
    // …a frame the focus goes into gets it too (to see an editor focused there later)…
    await page.frames()[1]!.locator('#read').click();
    await expect.poll(() => scripts.count('content.js'), { timeout: 10_000 }).toBe(2);
    // …and so does the next, the focus coming from a sibling frame (the top sees no event)…
    await page.frames()[2]!.locator('a').first().focus();
    await expect.poll(() => scripts.count('content.js'), { timeout: 10_000 }).toBe(3);
    // …but a checkbox, a link and the page itself getting the focus bring in nothing more.
    await page.mouse.click(5, 5);
    await page.frames()[1]!.locator('#read').click();
    await page.waitForTimeout(1500);
    expect(scripts.count('content.js')).toBe(3);
    expect(scripts.count('editor.js')).toBe(0);
    await scripts.cdp.detach();
    await page.close();
  });

  it('is loaded once, in that frame, when an editor gets the focus, and suggests at once', async () => {
    const page = await browser.harness.context.newPage();
    const scripts = await watchScripts(page);
    await page.goto(`${browser.harness.baseUrl}/iframe.html`);
    await page.waitForTimeout(500);
    expect(scripts.count('editor.js')).toBe(0);
    // The src-less frame an office editor writes (KindEditor, UEditor): <body contenteditable>.
    const frame = page.frameLocator('#frame');
    await frame.locator('body').first().click();
    // Typed at once after the click: the characters typed before the editor script is ready
    // still bring the list (the watcher tells it there was typing).
    await page.keyboard.type('增强“四个');
    await expect.poll(() => suggestionList(frame).count(), { timeout: 10_000 }).toBe(1);
    expect(scripts.count('editor.js')).toBe(1);
    // Focusing it again loads nothing more.
    await page.mouse.click(5, 5);
    await frame.locator('body').first().click();
    await page.waitForTimeout(500);
    expect(scripts.count('editor.js')).toBe(1);
    await scripts.cdp.detach();
    await page.close();
  });
});
