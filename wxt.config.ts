import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// Only what the features need: no host permissions beyond the content script's matches,
// no network. The default bank is copied in as a file and read from the extension itself.
/** The sites the content scripts run on (entrypoints/content.ts and the editor script it brings in), and where a subscribed bank may
 * live: any http(s) server the writer names (one origin is asked for where not granted). */
const SUBSCRIPTION_ORIGINS = ['http://*/*', 'https://*/*'];
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

/**
 * jieba-wasm's web glue names its wasm with new URL(…, import.meta.url), which makes Vite emit
 * a second 4 MB copy. lib/segment-web.ts always passes the copied public asset's URL, so the
 * default is dead code: drop it and ship the wasm once.
 */
const jiebaWasmOnce = () => ({
  name: 'juku-jieba-wasm-once',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!id.includes('jieba-wasm/pkg/web/')) return null;
    return code.replace("new URL('jieba_rs_wasm_bg.wasm', import.meta.url)", 'undefined');
  },
});

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // jieba's WebAssembly needs wasm-unsafe-eval to compile in extension pages.
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    // storage: the pause and per-site switches; unlimitedStorage: the bank (years of the
    // writer's own wording) is never evicted when the disk runs low, and is not held to the
    // origin's quota (Chromium and Firefox alike; no prompt, no install warning); activeTab:
    // the popup learns the current tab's site when the user opens it; contextMenus:
    // 「加入句库」 on selected text. Nothing else.
    // scripting and host access to exactly the content scripts' sites (Chromium): after an
    // update or reload the content scripts run again in the tabs already open
    // (lib/background/reinject.ts). Chromium's scripting API needs the sites as host
    // permissions; they are the same sites the content scripts already run on, so the install
    // prompt says nothing new. Firefox injects into open tabs itself.
    // Firefox cannot make alarms optional (it is not among the permissions Firefox lets an
    // add-on request later: asking for it throws), and neither browser warns about it at
    // install: there it is asked for at install (the hourly check then finds nothing to do
    // until a subscription or sync is set up, and makes no request).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', ...(manifestVersion === 3 ? ['scripting'] : ['alarms'])],
    ...(manifestVersion === 3 ? { host_permissions: SUBSCRIPTION_ORIGINS } : {}),
    // A bank subscription (#16) asks, when the writer subscribes, for that one server's
    // origin (and alarms, for the checks on a schedule); nothing is granted before that.
    ...(manifestVersion === 3
      ? // The sites are granted already (host_permissions below): only alarms is optional.
        { optional_permissions: ['alarms'] }
      : { optional_permissions: SUBSCRIPTION_ORIGINS }),
    // Alt+J opens the palette, Alt+Shift+J checks the wording of the focused editor (issue
    // #17; not taken by Chrome or Firefox); the user can rebind both at
    // chrome://extensions/shortcuts.
    commands: {
      'open-palette': { suggested_key: { default: 'Alt+J' }, description: '__MSG_commandOpenPalette__' },
      'check-wording': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandCheckWording__' },
    },
    // Juku sends nothing anywhere: the bank stays in the browser (Firefox asks new add-ons
    // to say so; older versions ignore the key with a warning on about:debugging).
    browser_specific_settings: {
      gecko: { id: 'juku@juku.local', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
    },
  }),
  vite: () => ({
    plugins: [jiebaWasmOnce()],
    // The worker that reads and analyses the writer's files (lib/bank/learn-worker.ts) is
    // bundled on its own: it needs the same jieba treatment, and ES output for its imports.
    worker: { format: 'es' as const, plugins: () => [jiebaWasmOnce()] },
  }),
  hooks: {
    // WXT lists a runtime-registered content script's sites (Chromium's editor script, #19)
    // as permissions. Chromium has them already (host_permissions); in Firefox they would
    // grant every site at install, where a subscription is to ask for its one server (#16).
    // The Firefox build has the editor script in its manifest instead (its tabs.executeScript
    // would need those permissions), so none is needed there: any listed are left out.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.manifestVersion !== 2) return;
      // (Added as host_permissions here; WXT moves them into MV2's permissions afterwards.)
      delete manifest.host_permissions;
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('assets/default-bank.json'), relativeDest: 'default-bank.json' });
      // jieba for extension pages (lib/segment-web.ts), fetched from the extension itself.
      files.push({ absoluteSrc: resolve('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm'), relativeDest: 'jieba_rs_wasm_bg.wasm' });
      // pdf.js's CMaps and standard fonts for the learning worker (lib/formats/pdfjs-web.ts):
      // a Chinese PDF in a non-embedded font with a predefined CMap gives no text without them.
      for (const folder of ['cmaps', 'standard_fonts']) {
        for (const name of readdirSync(resolve('node_modules/pdfjs-dist', folder))) {
          files.push({ absoluteSrc: resolve('node_modules/pdfjs-dist', folder, name), relativeDest: `pdfjs/${folder}/${name}` });
        }
      }
    },
  },
});
