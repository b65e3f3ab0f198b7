import './style.css';
import { startSuggestions } from '@/lib/content/start-suggestions';
import { siteOf } from '@/lib/site-settings';

// The editor script: the list, the palette, the check and the editor adapters. In Chromium
// it is not in the manifest: the small script (entrypoints/content.ts: the top frame, and a
// child frame once the focus goes into it) has the background run this one in a frame once
// an editable field there gets the focus (#19).
// In Firefox it is the manifest's content script, in every frame as before #19: injecting
// it there would take host permissions the Firefox build does not hold.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: { chrome: 'runtime', edge: 'runtime', firefox: 'manifest' },
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT tells an older copy of the script that a newer one started (after an update) with a
  // DOM event, and by default also with window.postMessage, which every script of the page
  // hears, the extension's id in it: a page could tell Juku is installed. The event is enough.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'ui',
  main: (ctx) => startSuggestions(ctx, siteOf(self.origin)),
});
