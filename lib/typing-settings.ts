// How the content script reacts to typing: the palette triggers and how many typed
// characters start inline suggestions. Edited on the options page.
import { storage } from '#imports';

export type TypingSettings = { paletteTriggers: boolean; minChars: number };

export const DEFAULT_TYPING_SETTINGS: TypingSettings = { paletteTriggers: true, minChars: 2 };

export const typingSettingsItem = storage.defineItem<TypingSettings>('local:typingSettings', {
  fallback: DEFAULT_TYPING_SETTINGS,
});
