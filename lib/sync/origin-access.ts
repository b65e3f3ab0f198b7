// Whether the extension may already reach an address (#16). A subscription asks for its
// server's origin only where the browser does not give access already: Chromium counts the
// content scripts' sites (every http and https page) as granted at install, so asking again
// there would prompt for something the writer has granted; Firefox does not, and asks.
// The privacy promise does not rest on the permission: the background fetches only the
// addresses the writer subscribed to.

/** Whether a match pattern (`http://*​/*`, `https://oa.example.cn/*`, `<all_urls>`) covers `url`'s origin. */
export function patternCovers(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return url.protocol === 'http:' || url.protocol === 'https:';
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const [, scheme, host] = match as unknown as [string, string, string];
  if (scheme === '*' ? url.protocol !== 'http:' && url.protocol !== 'https:' : `${scheme}:` !== url.protocol) return false;
  const hostname = host.replace(/:\d+$/, '');
  if (host.includes(':') && host !== '*' && url.host !== host) return false;
  if (hostname === '*') return true;
  if (hostname.startsWith('*.')) return url.hostname === hostname.slice(2) || url.hostname.endsWith(hostname.slice(1));
  return url.hostname === hostname;
}

export const originsCover = (origins: readonly string[] | undefined, url: URL): boolean => (origins ?? []).some((pattern) => patternCovers(pattern, url));

/** The pattern to ask for: the address's host only. Without its port: Firefox's match
 * patterns take none (one with a port is granted and then matches nothing, and every fetch
 * fails as a network error); without one, both browsers match every port of that host. */
export const originPatternOf = (url: URL): string => `${url.protocol}//${url.hostname}/*`;
