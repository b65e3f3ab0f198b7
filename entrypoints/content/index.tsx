import './style.css';
import { startSuggestions } from '@/lib/content/start-suggestions';
import { siteOf } from '@/lib/site-settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Rich editors in office systems (KindEditor, CKEditor 4, UEditor, TinyMCE) edit a
  // src-less iframe: the script must run there too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startSuggestions(ctx, siteOf(self.origin)),
});
