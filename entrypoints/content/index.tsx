import './style.css';
import { createRequestChannel } from '@/lib/protocol';
import { deepActiveElement, toEditableTarget, type EditableTarget } from '@/lib/editors/editable';
import { nativeFieldAdapter } from '@/lib/editors/native-field';
import { contentEditableAdapter } from '@/lib/editors/contenteditable';
import { attachSuggestionController } from '@/lib/content/suggestion-controller';
import { createSuggestionOverlay } from '@/lib/content/suggestion-overlay';
import { isActiveOn, siteOf, watchSiteSettings } from '@/lib/site-settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Rich editors in office systems (KindEditor, CKEditor 4, UEditor, TinyMCE) edit a
  // src-less iframe: the script must run there too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const site = siteOf(self.origin);
    const request = createRequestChannel();
    let session: AbortController | null = null;
    let sessionElement: HTMLElement | null = null;
    let pick: (index: number) => void = () => {};
    const overlay = createSuggestionOverlay(ctx, (index) => pick(index));

    const stopSession = () => {
      session?.abort();
      session = null;
      sessionElement = null;
    };
    const startSession = (target: EditableTarget) => {
      if (sessionElement === target.element) return; // focus moved inside the same editor
      stopSession();
      session = new AbortController();
      sessionElement = target.element;
      const adapter =
        target.kind === 'native' ? nativeFieldAdapter(target.element) : contentEditableAdapter(target.element);
      attachSuggestionController(
        target.element,
        {
          adapter,
          view: overlay,
          fetchSuggestions: async (before) => (await request({ type: 'suggest', before })).suggestions,
          onAccepted: (suggestion) =>
            void request({ type: 'recordUse', id: suggestion.id, charsSaved: suggestion.insert.length }).catch(() => {}),
          setPicker: (picker) => (pick = picker),
        },
        session.signal,
      );
    };

    // The pause and the per-site switch apply at once, in pages already open.
    const settings = await watchSiteSettings(() => followFocus());
    function followFocus() {
      const target = isActiveOn(settings.current(), site) ? toEditableTarget(deepActiveElement(document)) : null;
      if (target) startSession(target);
      else stopSession();
    }
    ctx.addEventListener(document, 'focusin', followFocus, { capture: true });
    followFocus(); // a field may already have the focus when the script arrives
    ctx.onInvalidated(() => {
      stopSession();
      settings.stop();
    });
  },
});
