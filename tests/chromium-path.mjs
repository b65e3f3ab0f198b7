// Where the end-to-end tests find Chromium: CHROME_PATH, else Debian's package.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  return CHROMIUM_CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}
