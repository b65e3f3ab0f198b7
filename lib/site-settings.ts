// Where Juku is switched on: a global pause and a list of sites where it is off. Kept in
// extension storage (not the bank database) because every content script reads it at
// start, and its change events reach open pages at once, with no reload.
import { storage } from 'wxt/utils/storage';

export const pausedItem = storage.defineItem<boolean>('local:paused', { fallback: false });
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

export type SiteSettings = { paused: boolean; disabledSites: readonly string[] };

/** The site a page or frame belongs to (about:blank frames carry their creator's origin). */
export function siteOf(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

export function isActiveOn(settings: SiteSettings, site: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(site);
}

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
