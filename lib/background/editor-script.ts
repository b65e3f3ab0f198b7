// Runs the editor script in one frame when the small script there saw an editable field get
// the focus (lib/content/editor-loader.ts, #19). Chromium (MV3) has the scripting API; the
// Firefox build (MV2) injects with tabs.executeScript. Both need only the host access the
// content scripts already have.
import { browser } from 'wxt/browser';

export const EDITOR_SCRIPT_FILE = '/content-scripts/editor.js';

export type EditorScriptSender = { id?: string; tab?: { id?: number }; frameId?: number };

/** Whether the editor script now runs in the sender's frame. */
export async function runEditorScript(sender: EditorScriptSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (sender.id !== browser.runtime.id || tabId === undefined) return false;
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  try {
    if (scripting) await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [EDITOR_SCRIPT_FILE] });
    else await browser.tabs.executeScript(tabId, { frameId, file: EDITOR_SCRIPT_FILE, matchAboutBlank: true, runAt: 'document_idle' });
    return true;
  } catch {
    // A frame that went away, or one the browser keeps scripts out of.
    return false;
  }
}
