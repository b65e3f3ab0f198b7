// The small script (#19), in the top frame and in any child frame the focus went into: it watches, for a few kilobytes, whether an
// editable field gets the focus, and only then (and only where Juku is on) asks the
// background to run the editor script (the list, the palette, the check and every editor
// adapter) in this frame. Frames that never see an editor focused pay for nothing else.
// The background injects the file with the scripting API rather than the page importing it:
// no web-accessible script a page could probe, and no permission beyond the content
// scripts' sites, which the extension already has.
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { DISABLED_SITES_KEY, PAUSED_KEY, isActiveOn, siteOf } from '../site-rules';
import { EARLY_EVENTS_KEPT, newLoaderState } from './loader-state';
import { isCheckShortcut, isPaletteShortcut } from './page-messages';
import { looksHidden } from '../editors/hidden-field';
import { reportFocusInChildFrame, watchFocusLeaving } from './frame-focus';

const EARLY_EVENT_TYPES = ['keydown', 'beforeinput', 'input', 'compositionstart', 'compositionend', 'paste'];

/** The request the background answers by running the editor script in the sender's frame. */
export const START_EDITOR_SCRIPT = 'startEditorScript';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel']);

/** The focused element, looking into open shadow roots (editors inside web components). */
function deepActiveElement(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Whether the editor script could attach to this element: a wide net; it decides itself
 * (and never activates in password or payment fields). */
export function mayBeEditor(element: Element | null): boolean {
  if (!element) return false;
  if (element.localName === 'textarea') return true;
  if (element.localName === 'input') return TEXT_INPUT_TYPES.has((element as HTMLInputElement).type);
  return (element as HTMLElement).isContentEditable === true;
}

export function watchForEditor(ctx: ContentScriptContext): void {
  const state = newLoaderState();
  const site = siteOf(self.origin);
  let started: Promise<boolean> | null = null;

  const allowedHere = async () => {
    const stored = await browser.storage.local.get([PAUSED_KEY, DISABLED_SITES_KEY]);
    return isActiveOn({ paused: stored[PAUSED_KEY] === true, disabledSites: (stored[DISABLED_SITES_KEY] as string[] | undefined) ?? [] }, site);
  };
  const start = () =>
    (started ??= allowedHere()
      // (The background may have brought the editor script in with this one: frame-watchers.ts.)
      .then((allowed) => allowed && (state.arrived || browser.runtime.sendMessage({ type: START_EDITOR_SCRIPT }).then((reply) => (reply as { ok?: boolean } | undefined)?.ok === true)))
      .then((ok) => {
        // Not allowed here now, or the background could not run it: try again on the next focus.
        if (!ok) started = null;
        return ok;
      })
      .catch(() => {
        started = null;
        return false;
      }));

  let loaded = false;
  const look = () => {
    const field = deepActiveElement();
    if (loaded || state.started || state.arrived || ctx.isInvalid || !mayBeEditor(field)) return;
    // How the field looks now, before the writer types: an editor may show its hidden input
    // while an IME composes (Ace), and the editor script may arrive during that composition.
    if (field instanceof HTMLElement && looksHidden(field)) state.hiddenAtFocus.add(field);
    state.typedBeforeStart = false;
    void start()?.then((ok) => (loaded = ok));
  };
  // Until the editor script runs, the writer's input in the focused field is kept for it.
  const typed = (event: Event) => {
    if (state.started || !(event.isTrusted || event.type === 'compositionend')) return;
    const field = deepActiveElement();
    if (!field || !mayBeEditor(field)) return;
    // beforeinput too: an editor that applies typing from its own model cancels it, and then
    // no input event follows (the writer typed all the same).
    if (event.type === 'input' || event.type === 'beforeinput' || event.type === 'compositionend') {
      state.typedBeforeStart = true;
      state.lastInputAt = performance.now();
      state.lastInputType = event.type === 'compositionend' ? 'insertCompositionText' : ((event as InputEvent).inputType ?? '');
    }
    if (event.type === 'compositionstart') state.composing = true;
    else if (event.type === 'compositionend') state.composing = false;
    // The palette's and the check's own keys, pressed before the editor script was ready.
    if (event.type === 'keydown' && event.isTrusted) {
      const key = event as KeyboardEvent;
      if (isPaletteShortcut(key)) state.pending.push({ type: 'openPalette' });
      else if (isCheckShortcut(key)) state.pending.push({ type: 'checkWording', from: 'command' });
    }
    if (state.early.length < EARLY_EVENTS_KEPT) state.early.push({ target: field, event });
  };
  const listen = () => {
    // On the window, where focus and input events arrive from every node and shadow root.
    window.addEventListener('focusin', look, { capture: true, signal: ctx.signal });
    for (const type of EARLY_EVENT_TYPES) window.addEventListener(type, typed, { capture: true, signal: ctx.signal });
  };
  listen();
  // document.open() drops the listeners: put them back when the document is rewritten.
  const rewritten = new MutationObserver(listen);
  rewritten.observe(document, { childList: true });
  ctx.onInvalidated(() => rewritten.disconnect());

  // Juku switched back on (the popup's switches) while an editor has the focus: bring it in now.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (PAUSED_KEY in changes || DISABLED_SITES_KEY in changes)) look();
  };
  browser.storage.onChanged.addListener(onStorage);

  // A command for a focused editor that came before the editor script: kept for it.
  const onMessage = (message: unknown) => {
    if (state.started || ctx.isInvalid || !document.hasFocus() || !mayBeEditor(deepActiveElement())) return;
    state.pending.push(message);
    look();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension was reloaded: its API is gone, and so is the listener.
    }
  });
  // The focus going into a child frame: the background runs this script there (#19).
  watchFocusLeaving(ctx, deepActiveElement, reportFocusInChildFrame);

  look(); // an editor may already have the focus when the page finished loading
  // In a child frame this script arrives once the focus is already in it (frame-focus.ts):
  // the writer may have typed meanwhile, unseen, so the editor script looks once at the text.
  if (window !== window.top && started) state.typedBeforeStart = true;
}
