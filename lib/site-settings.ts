// Where Juku is switched on: a global pause and a list of sites where it is off. Kept in
// extension storage (not the bank database) because every content script reads it at
// start, and its change events reach open pages at once, with no reload.
import { storage } from 'wxt/utils/storage';
import { DISABLED_SITES_KEY, PAUSED_KEY, isActiveOn, siteOf, type SiteSettings } from './site-rules';

export const pausedItem = storage.defineItem<boolean>(`local:${PAUSED_KEY}`, { fallback: false });
export const disabledSitesItem = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, { fallback: [] });

export { isActiveOn, siteOf, type SiteSettings };

/** Current settings, kept up to date; `onChange` runs after each change. */
export async function watchSiteSettings(
  onChange: (settings: SiteSettings) => void,
): Promise<{ current: () => SiteSettings; stop: () => void }> {
  const current: SiteSettings = { paused: await pausedItem.getValue(), disabledSites: await disabledSitesItem.getValue() };
  const stops = [
    pausedItem.watch((paused) => {
      current.paused = paused;
      onChange(current);
    }),
    disabledSitesItem.watch((sites) => {
      current.disabledSites = sites;
      onChange(current);
    }),
  ];
  return { current: () => current, stop: () => stops.forEach((stop) => stop()) };
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const sites = new Set(await disabledSitesItem.getValue());
  if (enabled) sites.delete(site);
  else sites.add(site);
  await disabledSitesItem.setValue([...sites].sort());
}
