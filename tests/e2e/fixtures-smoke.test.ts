// The fixture pages themselves work: each real editor from npm mounts empty, takes typing,
// reports it through its MODEL on window.jukuFixture, and undoes it (Ctrl+Z and its own undo
// command). The non-library pages (input, iframe, shadow, late, long) load with their editable.
// One browser for the whole file; the extension is loaded but nothing here depends on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { EDITOR_FIXTURES, PLAIN_FIXTURES, fixtureScope } from './fixtures/editors/selectors';
import type { JukuFixture } from './fixtures/editors/types';

const TYPED = '测试文字';

let harness: Harness;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  harness = await launchWithExtension();
  page = await harness.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterAll(async () => harness?.close());

type Target = Page | Frame;
/** Runs `read(window.jukuFixture)` in the page (the reader is sent as source, so no closures). */
const fixture = <T>(target: Target, read: (f: JukuFixture) => T) =>
  target.evaluate(`(${read.toString()})(window.jukuFixture)`) as Promise<T>;
const text = (target: Target) => fixture(target, (f) => f.getText());

async function open(path: string): Promise<void> {
  pageErrors.length = 0;
  await page.goto(`${harness.baseUrl}${path}`);
  // Editors loaded as classic scripts (TinyMCE, CKEditor 4, KindEditor) start after their files.
  await page.waitForFunction(() => window.jukuFixture?.ready === true, null, { timeout: 20_000 });
}

/** Types as through an IME: a keydown with keyCode 229 ("Process"), then the text. */
async function typeAsIme(text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: '', windowsVirtualKeyCode: 229 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code: '', windowsVirtualKeyCode: 229 });
  await cdp.detach();
  await page.keyboard.type(text);
}

/** Presses Ctrl+Z until the text is empty; returns how many presses it took (max 8). */
async function ctrlZUntilEmpty(target: Target): Promise<number> {
  for (let presses = 1; presses <= 8; presses++) {
    await page.keyboard.press('Control+z');
    // Lexical and the React editors commit asynchronously.
    const done = await expect
      .poll(() => text(target), { timeout: 1000 })
      .toBe('')
      .then(() => true, () => false);
    if (done) return presses;
  }
  return Infinity;
}

describe('real editors from npm', () => {
  for (const editor of EDITOR_FIXTURES) {
    it(`${editor.name}: typing reaches the model, Ctrl+Z and undo() take it back`, async () => {
      await open(editor.page);
      expect(await fixture(page, (f) => f.name)).toBe(editor.name);
      expect(await text(page)).toBe('');
      expect(await fixture(page, (f) => f.paragraphs())).toEqual(['']);
      // The iframe editors' editable is in their frame; the model stays on the page.
      const editable = fixtureScope(page, editor).locator(editor.editable);

      // Typing that reaches the editor's undo history as an IME's does (see undoNeedsKeydown).
      const type = (typed: string) => (editor.undoNeedsKeydown ? typeAsIme(typed) : page.keyboard.type(typed));

      await editable.click();
      await type(TYPED);
      await expect.poll(() => text(page)).toBe(TYPED);
      expect(await fixture(page, (f) => f.paragraphs())).toEqual([TYPED]);
      // Trix updates its model's selection a moment after its text.
      await expect.poll(() => fixture(page, (f) => f.caretOffset())).toBe(TYPED.length);

      // Ctrl+Z: the typing goes in one or a few undo steps; all of it comes back out.
      const presses = await ctrlZUntilEmpty(page);
      console.log(`[fixtures] ${editor.name}: Ctrl+Z presses to undo typing: ${presses}`);
      expect(presses).toBeLessThanOrEqual(TYPED.length);

      // The editor's own undo command, as exposed on jukuFixture.
      await editable.click();
      await type(TYPED);
      await expect.poll(() => text(page)).toBe(TYPED);
      for (let i = 0; i < TYPED.length && (await text(page)) !== ''; i++) {
        await fixture(page, (f) => f.undo());
        await page.waitForTimeout(50);
      }
      await expect.poll(() => text(page)).toBe('');

      // Two paragraphs: Enter splits, and the model joins them with '\n'.
      await editable.click();
      await page.keyboard.type('一');
      // A writer's pause: Trix takes text that came without key events (as CDP types CJK)
      // from a mutation observer a moment later, and a Return sooner than that went in
      // twice (3 runs of 4 without the pause).
      await page.waitForTimeout(150);
      await page.keyboard.press('Enter');
      await page.keyboard.type('二');
      await expect.poll(() => fixture(page, (f) => f.paragraphs())).toEqual(['一', '二']);
      expect(await text(page)).toBe('一\n二');
      expect(await fixture(page, (f) => f.caretOffset())).toBe(3);

      expect(pageErrors).toEqual([]);
    });
  }
});

describe('plain pages', () => {
  it('input: the text field works with native undo; the decoys are there', async () => {
    await open(PLAIN_FIXTURES.input.page);
    for (const id of ['#password', '#card', '#readonly', '#disabled']) await expect(page.locator(id).count()).resolves.toBe(1);
    await page.locator(PLAIN_FIXTURES.input.editable).click();
    await page.keyboard.type(TYPED);
    expect(await text(page)).toBe(TYPED);
    expect(await fixture(page, (f) => f.caretOffset())).toBe(TYPED.length);
    const presses = await ctrlZUntilEmpty(page);
    console.log(`[fixtures] input: Ctrl+Z presses to undo typing: ${presses}`);
    expect(presses).toBeLessThanOrEqual(TYPED.length);
    expect(pageErrors).toEqual([]);
  });

  it('iframe: a src-less frame with <body contenteditable>, and a srcdoc frame with a textarea', async () => {
    await open(PLAIN_FIXTURES.iframe.page);
    const frame = page.frame({ url: 'about:blank' }) ?? page.frames().find((f) => f.parentFrame() && f.url() === 'about:blank');
    if (!frame) throw new Error('the src-less frame is missing');
    expect(await frame.evaluate(() => document.body.isContentEditable)).toBe(true);
    await page.frameLocator(PLAIN_FIXTURES.iframe.frame).locator('body').click();
    await page.keyboard.type(TYPED);
    expect(await text(page)).toBe(TYPED);
    expect(await text(frame)).toBe(TYPED);
    expect(await fixture(frame, (f) => f.caretOffset())).toBe(TYPED.length);
    const presses = await ctrlZUntilEmpty(frame);
    console.log(`[fixtures] iframe body: Ctrl+Z presses to undo typing: ${presses}`);
    expect(presses).toBeLessThanOrEqual(TYPED.length);

    const frame2 = page.frames().find((f) => f.url() === 'about:srcdoc');
    if (!frame2) throw new Error('the srcdoc frame is missing');
    await frame2.waitForFunction(() => window.jukuFixture?.ready === true);
    await page.frameLocator(PLAIN_FIXTURES.iframeTextarea.frame).locator('#editor').click();
    await page.keyboard.type(TYPED);
    expect(await text(frame2)).toBe(TYPED);
    expect(pageErrors).toEqual([]);
  });

  it('shadow: an open shadow root holds the contenteditable', async () => {
    await open(PLAIN_FIXTURES.shadow.page);
    expect(await page.evaluate(() => document.getElementById('editor'))).toBeNull();
    await page.locator(`${PLAIN_FIXTURES.shadow.host} ${PLAIN_FIXTURES.shadow.editable}`).click();
    await page.keyboard.type(TYPED);
    expect(await text(page)).toBe(TYPED);
    expect(await fixture(page, (f) => f.paragraphs())).toEqual([TYPED]);
    expect(await fixture(page, (f) => f.caretOffset())).toBe(TYPED.length);
    const presses = await ctrlZUntilEmpty(page);
    console.log(`[fixtures] shadow: Ctrl+Z presses to undo typing: ${presses}`);
    expect(presses).toBeLessThanOrEqual(TYPED.length);
    expect(pageErrors).toEqual([]);
  });

  it('late: the textarea appears about 800 ms after load', async () => {
    pageErrors.length = 0;
    const start = Date.now();
    await page.goto(`${harness.baseUrl}${PLAIN_FIXTURES.late.page}`);
    await page.locator(PLAIN_FIXTURES.late.editable).waitFor({ timeout: 5000 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(PLAIN_FIXTURES.late.delayMs);
    await page.locator(PLAIN_FIXTURES.late.editable).click();
    await page.keyboard.type(TYPED);
    expect(await text(page)).toBe(TYPED);
    expect(pageErrors).toEqual([]);
  });

  it('long: the textarea sits at the very bottom of a tall page, under hostile CSS', async () => {
    await open(PLAIN_FIXTURES.long.page);
    const editor = page.locator(PLAIN_FIXTURES.long.editable);
    await editor.click();
    const box = await editor.boundingBox();
    const viewport = page.viewportSize();
    if (!box || !viewport) throw new Error('no layout');
    expect(Math.round(box.y + box.height)).toBeGreaterThanOrEqual(viewport.height - 2);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(3000);
    expect(await page.locator('li').first().isVisible()).toBe(false);
    await page.keyboard.type(TYPED);
    expect(await text(page)).toBe(TYPED);
    expect(pageErrors).toEqual([]);
  });
});
