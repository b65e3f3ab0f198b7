// After an update or a reload, Chromium leaves the pages that were open with the old content
// script, cut off from the new background, and gives them no new one (#15): the writer would
// have to reload every OA tab, losing what they typed. So the background runs the manifest's
// content scripts again in every open http(s) tab; the old copy sees the new one start and
// stops (WXT's content-script context invalidates it), so there is never a second list or a
// key captured twice. Firefox injects into open tabs by itself and has no `scripting` here.
import { browser } from 'wxt/browser';
import { SMALL_SCRIPT_FILE } from './frame-watchers';

/** Runs the content scripts in the open tabs; returns in how many tabs they started. */
export async function reinjectContentScripts(): Promise<number> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return 0;
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const tabs = await browser.tabs.query({});
  let started = 0;
  for (const tab of tabs) {
    // Without the tabs permission the URL is hidden: every tab is tried, and the browser
    // refuses the ones the content scripts do not match (its own pages, the web store).
    if (tab.id === undefined || (tab.url !== undefined && !/^https?:/.test(tab.url))) continue;
    for (const script of scripts) {
      if (!script.js?.length) continue;
      const ran = await scripting
        .executeScript({ target: { tabId: tab.id, allFrames: script.all_frames ?? false }, files: script.js as never })
        .then(() => true)
        // A tab the browser keeps scripts out of (the web store, an error page): skipped.
        .catch(() => false);
      if (ran) started++;
    }
    // The small script runs in the top frame from the manifest, and in child frames where the
    // focus went (frame-watchers.ts, #19): those frames get the new one too.
    if (tab.id !== undefined) await runSmallScriptAgainInFrames(scripting, tab.id);
  }
  return started;
}

/** Run in every frame: whether an earlier copy of the small script ran in this child frame. */
function ranSmallScriptBefore(): boolean {
  return window !== window.top && Boolean((globalThis as Record<string, unknown>).__jukuEditorLoader);
}

async function runSmallScriptAgainInFrames(scripting: typeof browser.scripting, tabId: number): Promise<void> {
  try {
    const looked = await scripting.executeScript({ target: { tabId, allFrames: true }, func: ranSmallScriptBefore });
    const frameIds = looked.filter((frame) => frame.result === true).map((frame) => frame.frameId);
    if (frameIds.length > 0) await scripting.executeScript({ target: { tabId, frameIds }, files: [SMALL_SCRIPT_FILE] });
  } catch {
    // A tab the browser keeps scripts out of, or one that went away meanwhile.
  }
}
