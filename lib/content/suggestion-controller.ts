// Drives inline suggestions for one focused editable: asks for suggestions after each
// real (non-composing) edit, shows them, and handles the keyboard contract
// (Tab accepts; ↑/↓ move; Esc closes; Enter accepts only after moving).
import type { EditorAdapter } from '../editors/adapter';
import type { Suggestion } from '../engine/types';

export type SuggestionView = {
  show(suggestions: Suggestion[], activeIndex: number, caret: DOMRect): void;
  hide(): void;
};

export type ControllerDeps = {
  adapter: EditorAdapter;
  view: SuggestionView;
  fetchSuggestions: (before: string) => Promise<Suggestion[]>;
  onAccepted: (suggestion: Suggestion) => void;
  /** Hands the view a way to accept a suggestion by pointer. */
  setPicker: (pick: (index: number) => void) => void;
};

/** Keys that an IME uses while composing: the keydown then reports keyCode 229. */
const IME_PROCESS_KEY = 229;

export function attachSuggestionController(target: HTMLElement, deps: ControllerDeps, signal: AbortSignal): void {
  let suggestions: Suggestion[] = [];
  let activeIndex = 0;
  let movedByUser = false;
  let composing = false;
  let requestSeq = 0;

  const close = () => {
    suggestions = [];
    deps.view.hide();
  };

  const refresh = async () => {
    const seq = ++requestSeq;
    const before = deps.adapter.textBeforeCaret();
    if (!before) return close();
    const found = await deps.fetchSuggestions(before).catch(() => [] as Suggestion[]);
    // A newer keystroke has asked since: its answer wins.
    if (seq !== requestSeq || composing) return;
    const caret = deps.adapter.caretRect();
    if (found.length === 0 || !caret) return close();
    suggestions = found;
    activeIndex = 0;
    movedByUser = false;
    deps.view.show(suggestions, activeIndex, caret);
  };

  const accept = (index: number) => {
    const suggestion = suggestions[index];
    close();
    if (!suggestion) return;
    requestSeq++; // drop any answer still on its way for the text before this insertion
    if (deps.adapter.replaceBeforeCaret(suggestion.replace, suggestion.insert)) deps.onAccepted(suggestion);
  };

  const move = (delta: number) => {
    activeIndex = (activeIndex + delta + suggestions.length) % suggestions.length;
    movedByUser = true;
    const caret = deps.adapter.caretRect();
    if (caret) deps.view.show(suggestions, activeIndex, caret);
  };

  deps.setPicker(accept);
  const options = { capture: true, signal };
  target.addEventListener('compositionstart', () => {
    composing = true;
    close();
  }, options);
  // Chrome sends the last composing `input` before `compositionend` and no plain `input`
  // after it, so the end of a composition is where the IME's text is final.
  target.addEventListener('compositionend', () => {
    composing = false;
    void refresh();
  }, options);
  target.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing || composing) return;
    void refresh();
  }, options);
  target.addEventListener('keydown', (event) => {
    if (event.isComposing || event.keyCode === IME_PROCESS_KEY || composing) return;
    if (suggestions.length === 0) return;
    const handled = handleKey(event.key, event);
    if (handled) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, options);
  target.addEventListener('blur', close, options);
  target.addEventListener('mousedown', close, options);
  signal.addEventListener('abort', close);

  function handleKey(key: string, event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.altKey || event.metaKey) return false;
    switch (key) {
      case 'Tab':
        if (event.shiftKey) return false;
        accept(activeIndex);
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
        accept(activeIndex);
        return true;
      default:
        return false;
    }
  }
}
