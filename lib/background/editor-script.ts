// Runs the editor script in one frame when the small script there saw an editable field get
// the focus (lib/content/editor-loader.ts, #19). Chromium only: its scripting API needs no
// more than the host access the content scripts already have. The Firefox build lists the
// editor script in its manifest instead (entrypoints/editor.content).
import { browser } from 'wxt/browser';

export const EDITOR_SCRIPT_FILE = '/content-scripts/editor.js';

export type EditorScriptSender = { id?: string; tab?: { id?: number }; frameId?: number };

/** Whether the editor script now runs in the sender's frame. */
export async function runEditorScript(sender: EditorScriptSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (sender.id !== browser.runtime.id || tabId === undefined || !scripting) return false;
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [EDITOR_SCRIPT_FILE] });
    return true;
  } catch {
    // A frame that went away, or one the browser keeps scripts out of.
    return false;
  }
}
