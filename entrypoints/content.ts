import { watchForEditor } from '@/lib/content/editor-loader';

// Runs in every frame; a few kilobytes that bring in the editor script only where an
// editable field gets the focus (lib/content/editor-loader.ts, #19). Not in the Firefox
// build: there the editor script is the manifest's content script itself (see
// entrypoints/editor.content), because Firefox's tabs.executeScript needs host permissions
// that build keeps optional (asked for per server by a bank subscription, #16).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Rich editors in office systems (KindEditor, CKEditor 4, UEditor, TinyMCE) edit a
  // src-less iframe: the script must run there too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  exclude: ['firefox'],
  main: (ctx) => watchForEditor(ctx),
});
