// Runs the small script (entrypoints/content.ts) in the frame that has the focus, when a
// frame running it saw the focus go into a child frame or leave it (lib/content/frame-focus.ts,
// #19). Chromium only, like the editor script's injection (editor-script.ts); the Firefox build
// runs its content script in every frame from the manifest.
import { browser } from 'wxt/browser';
import type { EditorScriptSender } from './editor-script';

export const SMALL_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Run in every frame of the tab (the extension's isolated world, which a page cannot see or
 * patch): whether this frame holds the focus itself (not in a child frame of its own) and
 * does not run the small script yet. Self-contained: the scripting API sends its source.
 */
export function focusedWithoutSmallScript(): boolean {
  if ((globalThis as Record<string, unknown>).__jukuEditorLoader) return false;
  if (!document.hasFocus()) return false;
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const name = active?.localName;
  return !(name === 'iframe' || name === 'frame' || name === 'object' || name === 'embed');
}

/** One look at a time per tab: two blurs in a row must not both find the frame without the
 * script and run it twice (a second copy would replace the first and what it kept). */
const lookingIn = new Map<number, Promise<number[]>>();

/** The frames of the sender's tab that now run the small script because they have the focus. */
export function runSmallScriptWhereFocused(sender: EditorScriptSender): Promise<number[]> {
  const tabId = sender.tab?.id;
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (sender.id !== browser.runtime.id || tabId === undefined || !scripting) return Promise.resolve([]);
  const previous = lookingIn.get(tabId) ?? Promise.resolve([]);
  const next = previous.then(() => lookAndRun(scripting, tabId));
  lookingIn.set(tabId, next);
  void next.then(() => lookingIn.get(tabId) === next && lookingIn.delete(tabId));
  return next;
}

async function lookAndRun(scripting: typeof browser.scripting, tabId: number): Promise<number[]> {
  try {
    const looked = await scripting.executeScript({ target: { tabId, allFrames: true }, func: focusedWithoutSmallScript });
    const frameIds = looked.filter((frame) => frame.result === true).map((frame) => frame.frameId);
    if (frameIds.length === 0) return [];
    await scripting.executeScript({ target: { tabId, frameIds }, files: [SMALL_SCRIPT_FILE] });
    return frameIds;
  } catch {
    // The tab navigated or closed meanwhile, or a frame the browser keeps scripts out of.
    return [];
  }
}
