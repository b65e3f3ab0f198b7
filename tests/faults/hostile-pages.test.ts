// Hostile and broken pages (#15): a page's own scripts can neither drive Juku (script-made
// keys, input, composition, posted messages, custom events) nor read the bank beyond the
// rows a real writer's typing has shown; a page that throws, freezes its main thread,
// replaces its editor or rewrites its document never leaves Juku capturing keys or showing
// a stale list. Each case first shows, where it can, that the same thing done by the real
// writer does act, so a case cannot pass because Juku was simply not running.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { suggestionList, useExtensionBrowser } from '../e2e/harness';
import { record, survive } from './record';
import { watchExtensionRequests } from './extension';

const browser = useExtensionBrowser();
const TYPED = '增强“四个';
const PHRASE = '意识”';

async function freshTextarea(): Promise<Page> {
  const page = await browser.harness.context.newPage();
  await page.goto(`${browser.harness.baseUrl}/textarea.html`);
  await page.locator('#editor').click();
  return page;
}

/** Whether the list shows within `ms` (polled; false when it never did). */
async function listShows(page: Page, ms = 1500): Promise<boolean> {
  return suggestionList(page)
    .waitFor({ state: 'visible', timeout: ms })
    .then(() => true)
    .catch(() => false);
}

/** Records, in the page, whether the next Tab reached the page with its default prevented. */
async function nextTabPrevented(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    (window as any).__tab = null;
    window.addEventListener('keydown', (e) => e.key === 'Tab' && ((window as any).__tab ??= e.defaultPrevented), { once: false });
  });
  await page.keyboard.press('Tab');
  return page.evaluate(() => (window as any).__tab === true);
}

/** Phrases of the bank (other than what the page itself holds) found anywhere the page can read. */
async function bankRowsInPage(page: Page, known: readonly string[]): Promise<number> {
  return page.evaluate((known) => {
    const texts: string[] = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot) =>
      root.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot) {
          texts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      });
    walk(document);
    const field = (document.querySelector('#editor') as HTMLTextAreaElement | null)?.value ?? '';
    const all = texts.join('\n');
    return known.filter((k) => all.includes(k) && !field.includes(k)).length;
  }, known);
}

describe('a hostile or broken page', () => {
  it('cannot drive Juku with events of its own making', async () => {
    const requests = watchExtensionRequests(browser.harness.context, browser.harness.extensionId);
    const page = await freshTextarea();
    await survive('fault', 'script-made input and key events are ignored', async () => {
      await page.evaluate((typed) => {
        const field = document.querySelector('#editor') as HTMLTextAreaElement;
        field.value = typed;
        field.setSelectionRange(typed.length, typed.length);
        for (const ch of typed) {
          field.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true }));
          field.dispatchEvent(new InputEvent('input', { data: ch, inputType: 'insertText', bubbles: true }));
          field.dispatchEvent(new KeyboardEvent('keyup', { key: ch, bubbles: true }));
        }
      }, TYPED);
      expect(await listShows(page)).toBe(false);
      return 'no list after script-made typing';
    });
    await survive('fault', 'script-made composition events are ignored', async () => {
      await page.evaluate(() => {
        const field = document.querySelector('#editor') as HTMLTextAreaElement;
        field.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true }));
        field.dispatchEvent(new CompositionEvent('compositionend', { data: '个', bubbles: true }));
        field.dispatchEvent(new InputEvent('input', { data: '个', inputType: 'insertCompositionText', bubbles: true }));
      });
      expect(await listShows(page)).toBe(false);
      return 'no list after a script-made composition';
    });
    await survive('fault', 'a script-made Tab does not accept a shown suggestion', async () => {
      await page.locator('#editor').fill('');
      await page.keyboard.type(TYPED);
      expect(await listShows(page, 10_000), 'the real writer typing shows the list').toBe(true);
      await page.evaluate(() => {
        const field = document.querySelector('#editor') as HTMLTextAreaElement;
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', code: 'Tab', keyCode: 9, bubbles: true, cancelable: true }));
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
      });
      await page.waitForTimeout(500);
      expect(await page.locator('#editor').inputValue()).toBe(TYPED);
      // The writer's own Tab still takes it.
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#editor').inputValue()).toBe(`${TYPED}${PHRASE}`);
      return 'the page\'s Tab and Enter inserted nothing; the writer\'s Tab did';
    });
    await survive('fault', 'posted messages and custom events do nothing', async () => {
      await page.locator('#editor').fill('');
      await page.evaluate((typed) => {
        const payloads = [
          { type: 'suggest', before: typed },
          { type: 'bankExport' },
          { type: 'bankDeletePhrases', ids: ['*'] },
          { juku: true, command: 'open-palette' },
          { event: 'insert', text: '注入的文字' },
        ];
        for (const p of payloads) {
          window.postMessage(p, '*');
          // The palette's and the check's keys, made by the page.
          for (const key of [{ key: 'j', code: 'KeyJ', altKey: true }, { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true }])
            document.querySelector('#editor')!.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));
          for (const name of ['juku', 'juku-insert', 'juku-palette', 'juku:request', 'message']) {
            document.dispatchEvent(new CustomEvent(name, { detail: p, bubbles: true }));
            document.querySelector('#editor')!.dispatchEvent(new CustomEvent(name, { detail: p, bubbles: true }));
          }
        }
      }, TYPED);
      await page.waitForTimeout(800);
      expect(await page.locator('#editor').inputValue()).toBe('');
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await listShows(page, 300)).toBe(false);
      return 'nothing inserted, no palette, no list';
    });
    await survive('fault', 'the page cannot reach the background or the bank', async () => {
      const reached = await page.evaluate(async (id) => {
        const tries: string[] = [];
        const chromeApi = (window as any).chrome;
        try {
          if (chromeApi?.runtime?.sendMessage) {
            const reply = await new Promise((done) => {
              try {
                chromeApi.runtime.sendMessage(id, { type: 'bankExport' }, (r: unknown) => done(r));
              } catch {
                done(undefined);
              }
              setTimeout(() => done(undefined), 1000);
            });
            if (reply) tries.push('sendMessage answered');
          }
        } catch {
          // No messaging API for the page at all.
        }
        for (const path of ['assets/default-bank.json', 'default-bank.json', 'background.js', 'options.html']) {
          const ok = await fetch(`chrome-extension://${id}/${path}`).then((r) => r.ok, () => false);
          if (ok) tries.push(path);
        }
        return tries;
      }, browser.harness.extensionId);
      expect(reached).toEqual([]);
      return 'no answer to the page\'s messages, no extension file readable';
    });
    record({ kind: 'requests', name: 'hostile pages', count: requests().length, urls: requests() });
    await page.close();
  });

  it('shows a page no bank rows beyond the list a real writer opened', async () => {
    const page = await freshTextarea();
    await page.keyboard.type(TYPED);
    expect(await listShows(page, 10_000)).toBe(true);
    const shown = (await suggestionList(page).getByRole('option').allTextContents()).map((t) => t.trim()).filter(Boolean);
    await page.keyboard.press('Escape');
    await expect.poll(() => suggestionList(page).count()).toBe(0);
    // Phrases of the default bank a page might hope to find lying about.
    const known = ['意识”', '增强“四个意识”', '坚定“四个自信”', '做到“两个维护”', '全面从严治党', '以习近平新时代中国特色社会主义思想为指导'];
    const readable = await bankRowsInPage(page, known);
    record({ kind: 'readableRows', name: 'after the list closed', count: readable });
    expect(shown.length).toBeGreaterThan(0);
    expect(readable).toBe(0);
    await page.close();
  });

  it('never leaves a stale list or a captured key when the page breaks', async () => {
    const page = await freshTextarea();
    await survive('fault', 'a page whose own handlers throw', async () => {
      await page.evaluate(() => {
        for (const type of ['keydown', 'input', 'keyup', 'focusin', 'selectionchange'])
          document.addEventListener(type, () => {
            throw new Error(`page's own ${type} handler failed`);
          });
      });
      await page.keyboard.type(TYPED);
      expect(await listShows(page, 10_000)).toBe(true);
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#editor').inputValue()).toBe(`${TYPED}${PHRASE}`);
      return 'suggested and inserted as usual';
    });
    await survive('fault', 'a page that freezes its main thread for 3 s', async () => {
      await page.locator('#editor').fill('');
      await page.keyboard.type(TYPED);
      expect(await listShows(page, 10_000)).toBe(true);
      await page.evaluate(() => setTimeout(() => {
        const until = Date.now() + 3000;
        while (Date.now() < until) {
          // The page's own long task.
        }
      }, 0));
      await page.keyboard.type('坚定');
      await page.waitForTimeout(3500);
      // After the freeze the list is for what is typed now, or gone: never the old one.
      const value = await page.locator('#editor').inputValue();
      expect(value).toBe(`${TYPED}坚定`);
      const rows = (await suggestionList(page).getByRole('option').allTextContents().catch(() => [])).join('|');
      expect(rows).not.toContain(PHRASE);
      return `typed text intact (${value}), no stale row`;
    });
    await survive('fault', 'a page that replaces its editor while the list shows', async () => {
      await page.locator('#editor').fill('');
      await page.keyboard.type(TYPED);
      expect(await listShows(page, 10_000)).toBe(true);
      await page.evaluate(() => {
        const old = document.querySelector('#editor')!;
        const fresh = document.createElement('textarea');
        fresh.id = 'editor';
        old.replaceWith(fresh);
        fresh.focus();
      });
      await expect.poll(() => suggestionList(page).count(), { timeout: 5000 }).toBe(0);
      expect(await nextTabPrevented(page)).toBe(false);
      return 'list gone, Tab left to the page';
    });
    await survive('fault', 'a page that rewrites its document while the list shows', async () => {
      await page.goto(`${browser.harness.baseUrl}/textarea.html`);
      await page.locator('#editor').click();
      await page.keyboard.type(TYPED);
      expect(await listShows(page, 10_000)).toBe(true);
      await page.evaluate(() => {
        document.open();
        document.write('<!doctype html><title>rewritten</title><textarea id="editor"></textarea>');
        document.close();
        (document.querySelector('#editor') as HTMLTextAreaElement).focus();
      });
      await expect.poll(() => suggestionList(page).count(), { timeout: 5000 }).toBe(0);
      expect(await nextTabPrevented(page)).toBe(false);
      return 'no list left, Tab left to the page';
    });
    await page.close();
  });
});
