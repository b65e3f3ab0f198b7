import './style.css';
import { createRequestChannel } from '@/lib/protocol';
import { createSuggestionOverlay } from '@/lib/content/suggestion-overlay';
import { createPaletteOverlay } from '@/lib/content/palette-overlay';
import { paletteText } from '@/lib/content/palette-text';
import { followFocus, type FocusFollower } from '@/lib/content/focus-follower';
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
    let pick: (index: number) => void = () => {};
    let follower: FocusFollower | null = null;
    const palette = createPaletteOverlay(ctx);
    // All settings in one round trip to storage: until they arrive nothing is attached.
    const [profile, typing, language, settings] = await Promise.all([
      watchValue(profileItem, EMPTY_PROFILE),
      watchValue(typingSettingsItem, DEFAULT_TYPING_SETTINGS),
      watchValue(languageItem, 'auto' as Language),
      // The pause and the per-site switch apply at once, in pages already open.
      watchSiteSettings(() => follower?.follow()),
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
    follower = followFocus(ctx, services, () => isActiveOn(settings.current(), site));
    ctx.onInvalidated(() => {
      settings.stop();
      profile.stop();
      language.stop();
      typing.stop();
    });
  },
});
