import type { PublicPath } from 'wxt/browser';
import { JukuDatabase } from '@/lib/db';
import { EngineHolder } from '@/lib/background/engine-holder';
import { PaletteHolder } from '@/lib/background/palette-holder';
import { warmUpAfterBuild } from '@/lib/background/warm-up';
import { handleRequest } from '@/lib/background/handle-request';
import { REQUEST_PORT } from '@/lib/protocol';
import { defaultBankGate } from '@/lib/background/default-bank';
import { openAddWindow, setupContextMenu } from '@/lib/background/context-menu';
import { showPausedInToolbar } from '@/lib/background/toolbar-icon';
import { welcomeOnce } from '@/lib/background/welcome';

export default defineBackground(() => {
  const db = new JukuDatabase();
  // Copied in by the build:publicAssets hook in wxt.config.ts, so WXT's PublicPath type
  // does not list it.
  const bankUrl = browser.runtime.getURL('/default-bank.json' as PublicPath);
  const readDefaultBank = () => fetch(bankUrl).then((response) => response.json());
  const ensureDefaultBank = defaultBankGate(db, readDefaultBank);
  const engine = new EngineHolder(db);
  const palette = new PaletteHolder(db, engine);
  engine.onBuilt(warmUpAfterBuild(palette));
  // A stopped worker is started again nearly always for a message, most often a keystroke's:
  // reading the stored engine begins now, while that message is still on its way.
  void ensureDefaultBank()
    .then(() => engine.get())
    .catch(() => {});
  const ctx = {
    db,
    engine,
    palette,
    ensureBank: ensureDefaultBank,
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    readDefaultBank,
    openAddWindow,
  };

  // Load the default bank right after install rather than on the first keystroke; a
  // failure here is retried by the gate on the next request.
  browser.runtime.onInstalled.addListener((details) => {
    void ensureDefaultBank().catch(() => {});
    void welcomeOnce(details).catch(() => {});
  });
  setupContextMenu();
  showPausedInToolbar();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleRequest(message, { id: sender.id, url: sender.url }, ctx).then(sendResponse);
    return true; // the answer is asynchronous
  });

  // The palette command (Alt+J unless rebound): the tab's content script opens the palette
  // in the frame whose editor has the focus.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-palette') return;
    void openPaletteIn(tab?.id);
  });

  // Content scripts ask on every keystroke over a long-lived port (see createRequestChannel).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REQUEST_PORT) return;
    const sender = { id: port.sender?.id, url: port.sender?.url };
    port.onMessage.addListener((message: { id?: unknown; request?: unknown }) => {
      if (typeof message?.id !== 'number') return;
      void handleRequest(message.request, sender, ctx).then((reply) => {
        try {
          port.postMessage({ id: message.id, reply });
        } catch {
          // The page went away while we answered.
        }
      });
    });
  });
});

async function openPaletteIn(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // A tab without our content script (a browser page) has nobody to answer.
  if (id !== undefined) await browser.tabs.sendMessage(id, { type: 'openPalette' }).catch(() => {});
}
