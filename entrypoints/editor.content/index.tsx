import './style.css';
import { startSuggestions } from '@/lib/content/start-suggestions';
import { siteOf } from '@/lib/site-settings';

// The editor script: the list, the palette, the check and the editor adapters. Not in the
// manifest: the small script every frame runs (entrypoints/content.ts) has the background
// run this one in a frame once an editable field there gets the focus (#19).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main: (ctx) => startSuggestions(ctx, siteOf(self.origin)),
});
