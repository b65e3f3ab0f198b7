import './style.css';
import { browser } from 'wxt/browser';
import { createRequestChannel } from '@/lib/protocol';
import { deepActiveElement, toEditableTarget } from '@/lib/editors/editable';
import { createSuggestionOverlay } from '@/lib/content/suggestion-overlay';
import { createPaletteOverlay, PALETTE_HOST } from '@/lib/content/palette-overlay';
import { paletteText } from '@/lib/content/palette-text';
import { startEditorSession, type EditorSession } from '@/lib/content/editor-session';
import { isPaletteShortcut, pageMessageOf, type InsertIntoPageReply } from '@/lib/content/page-messages';
import { isActiveOn, siteOf, watchSiteSettings } from '@/lib/site-settings';
import { watchValue } from '@/lib/content/watch-value';
import { EMPTY_PROFILE, profileItem } from '@/lib/profile';
import { languageItem, resolveLocale, type Language } from '@/lib/i18n';
import { DEFAULT_TYPING_SETTINGS, typingSettingsItem } from '@/lib/typing-settings';

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
    let session: { controller: AbortController; editor: EditorSession } | null = null;
    let pick: (index: number) => void = () => {};
    const palette = createPaletteOverlay(ctx);
    // All settings in one round trip to storage: until they arrive nothing is attached.
    const [profile, typing, language, settings] = await Promise.all([
      watchValue(profileItem, EMPTY_PROFILE),
      watchValue(typingSettingsItem, DEFAULT_TYPING_SETTINGS),
      watchValue(languageItem, 'auto' as Language),
      // The pause and the per-site switch apply at once, in pages already open.
      watchSiteSettings(() => followFocus()),
    ]);
    // The language chosen on the options page; 'auto' follows the writer's browser.
    const text = () => paletteText(resolveLocale(language.current(), navigator.language));
    const suggestions = createSuggestionOverlay(ctx, (index) => pick(index), text);
    const services = {
      ctx,
      request,
      suggestions,
      setPicker: (picker: (index: number) => void) => (pick = picker),
      palette,
      paletteText: text,
      profile: profile.current,
      paletteTriggers: () => typing.current().paletteTriggers,
      minChars: () => typing.current().minChars,
    };

    const stopSession = () => {
      session?.controller.abort();
      session = null;
      palette.close();
    };
    function followFocus() {
      // The palette's own search box is ours, not the writer's editor.
      if (document.activeElement?.localName === PALETTE_HOST) return;
      const active = deepActiveElement(document);
      const target = isActiveOn(settings.current(), site) ? toEditableTarget(active) : null;
      if (target && session?.editor.element === target.element) return; // focus moved inside the same editor
      stopSession();
      if (!target) return;
      const controller = new AbortController();
      session = { controller, editor: startEditorSession(target, services, controller.signal) };
    }
    // Alt+J: the extension command (rebindable) reaches us as a message; the same keys are
    // also caught here, where commands do not arrive (pages in some frames, other browsers).
    const onKeyDown = (event: KeyboardEvent) => {
      if (!session || !isPaletteShortcut(event) || palette.isOpen) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      session.editor.openPalette();
    };
    const listenToPage = () => {
      // Adding the same listener twice is a no-op, so this can run again safely.
      document.addEventListener('focusin', followFocus, { capture: true, signal: ctx.signal });
      window.addEventListener('keydown', onKeyDown, { capture: true, signal: ctx.signal });
    };
    listenToPage();
    // Editors that write their iframe's document (document.open, as KindEditor and CKEditor
    // 4 do) erase every listener on it, possibly after we arrived; a mutation observer
    // survives that, and puts the listeners back.
    const rewritten = new MutationObserver(() => {
      listenToPage();
      followFocus();
    });
    rewritten.observe(document, { childList: true });
    followFocus(); // a field may already have the focus when the script arrives

    const onMessage = (raw: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
      const message = pageMessageOf(raw);
      if (!message || !session) return;
      if (message.type === 'openPalette') {
        // Every frame hears the command; the one whose editor has the focus opens.
        if (document.hasFocus()) session.editor.openPalette();
        return;
      }
      // The popup has the focus now: the frame that last had an editor's focus answers.
      void session.editor.insertText(message.text).then((outcome) => reply({ outcome } satisfies InsertIntoPageReply));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      rewritten.disconnect();
      browser.runtime.onMessage.removeListener(onMessage);
      stopSession();
      settings.stop();
      profile.stop();
      language.stop();
      typing.stop();
    });
  },
});
