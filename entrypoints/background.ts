// First: its read of the bank overlaps the evaluation of everything below (#19).
import { wakeRead } from '@/lib/background/wake-read-start';
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
import { reinjectContentScripts } from '@/lib/background/reinject';
import { scheduleSubscriptionChecks } from '@/lib/background/subscription-schedule';
import { announceBankChange } from '@/lib/bank/change-signal';
import { scheduleFileBackups } from '@/lib/background/file-backup-run';
import { runEditorScript } from '@/lib/background/editor-script';
import { START_EDITOR_SCRIPT } from '@/lib/content/editor-loader';
import { FOCUS_IN_CHILD_FRAME } from '@/lib/content/frame-focus';
import { runSmallScriptWhereFocused } from '@/lib/background/frame-watchers';
import { disabledSitesItem, isActiveOn, pausedItem, siteOf } from '@/lib/site-settings';
import { originPatternOf, originsCover } from '@/lib/sync/origin-access';
import { storageAccounts } from '@/lib/sync/accounts';
import type { PageMessage } from '@/lib/content/page-messages';
import { writerRulesItem } from '@/lib/check/writer-rules';

/** Whether Juku is on for the site of a frame's origin (the popup's switches). */
const jukuActiveOn = async (origin: string) => {
  const [paused, disabledSites] = await Promise.all([pausedItem.getValue(), disabledSitesItem.getValue()]);
  return isActiveOn({ paused, disabledSites }, siteOf(origin));
};

export default defineBackground(() => {
  const db = new JukuDatabase();
  // Copied in by the build:publicAssets hook in wxt.config.ts, so WXT's PublicPath type
  // does not list it.
  const bankUrl = browser.runtime.getURL('/default-bank.json' as PublicPath);
  const readDefaultBank = () => fetch(bankUrl).then((response) => response.json());
  const ensureDefaultBank = defaultBankGate(db, readDefaultBank, () => wakeRead.then((read) => read?.defaultBankLoaded ?? false));
  const engine = new EngineHolder(db, { atWake: wakeRead });
  const palette = new PaletteHolder(db, engine);
  engine.onBuilt(warmUpAfterBuild(palette));
  // The writer imported or removed a rule file: phrases are filtered by the new rules (#17).
  writerRulesItem.watch(() => engine.invalidate());
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
    sync: {
      canReach: async (url: URL) => originsCover((await browser.permissions.getAll()).origins, url),
      // Only an origin granted for a subscription goes back (not the content scripts' sites).
      releaseOrigin: async (url: URL) => {
        const origins = [originPatternOf(url)];
        if (await browser.permissions.contains({ origins })) await browser.permissions.remove({ origins });
      },
      // WebDAV accounts live in extension storage only, never in the bank's database.
      accounts: storageAccounts(browser.storage.local),
    },
  };
  scheduleSubscriptionChecks({ db, ...ctx.sync, bankChanged: () => (engine.invalidate(), announceBankChange()) });
  scheduleFileBackups(db);

  // Load the default bank right after install rather than on the first keystroke; a
  // failure here is retried by the gate on the next request.
  browser.runtime.onInstalled.addListener((details) => {
    void ensureDefaultBank().catch(() => {});
    void welcomeOnce(details).catch(() => {});
    // Pages open from before the install, update or reload get suggestions again at once.
    void reinjectContentScripts().catch(() => {});
  });
  setupContextMenu();
  showPausedInToolbar();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // A frame where an editable field got the focus asks for the editor script (#19).
    if ((message as { type?: unknown } | null)?.type === START_EDITOR_SCRIPT) {
      void runEditorScript(sender).then((ok) => sendResponse({ ok }));
      return true;
    }
    // The focus went into a frame that may not run the small script yet (#19).
    if ((message as { type?: unknown } | null)?.type === FOCUS_IN_CHILD_FRAME) {
      void runSmallScriptWhereFocused(sender, jukuActiveOn).then((frameIds) => sendResponse({ frameIds }));
      return true;
    }
    void handleRequest(message, { id: sender.id, url: sender.url }, ctx).then(sendResponse);
    return true; // the answer is asynchronous
  });

  // The palette command (Alt+J unless rebound) and the wording check (Alt+Shift+J, issue
  // #17): the tab's content script opens the palette, or checks, in the frame whose editor
  // has the focus.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-palette') void sendToTab(tab?.id, { type: 'openPalette' });
    else if (command === 'check-wording') void sendToTab(tab?.id, { type: 'checkWording', from: 'command' });
  });

  // Content scripts ask on every keystroke over a long-lived port (see createRequestChannel).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REQUEST_PORT) return;
    const sender = { id: port.sender?.id, url: port.sender?.url, memory: { context: null } };
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

async function sendToTab(tabId: number | undefined, message: PageMessage): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // A tab without our content script (a browser page) has nobody to answer.
  if (id !== undefined) await browser.tabs.sendMessage(id, message).catch(() => {});
}
