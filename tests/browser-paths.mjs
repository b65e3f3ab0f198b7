// Where the end-to-end tests find the browsers: CHROME_PATH / FIREFOX_PATH, else Debian's packages.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

const first = (candidates) => candidates.find((path) => path && existsSync(path)) ?? null;

export function findChromium() {
  return first(CHROMIUM_CANDIDATES);
}

export function findFirefox() {
  return first(FIREFOX_CANDIDATES);
}
