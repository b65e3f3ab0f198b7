import { watchForEditor } from '@/lib/content/editor-loader';

// The small script (#19): a few kilobytes that bring in the editor script only where an
// editable field gets the focus (lib/content/editor-loader.ts). The manifest runs it in the
// top frame only: an office system's page is built of frames, and a content script of any
// size costs every frame an isolated world (about 1.4 ms and 0.2 MB each, measured with an
// empty one). When the focus goes into a child frame, the background runs this same script
// there (lib/content/frame-focus.ts, lib/background/frame-watchers.ts), so rich editors that
// edit a src-less iframe (KindEditor, CKEditor 4, UEditor, TinyMCE) are served as before.
// Not in the Firefox build: there the editor script is the manifest's content script itself,
// in every frame (entrypoints/editor.content), because Firefox's tabs.executeScript needs
// host permissions that build keeps optional (asked for per server by a subscription, #16).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: false,
  runAt: 'document_idle',
  // WXT tells an older copy of the script that a newer one started (after an update) with a
  // DOM event, and by default also with window.postMessage, which every script of the page
  // hears, the extension's id in it: a page could tell Juku is installed. The event is enough.
  noScriptStartedPostMessage: true,
  exclude: ['firefox'],
  main: (ctx) => watchForEditor(ctx),
});
