// What the editor tests ask of a tab, written once for both browsers on top of Driver:
// every read is a script in the page's own world (the fixture's model API, and the
// extension's UI found through the open shadow roots it lives in), every action is a
// trusted click or key from the driver. Nothing here knows which browser runs.
import { afterAll, beforeAll } from 'vitest';
import type { Driver } from './types';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
// Declares window.jukuFixture, the model API every fixture page exposes.
import type {} from '../fixtures/editors/types';

/** Which browser this vitest project drives (vitest.config.ts sets it per project). */
export const BROWSER = (process.env.JUKU_BROWSER ?? 'chromium') as Driver['browserName'];

/**
 * `frame`: CSS selector of the iframe whose document holds the editor (and so our UI).
 * `modelFrame`: of the iframe whose window has the fixture's model API, where that is not
 * the top page (plain iframe pages; the editor fixtures keep theirs on the top page).
 */
export type Scope = { frame?: string; modelFrame?: string };

const fixtureOf = ({ modelFrame }: Scope) =>
  modelFrame ? `document.querySelector(${JSON.stringify(modelFrame)}).contentWindow.jukuFixture` : 'window.jukuFixture';

/**
 * Page-side helpers, as source text (a bundler's helpers for named functions would not
 * exist in the page). `doc(frame)`: the scope's document; `deep(root, selector)`: matches
 * in it and in every open shadow root below it (our list and palette live in one).
 */
const PAGE_HELPERS = `
  const doc = (frame) => frame ? document.querySelector(frame).contentDocument : document;
  const deep = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deep(element.shadowRoot, selector));
    return found;
  };
  const visible = (element) => {
    if (!element || !element.isConnected || element.getClientRects().length === 0) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && element.ownerDocument.defaultView.getComputedStyle(element).visibility !== 'hidden';
  };
  const first = (root, selector) => deep(root, selector).find(visible) ?? null;
`;

/** The extension's list and palette, by their ARIA roles and Chinese names. */
export const LIST = '[role="listbox"][aria-label="句库建议"]';
export const PALETTE = '[role="dialog"][aria-label="句库面板"]';
/** The wording check's findings (issue #17). */
export const CHECK = '[role="dialog"][aria-label="表述检查"]';

export class Tab {
  constructor(readonly driver: Driver) {}

  get baseUrl(): string {
    return this.driver.baseUrl;
  }

  /** Runs `body` (page source using PAGE_HELPERS) with `args` bound by name. */
  run<T>(body: string, args: Record<string, unknown> = {}): Promise<T> {
    const bind = Object.entries(args)
      .map(([name, value]) => `const ${name} = ${JSON.stringify(value ?? null)};`)
      .join('\n');
    return this.driver.evaluate<T>(`(() => {${PAGE_HELPERS}\n${bind}\n${body}\n})()`);
  }

  /** Opens a fixture page and waits for its editor to be mounted (classic scripts start late). */
  async open(path: string): Promise<void> {
    await this.driver.goto(`${this.baseUrl}${path}`);
    await this.waitFor('window.jukuFixture?.ready === true', 20_000);
  }

  async waitFor(expression: string, timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await this.driver.evaluate<boolean>(`Boolean(${expression})`).catch(() => false))) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
      await sleep(50);
    }
  }

  /** A trusted click in the middle of the first visible `selector` of the scope. */
  async click(selector: string, { frame }: Scope = {}): Promise<void> {
    const point = await this.run<{ x: number; y: number } | null>(
      `const element = first(doc(frame), selector);
       if (!element) return null;
       element.scrollIntoView({ block: 'center' });
       // The middle of the part in view (a frame's body may be taller than its frame).
       const rect = element.getBoundingClientRect();
       const view = element.ownerDocument.defaultView;
       const top = Math.max(rect.top, 0);
       const bottom = Math.min(rect.bottom, view.innerHeight);
       const host = frame ? document.querySelector(frame) : null;
       const origin = host ? host.getBoundingClientRect() : { left: 0, top: 0 };
       // An iframe's content starts inside its border.
       const inset = host ? { x: host.clientLeft, y: host.clientTop } : { x: 0, y: 0 };
       return { x: origin.left + inset.x + rect.left + rect.width / 2, y: origin.top + inset.y + (top + bottom) / 2 };`,
      { selector, frame },
    );
    if (!point) throw new Error(`nothing to click: ${selector}${frame ? ` in ${frame}` : ''}`);
    await this.driver.clickAt(point.x, point.y);
  }

  type(text: string): Promise<void> {
    return this.driver.type(text);
  }

  press(keys: string): Promise<void> {
    return this.driver.press(keys);
  }

  wait(ms: number): Promise<void> {
    return sleep(ms);
  }

  // The fixture's model (window.jukuFixture lives on the top page, also for iframe editors).
  modelText(scope: Scope = {}): Promise<string> {
    return this.driver.evaluate(`${fixtureOf(scope)}.getText()`);
  }

  paragraphs(scope: Scope = {}): Promise<string[]> {
    return this.driver.evaluate(`${fixtureOf(scope)}.paragraphs()`);
  }

  caretOffset(scope: Scope = {}): Promise<number | null> {
    return this.driver.evaluate(`${fixtureOf(scope)}.caretOffset()`);
  }

  /** The model's selection, where the fixture tells it (null otherwise). */
  modelSelection(scope: Scope = {}): Promise<{ start: number; end: number } | null> {
    return this.driver.evaluate(`${fixtureOf(scope)}.selection?.() ?? null`);
  }

  /** Clicks the editor and waits until its model has a caret (wangEditor takes its selection late). */
  async focusEditor(fixture: Scope & { editable: string }): Promise<void> {
    await this.click(fixture.editable, fixture);
    await this.waitFor(`${fixtureOf(fixture)}.caretOffset() !== null`, 2000).catch(() => {});
  }

  /** The value of a native field of the scope. */
  inputValue(selector: string, { frame }: Scope = {}): Promise<string> {
    return this.run('return doc(frame).querySelector(selector).value;', { selector, frame });
  }

  /** The selected text, in a native field or the document. */
  selectedText(): Promise<string> {
    return this.run(`const active = document.activeElement;
      if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) return active.value.slice(active.selectionStart, active.selectionEnd);
      return document.getSelection()?.toString() ?? '';`);
  }

  /** Whether a visible element of our UI matches `selector` in the scope. */
  shows(selector: string, { frame }: Scope = {}): Promise<boolean> {
    return this.run('return first(doc(frame), selector) !== null;', { selector, frame });
  }

  /** How many elements (visible or not) match `selector` in the scope. */
  count(selector: string, { frame }: Scope = {}): Promise<number> {
    return this.run('return deep(doc(frame), selector).length;', { selector, frame });
  }

  /** Texts of `item` (e.g. '[role="option"] .juku-text') inside the visible `container`. */
  texts(container: string, item: string, { frame }: Scope = {}): Promise<string[]> {
    return this.run(
      `const box = first(doc(frame), container);
       return box ? [...box.querySelectorAll(item)].map((element) => element.textContent) : [];`,
      { container, item, frame },
    );
  }

  listVisible(scope: Scope = {}): Promise<boolean> {
    return this.shows(LIST, scope);
  }

  /** The wording of each row of the suggestion list ([] while none shows). */
  listTexts(scope: Scope = {}): Promise<string[]> {
    return this.texts(LIST, '[role="option"] .juku-text', scope);
  }

  paletteVisible(scope: Scope = {}): Promise<boolean> {
    return this.shows(PALETTE, scope);
  }

  /** The palette shows and has the focus (its search box takes keys only from then on). */
  paletteFocused({ frame }: Scope = {}): Promise<boolean> {
    return this.run(
      `let active = doc(frame).activeElement;
       while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
       return Boolean(active?.closest(palette)) && visible(active.closest(palette));`,
      { frame, palette: PALETTE },
    );
  }
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export function launchDriver(): Promise<Driver> {
  return BROWSER === 'firefox' ? launchFirefox() : launchChromium();
}

/**
 * One browser with the extension for a whole test file, its bank loaded, and one tab to
 * drive: registers the beforeAll/afterAll hooks and hands back the tab.
 */
export function useTab(): { readonly tab: Tab } {
  let tab: Tab | undefined;
  beforeAll(async () => {
    tab = new Tab(await launchDriver());
  }, 120_000);
  afterAll(async () => tab?.driver.close());
  return {
    get tab() {
      return tab!;
    },
  };
}
