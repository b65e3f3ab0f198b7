// Drives inline suggestions for one focused editable: asks for suggestions after each
// real (non-composing) edit, shows them, and handles the keyboard contract, the same in
// every editor: Tab accepts the highlighted suggestion (the first by default); ↓/↑ move;
// Esc closes until the text changes; Enter accepts only after moving; a click accepts.
import { isDialogHost } from './dialog-hosts';
import { composingBeforeStart, lastInputBeforeStart } from './loader-state';
import type { EditorAdapter } from '../editors/adapter';
import type { Suggestion } from '../engine/types';
import { carryForward } from './typed-ahead';

export type SuggestionView = {
  show(suggestions: Suggestion[], activeIndex: number, caret: DOMRect): void;
  hide(): void;
  /** A short message near the caret (e.g. 「已复制，请按 Ctrl+V 粘贴」). */
  notify(message: string, caret: DOMRect | null): void;
};

export type ControllerDeps = {
  adapter: EditorAdapter;
  view: SuggestionView;
  fetchSuggestions: (before: string) => Promise<Suggestion[]>;
  onAccepted: (suggestion: Suggestion) => void;
  /** Hands the view a way to accept a suggestion by pointer. */
  setPicker: (pick: (index: number) => void) => void;
  /**
   * Sees the text before the caret after each real edit first; returning true takes the
   * edit over (the palette trigger 「//」) and no suggestions are asked for. `typed` says the
   * edit was typing (keys or an IME), not an undo, a deletion or a paste.
   */
  interceptEdit?: (before: string, lastEditAt: number, typed: boolean) => boolean;
  /** Fewer typed characters than this in the paragraph ask for nothing. */
  minChars?: () => number;
  /** 「已复制，请按 Ctrl+V 粘贴」 in the interface language. */
  copiedMessage: () => string;
  /**
   * Hands over a function to call when the text before the caret changed with no input
   * event to say so (a hidden input's record, issue #18: a Backspace the editor took
   * itself, a click on its canvas).
   */
  listenEdits?: (edited: () => void) => void;
};

/** Keys that an IME uses while composing: the keydown then reports keyCode 229. */
const IME_PROCESS_KEY = 229;

/** Edits that are the writer typing: keys, or an IME committing its text. */
const TYPING: ReadonlySet<string> = new Set(['insertText', 'insertCompositionText']);


/** `lookNow` asks once for the text already before the caret (typed before Juku was ready). */
export function attachSuggestionController(target: HTMLElement, deps: ControllerDeps, signal: AbortSignal): { lookNow: () => void } {
  const view = target.ownerDocument.defaultView!;
  let suggestions: Suggestion[] = [];
  /** The text before the caret that `suggestions` apply to (see typed-ahead.ts). */
  let shownFor = '';
  let activeIndex = 0;
  let movedByUser = false;
  // Started in the middle of an IME composition (the editor script arrived during it): no
  // list until it ends, as if the controller had seen it begin.
  let composing = composingBeforeStart();
  let requestSeq = 0;
  // The writer's typing before the editor script arrived counts as the last edit: an
  // insertion right after it waits out the editor's undo-merge window all the same (Jodit).
  const early = lastInputBeforeStart();
  let lastEditAt = early.at;
  /** What the last edit was (InputEvent.inputType): only typing opens the palette. */
  let lastInputType = early.type;
  /** While our own insertion runs, the events it causes are not the writer's typing. */
  let inserting = false;

  const close = () => {
    if (suggestions.length === 0) return;
    suggestions = [];
    deps.view.hide();
  };

  const render = () => {
    const caret = deps.adapter.caretRect();
    if (caret) deps.view.show(suggestions, activeIndex, caret);
    else close();
  };

  /** The list as it applies to `now`, shown at once; closed when nothing of it does. */
  const carryTo = (now: string) => {
    if (suggestions.length === 0 || now === shownFor) return;
    const carried = carryForward(suggestions, shownFor, now);
    if (carried.length === 0) return close();
    suggestions = carried;
    shownFor = now;
    activeIndex = Math.min(activeIndex, carried.length - 1);
    render();
  };

  const refresh = async () => {
    const seq = ++requestSeq;
    const before = deps.adapter.textBeforeCaret();
    if (!before) return close();
    if (deps.interceptEdit?.(before, lastEditAt, TYPING.has(lastInputType))) return close();
    if (before.trim().length < (deps.minChars?.() ?? 1)) return close();
    // Until the new answer comes, the list shown follows what was typed since.
    carryTo(before);
    const found = await deps.fetchSuggestions(before).catch(() => [] as Suggestion[]);
    // A newer keystroke has asked since: its answer wins.
    if (seq !== requestSeq || composing || signal.aborted) return;
    if (found.length === 0) return close();
    suggestions = found;
    shownFor = before;
    activeIndex = 0;
    movedByUser = false;
    render();
  };

  const accept = async (index: number) => {
    // The writer may have typed on since the list was last brought up to date.
    const now = deps.adapter.textBeforeCaret() ?? '';
    const chosen = suggestions[index];
    const suggestion = chosen && (now === shownFor ? chosen : carryForward([chosen], shownFor, now)[0]);
    close();
    if (!suggestion) return;
    requestSeq++; // drop any answer still on its way for the text before this insertion
    inserting = true;
    let outcome;
    try {
      outcome = await deps.adapter.replaceBeforeCaret(suggestion.replace, suggestion.insert, lastEditAt);
    } finally {
      inserting = false;
    }
    if (outcome === 'inserted') deps.onAccepted(suggestion);
    else if (outcome === 'copied') deps.view.notify(deps.copiedMessage(), deps.adapter.caretRect());
  };

  const move = (delta: number) => {
    activeIndex = (activeIndex + delta + suggestions.length) % suggestions.length;
    movedByUser = true;
    render();
  };

  deps.setPicker((index) => void accept(index));
  deps.listenEdits?.(() => {
    if (inserting || composing) return;
    lastEditAt = performance.now();
    lastInputType = '';
    void refresh();
  });
  const onTarget = { capture: true, signal };
  target.addEventListener('compositionstart', (event) => {
    // A page's own script-made composition does not start one: it would drive the list.
    if (!event.isTrusted) return;
    composing = true;
    close();
  }, onTarget);
  // Chrome sends the last composing `input` before `compositionend` and no plain `input`
  // after it, so the end of a composition is where the IME's text is final. Chromium marks
  // untrusted the `compositionend` of a commit made through its input protocol (test
  // drivers, some IMEs), so an untrusted one counts only after a trusted start.
  target.addEventListener('compositionend', (event) => {
    if (!event.isTrusted && !composing) return;
    composing = false;
    lastEditAt = performance.now();
    lastInputType = 'insertCompositionText';
    void refresh();
  }, onTarget);
  target.addEventListener('input', (event) => {
    // Only the writer's edits ask for suggestions: an input event made by a script (the
    // one that makes TinyMCE record an undo level before an insertion, or a page's own)
    // is not typing, and would bring up a list for the text as it was before it.
    if (inserting || !event.isTrusted) return;
    lastEditAt = performance.now();
    lastInputType = (event as InputEvent).inputType ?? '';
    if ((event as InputEvent).isComposing || composing) return;
    void refresh();
  }, onTarget);
  // Editors that apply typing to their own model (Slate, Lexical, Draft.js) cancel the
  // `beforeinput` event, and then no `input` event follows: look once they have rendered.
  view.addEventListener('beforeinput', (event) => {
    if (inserting || !event.defaultPrevented || composing || (event as InputEvent).isComposing || !isInside(event, target)) return;
    lastEditAt = performance.now();
    lastInputType = (event as InputEvent).inputType;
    view.requestAnimationFrame(() => void refresh());
  }, { signal });
  target.addEventListener('blur', close, onTarget);
  target.addEventListener('mousedown', close, onTarget);
  // Keys are taken at the window, in the capture phase, before any of the page's own
  // handlers: editors bind Tab (indent) and the arrows on their editable element.
  // Only the writer's keys: a page's script-made Tab must not take a row for them.
  view.addEventListener('keydown', (event) => {
    if (!event.isTrusted || suggestions.length === 0 || !isInside(event, target)) return;
    if (event.isComposing || event.keyCode === IME_PROCESS_KEY || composing) return;
    if (handleKey(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      swallowed.add(event.code || event.key);
    }
  }, { capture: true, signal });
  // The page never saw the keydown of a key Juku took, so it does not see its keyup either:
  // editors that act on keyup (medium-editor formats its block on any keyup) would change
  // the text right after an insertion, and one Ctrl+Z would find that change instead.
  const swallowed = new Set<string>();
  view.addEventListener('keyup', (event) => {
    if (!swallowed.delete(event.code || event.key)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }, { capture: true, signal });
  // The list follows the caret when the page or a scrolling container moves.
  view.addEventListener('scroll', () => suggestions.length > 0 && render(), { capture: true, passive: true, signal });
  view.addEventListener('resize', () => suggestions.length > 0 && render(), { passive: true, signal });
  signal.addEventListener('abort', close);

  function handleKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.altKey || event.metaKey) return false;
    switch (event.key) {
      case 'Tab':
        if (event.shiftKey) return false;
        void accept(activeIndex);
        return true;
      case 'ArrowDown':
        move(1);
        return true;
      case 'ArrowUp':
        move(-1);
        return true;
      case 'Escape':
        close();
        return true;
      case 'Enter':
        if (!movedByUser) return false;
        void accept(activeIndex);
        return true;
      default:
        return false;
    }
  }
  return { lookNow: () => void (composing || refresh()) };
}

/**
 * Whether a key event comes from inside the editable (its target may be a shadow host),
 * and not from our own palette or check list: in a document in design mode (KindEditor, UEditor) the
 * editable is the whole <html>, the palette's host included, and its search box's Escape
 * would close a stale list instead of the palette.
 */
function isInside(event: Event, target: HTMLElement): boolean {
  const path = event.composedPath();
  return path.includes(target) && !path.some(isDialogHost);
}
