// Where Juku is on, as pure rules over the two stored settings: shared by the settings
// module and the small script (entrypoints/content.ts) (which must not bundle the storage library).

export type SiteSettings = { paused: boolean; disabledSites: readonly string[] };

/** The storage keys of the global pause and the per-site switch (lib/site-settings.ts). */
export const PAUSED_KEY = 'paused';
export const DISABLED_SITES_KEY = 'disabledSites';

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
