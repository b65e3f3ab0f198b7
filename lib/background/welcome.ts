// The welcome page opens once, when Juku is first installed: not on an update (a writer
// who has used it for a year needs no introduction after each release), not when the
// browser updates. Chromium reports a command-line-loaded extension as installed anew at
// every start, keeping its storage: a flag in that storage makes "once" hold there too.
import type { PublicPath } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export const WELCOME_PAGE = '/welcome.html' as PublicPath;
const welcomedItem = storage.defineItem<boolean>('local:welcomed', { fallback: false });

export function welcomesOn(details: { reason: string }): boolean {
  return details.reason === 'install';
}

export async function welcomeOnce(details: { reason: string }): Promise<void> {
  if (!welcomesOn(details) || (await welcomedItem.getValue())) return;
  await welcomedItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
