// The one thing the browser-agnostic end-to-end tests drive: a tab in a browser with the
// built extension installed. Chromium is driven by playwright-core (CDP), Firefox ESR by
// puppeteer-core over WebDriver BiDi; the tests see only this interface, so the same test
// files run in both (vitest projects `chromium` and `firefox`, see vitest.config.ts).
export type BrowserName = 'chromium' | 'firefox';

/** A step of text typed through an IME: marked text grows letter by letter, then commits. */
export type ImeStep = { pinyin: string; text: string };

export interface Driver {
  readonly browserName: BrowserName;
  /** Where the fixture pages are served (loopback). */
  readonly baseUrl: string;
  /** Navigates the tab and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page's own world; JSON-like result. */
  evaluate<T>(expression: string): Promise<T>;
  /** A trusted mouse click at viewport coordinates of the top page. */
  clickAt(x: number, y: number): Promise<void>;
  /** Trusted key events: text as typed, one key press ('Tab', 'Control+z', 'Alt+j'). */
  type(text: string): Promise<void>;
  press(keys: string): Promise<void>;
  /**
   * IME composition, where the protocol can send one (CDP's Input.imeSetComposition).
   * WebDriver BiDi has no composition: null in Firefox.
   */
  readonly ime: null | {
    /** Shows `marked` as the composition's marked text (a candidate, inline). */
    compose(marked: string): Promise<void>;
    /** Commits `text`, ending the composition. */
    commit(text: string): Promise<void>;
  };
  /**
   * The clipboard's text, where the driver can grant the page the right to read it
   * (Chromium); null in Firefox, whose pages cannot read the clipboard without a prompt.
   */
  readonly readClipboard: null | (() => Promise<string>);
  /** Writes the extension's storage.local, as the options page would. */
  setExtensionStorage(items: Record<string, unknown>): Promise<void>;
  /** Opens one of the extension's own pages (the options page) in a tab of its own, once
   * `ready` (an expression) holds there. */
  extensionPage(path: string, ready: string): Promise<ExtensionPage>;
  /** What the popup's 「插入」 does: sends `message` to the content scripts of the test tab. */
  sendToTab(message: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** An extension page: scripts in its world, trusted clicks (a user gesture: a permission
 * request needs one). */
export interface ExtensionPage {
  evaluate<T>(expression: string): Promise<T>;
  click(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}
