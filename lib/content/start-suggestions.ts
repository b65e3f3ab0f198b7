// Everything the content script runs in a page: the settings it watches, the inline list,
// the palette, and the focus follower that attaches them to whichever editor has the
// focus. The welcome page's try-it box runs the same, in its own page.
import type { ContentScriptContext } from '#imports';
import { createRequestChannel } from '../protocol';
import { createSuggestionOverlay } from './suggestion-overlay';
import { createPaletteOverlay } from './palette-overlay';
import { createCheckOverlay } from './check-overlay';
import { paletteText } from './palette-text';
import { followFocus, type FocusFollower } from './focus-follower';
import { markEditorArrived } from './loader-state';
import { isActiveOn, watchSiteSettings } from '../site-settings';
import { watchValue } from './watch-value';
import { EMPTY_PROFILE, profileItem } from '../profile';
import { languageItem, resolveLocale, type Language } from '../i18n';
import { DEFAULT_TYPING_SETTINGS, typingSettingsItem } from '../typing-settings';
import { quietly } from './after-invalidation';
import type { Rule } from '../check/rules';
import { writerRulesItem, type StoredRuleFile } from '../check/writer-rules-item';

export async function startSuggestions(ctx: ContentScriptContext, site: string): Promise<void> {
  // The small script keeps the writer's input until followFocus takes it, but asks for no
  // second copy of this script from now on (lib/content/loader-state.ts).
  markEditorArrived();
  const request = createRequestChannel();
  let pick: (index: number) => void = () => {};
  let follower: FocusFollower | null = null;
  const palette = createPaletteOverlay(ctx);
  // All settings in one round trip to storage: until they arrive nothing is attached.
  const [profile, typing, language, ruleFiles, settings] = await Promise.all([
    watchValue(profileItem, EMPTY_PROFILE),
    watchValue(typingSettingsItem, DEFAULT_TYPING_SETTINGS),
    watchValue(languageItem, 'auto' as Language),
    watchValue(writerRulesItem, [] as StoredRuleFile[]),
    // The pause and the per-site switch apply at once, in pages already open.
    watchSiteSettings(() => follower?.follow()),
  ]);
  // The language chosen on the options page; 'auto' follows the writer's browser.
  let merged: { files: unknown; rules: Promise<readonly Rule[]> } | null = null;
  const text = () => paletteText(resolveLocale(language.current(), navigator.language));
  const suggestions = createSuggestionOverlay(ctx, (index) => pick(index), text);
  const services = {
    ctx,
    request,
    suggestions,
    setPicker: (picker: (index: number) => void) => (pick = picker),
    palette,
    check: createCheckOverlay(ctx),
    paletteText: text,
    profile: profile.current,
    paletteTriggers: () => typing.current().paletteTriggers,
    minChars: () => typing.current().minChars,
    wordingRules: () => {
      // From the background, which validates and merges them (no page loads the rule
      // schemas, #19): asked at the first check and again once the writer's files change.
      const files = ruleFiles.current();
      if (merged?.files !== files) {
        const asked = { files, rules: request({ type: 'wordingRules' }).then((reply): readonly Rule[] => reply.rules) };
        // A failed ask is not kept: the next check asks again.
        asked.rules.catch(() => merged === asked && (merged = null));
        merged = asked;
      }
      return merged.rules;
    },
  };
  follower = followFocus(ctx, services, () => isActiveOn(settings.current(), site));
  ctx.onInvalidated(() => {
    for (const watched of [settings, profile, language, typing, ruleFiles]) quietly(watched.stop);
  });
}
