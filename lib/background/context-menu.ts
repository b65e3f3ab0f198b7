// The context menu item 「加入句库」 on selected text: opens a small window with the add form,
// prefilled. The menu item is created once per install (browsers keep it across restarts).
import { browser, type PublicPath } from 'wxt/browser';

const MENU_ID = 'juku-add-selection';
/** More than a phrase may hold, so the form can say the selection is too long. */
const MAX_CARRIED_CHARS = 4000;

export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('addToBank') || '加入句库', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID) return;
    void openAddWindow(info.selectionText ?? '');
  });
}

/** The add form in a small window, prefilled with `text`: the writer checks it and saves. */
export function openAddWindow(text: string): Promise<unknown> {
  const url = `${browser.runtime.getURL('/add.html' as PublicPath)}?text=${encodeURIComponent(text.slice(0, MAX_CARRIED_CHARS))}`;
  return browser.windows.create({ url, type: 'popup', width: 460, height: 560 });
}
