// Runs the small script (entrypoints/content.ts) in the frame that has the focus, when a
// frame running it saw the focus go into a child frame or leave it (lib/content/frame-focus.ts,
// #19). Chromium only, like the editor script's injection (editor-script.ts); the Firefox build
// runs its content script in every frame from the manifest.
import { browser } from 'wxt/browser';
import { EDITOR_SCRIPT_FILE, type EditorScriptSender } from './editor-script';
import { serialPerKey } from './serial-per-key';

export const SMALL_SCRIPT_FILE = '/content-scripts/content.js';

/** What a frame needs when the focus moved: nothing (it runs the small script, or holds no
 * focus of its own), the small script, or the small script and the editor script at once
 * (an editable field has the focus there: one injection instead of the small script asking
 * for the editor script afterwards, so the writer's first keys meet a ready list). */
export type FrameNeed = { needs: 'nothing' | 'smallScript' | 'both'; origin: string };

/**
 * Run in every frame of the tab (the extension's isolated world, which a page cannot see or
 * patch). Self-contained, since the scripting API sends its source: the editable test is
 * editor-loader.ts's mayBeEditor (a unit test checks they agree).
 */
export function frameNeed(): FrameNeed {
  const origin = globalThis.origin;
  if ((globalThis as Record<string, unknown>).__jukuEditorLoader || !document.hasFocus()) return { needs: 'nothing', origin };
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const name = active?.localName;
  // A parent of the focused frame: the focus is in its child frame, not here.
  if (name === 'iframe' || name === 'frame' || name === 'object' || name === 'embed') return { needs: 'nothing', origin };
  const editable =
    name === 'textarea' ||
    (name === 'input' && ['text', 'search', 'url', 'email', 'tel'].includes((active as HTMLInputElement).type)) ||
    (active as HTMLElement | null)?.isContentEditable === true;
  return { needs: editable ? 'both' : 'smallScript', origin };
}

/** One look at a time per tab, and at most one waiting (serial-per-key.ts). */
let looks: ((tabId: number) => Promise<number[]>) | null = null;

/** The frames of the sender's tab that now run the small script because they have the focus.
 * `activeOn(origin)`: whether Juku is on for that frame's site (else no editor script). */
export function runSmallScriptWhereFocused(sender: EditorScriptSender, activeOn: (origin: string) => Promise<boolean>): Promise<number[]> {
  const tabId = sender.tab?.id;
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (sender.id !== browser.runtime.id || tabId === undefined || !scripting) return Promise.resolve([]);
  looks ??= serialPerKey((tab: number) => lookAndRun(scripting, tab, activeOn));
  return looks(tabId);
}

async function lookAndRun(scripting: typeof browser.scripting, tabId: number, activeOn: (origin: string) => Promise<boolean>): Promise<number[]> {
  try {
    const looked = await scripting.executeScript({ target: { tabId, allFrames: true }, func: frameNeed });
    const ran: number[] = [];
    for (const frame of looked) {
      const need = frame.result as FrameNeed | undefined;
      if (!need || need.needs === 'nothing') continue;
      const both = need.needs === 'both' && (await activeOn(need.origin));
      const files: Array<typeof SMALL_SCRIPT_FILE | typeof EDITOR_SCRIPT_FILE> = both ? [SMALL_SCRIPT_FILE, EDITOR_SCRIPT_FILE] : [SMALL_SCRIPT_FILE];
      await scripting.executeScript({ target: { tabId, frameIds: [frame.frameId] }, files });
      ran.push(frame.frameId);
    }
    return ran;
  } catch {
    // The tab navigated or closed meanwhile, or a frame the browser keeps scripts out of.
    return [];
  }
}
