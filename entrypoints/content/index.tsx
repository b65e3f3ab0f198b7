import './style.css';
import { sendRequest } from '@/lib/protocol';
import { deepActiveElement, toEditableTarget, type EditableTarget } from '@/lib/editors/editable';
import { nativeFieldAdapter } from '@/lib/editors/native-field';
import { contentEditableAdapter } from '@/lib/editors/contenteditable';
import { attachSuggestionController } from '@/lib/content/suggestion-controller';
import { createSuggestionOverlay } from '@/lib/content/suggestion-overlay';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    let session: AbortController | null = null;
    let pick: (index: number) => void = () => {};
    const overlay = createSuggestionOverlay(ctx, (index) => pick(index));

    const startSession = (target: EditableTarget) => {
      session?.abort();
      session = new AbortController();
      const adapter =
        target.kind === 'native' ? nativeFieldAdapter(target.element) : contentEditableAdapter(target.element);
      attachSuggestionController(
        target.element,
        {
          adapter,
          view: overlay,
          fetchSuggestions: async (before) => (await sendRequest({ type: 'suggest', before })).suggestions,
          onAccepted: (suggestion) =>
            void sendRequest({ type: 'recordUse', id: suggestion.id, charsSaved: suggestion.insert.length }).catch(
              () => {},
            ),
          setPicker: (picker) => (pick = picker),
        },
        session.signal,
      );
    };

    const followFocus = () => {
      const target = toEditableTarget(deepActiveElement(document));
      if (target) return startSession(target);
      session?.abort();
      session = null;
    };
    ctx.addEventListener(document, 'focusin', followFocus, { capture: true });
    followFocus(); // a field may already have the focus when the script arrives
    ctx.onInvalidated(() => session?.abort());
  },
});
