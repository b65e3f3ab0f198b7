// The suggestion list's home in the page: a shadow root (page CSS cannot break it, it
// cannot break the page), created on first use so pages where nobody types pay nothing.
import { flushSync } from 'react-dom';
import type { ContentScriptContext } from '#imports';
import { lazyShadowUi } from './shadow-ui';
import type { PaletteText } from './palette-text';
import { SuggestionList } from '@/components/SuggestionList';
import type { Suggestion } from '../engine/types';
import type { SuggestionView } from './suggestion-controller';

/** How long a message such as 「已复制，请按 Ctrl+V 粘贴」 stays. */
const TOAST_MS = 3000;
/** Below this much room under the caret the list opens above it. */
const MIN_ROOM_BELOW = 220;

export function createSuggestionOverlay(ctx: ContentScriptContext, onPick: (index: number) => void, text: () => PaletteText): SuggestionView {
  const ui = lazyShadowUi(ctx, 'juku-suggestions');
  let visible = false;
  let toastTimer: number | undefined;

  return {
    show(suggestions: Suggestion[], activeIndex: number, caret: DOMRect) {
      visible = true;
      const above = window.innerHeight - caret.bottom < MIN_ROOM_BELOW && caret.top > MIN_ROOM_BELOW;
      const placement = { left: Math.max(0, caret.left), top: caret.top, bottom: caret.bottom };
      const words = text();
      void ui.get().then((mounted) => {
        if (!visible) return;
        // Rendered at once, not on React's scheduler: the list should reach the screen in
        // the frame the keystroke lands in.
        flushSync(() => mounted.render(
          <SuggestionList
            suggestions={suggestions}
            activeIndex={activeIndex}
            placement={placement}
            above={above}
            onPick={onPick}
            label={words.suggestions}
            hint={words.suggestionsHint}
            roles={words.roles}
            fromDocument={words.fromDocument}
          />,
        ));
      });
    },
    hide() {
      if (!visible) return;
      visible = false;
      ui.clear();
    },
    notify(message: string, caret: DOMRect | null) {
      visible = false;
      const left = Math.max(0, caret?.left ?? 16);
      const top = (caret?.bottom ?? 16) + 4;
      void ui.get().then((mounted) => {
        mounted.render(
          <div className="juku-panel juku-toast" role="status" style={{ left, top }}>
            {message}
          </div>,
        );
        window.clearTimeout(toastTimer);
        toastTimer = window.setTimeout(() => !visible && mounted.render(null), TOAST_MS);
      });
    },
  };
}
