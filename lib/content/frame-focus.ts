// The focus going into a child frame (#19). The small script runs in the top frame only, so
// the frames of an office system's page (menus, lists, notices) run nothing of Juku's until
// the writer's focus enters one of them. A frame cannot see into its child frames (they may
// be of another origin) and has no id to name one by, so it only tells the background that
// the focus went into a child frame; the background finds the focused frame and runs the
// small script there (lib/background/frame-watchers.ts), which from then on watches that
// frame and its own child frames in the same way.
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';

/** The request the background answers by running the small script in the focused frame. */
export const FOCUS_IN_CHILD_FRAME = 'focusInChildFrame';

/** Whether `element` holds another document the focus can go into. */
export function isFrameElement(element: Element | null): boolean {
  const name = element?.localName;
  return name === 'iframe' || name === 'frame' || name === 'object' || name === 'embed';
}

/**
 * Calls `report` when the focus may have gone into a frame that does not run the small
 * script yet: this window's blur, when the frame element is then its active element (the
 * focus went into a child frame), or in a child frame itself (the focus may have gone to a
 * sibling frame, which the parent does not see: its active element just changes from one
 * frame element to another, with no event). Every frame the focus was in runs the small
 * script by then, so each move of the focus into a new frame is seen by some frame's blur.
 * The top frame losing the focus to another tab or window reports nothing.
 */
export function watchFocusLeaving(ctx: ContentScriptContext, activeElement: () => Element | null, report: () => void): void {
  const inChildFrame = window !== window.top;
  window.addEventListener(
    'blur',
    (event) => {
      if (event.target !== window || !event.isTrusted) return;
      if (inChildFrame || isFrameElement(activeElement())) report();
    },
    { signal: ctx.signal },
  );
  // A child frame may have the focus when the page has just loaded (an autofocused field).
  if (document.hasFocus() && isFrameElement(activeElement())) report();
}

/** Asks the background to look for a frame that has the focus and lacks the small script. */
export function reportFocusInChildFrame(): void {
  browser.runtime.sendMessage({ type: FOCUS_IN_CHILD_FRAME }).catch(() => {
    // The extension was reloaded or updated: nothing to bring in now.
  });
}
