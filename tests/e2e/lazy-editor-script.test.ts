// Cost nothing until the writer writes (#19): every frame runs only the small script that
// watches for an editor; the editor script (list, palette, adapters) is brought into a frame
// only when an editable field there gets the focus. Observed from outside, by the scripts
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
  it('is never loaded in twenty frames without an editor', async () => {
    const page = await browser.harness.context.newPage();
    const scripts = await watchScripts(page);
    await page.goto(`${browser.harness.baseUrl}/frames.html`);
    await expect.poll(() => page.frames().length).toBe(21);
    // Every frame runs the watcher…
    await expect.poll(() => scripts.count('content.js'), { timeout: 10_000 }).toBe(21);
    // …and a checkbox, a link and the page itself getting the focus bring in nothing more.
    await page.frames()[1]!.locator('#read').click();
    await page.frames()[2]!.locator('a').first().focus();
    await page.mouse.click(5, 5);
    await page.waitForTimeout(1500);
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
