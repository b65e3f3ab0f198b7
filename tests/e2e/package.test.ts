// #14: `npm run zip` makes the Chrome and Firefox packages, and the Chrome package, unpacked
// as a store or a writer would, loads and answers with its bank.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, waitForBank } from './harness';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

function unpack(zip: string, into: string): Record<string, unknown> {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(into, name)), { recursive: true });
    writeFileSync(join(into, name), bytes);
  }
  return JSON.parse(readFileSync(join(into, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

describe('npm run zip', () => {
  it('makes both packages, with icons, and the Chrome one loads', { timeout: 240_000 }, async () => {
    // Vitest sets NODE_ENV=test; a build that inherits it compiles JSX for development
    // against React's production runtime, and the packages (and the build the other tests
    // load, which zip rebuilds) break. A writer's `npm run zip` has no NODE_ENV.
    const { NODE_ENV: _testEnv, ...env } = process.env;
    execFileSync('npm', ['run', 'zip'], { stdio: 'pipe', env });
    const zips = readdirSync('.output').filter((name) => name.endsWith('.zip'));
    expect(zips).toEqual(expect.arrayContaining([`juku-${version}-chrome.zip`, `juku-${version}-firefox.zip`]));
    const dir = mkdtempSync(join(tmpdir(), 'juku-zip-'));
    try {
      const chrome = unpack(`.output/juku-${version}-chrome.zip`, join(dir, 'chrome'));
      const firefox = unpack(`.output/juku-${version}-firefox.zip`, join(dir, 'firefox'));
      expect(chrome.manifest_version).toBe(3);
      expect(firefox.manifest_version).toBe(2);
      for (const manifest of [chrome, firefox]) expect(Object.keys(manifest.icons as object)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
      expect((firefox.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe('juku@juku.local');
      // Only what the features need, and no host permissions beyond the content script's.
      expect([...(chrome.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
      // alarms at install in Firefox: it cannot be an optional permission there (#16).
      expect([...(firefox.permissions as string[])].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'storage', 'unlimitedStorage']);
      // Host access only to the content scripts' own sites (re-running them in open tabs
      // after an update needs it in Chromium): nothing beyond them.
      const contentMatches = (chrome.content_scripts as Array<{ matches: string[] }>).flatMap((script) => script.matches);
      expect([...(chrome.host_permissions as string[])].sort()).toEqual([...new Set(contentMatches)].sort());
      expect(firefox.host_permissions).toBeUndefined();
      // Asked for only when the writer subscribes to a unit bank (#16).
      expect(chrome.optional_permissions).toEqual(['alarms']);
      expect(firefox.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
      // A production build: development JSX in it would throw on the first render.
      for (const script of ['chrome/content-scripts/content.js', 'chrome/content-scripts/editor.js', 'firefox/content-scripts/editor.js'])
        expect(readFileSync(join(dir, script), 'utf8')).not.toContain('jsxDEV');
      // Chromium runs the small watcher in the top frame (child frames get it when the focus
      // goes into them) and injects the editor script where an editor gets the focus;
      // Firefox lists the editor script itself, in every frame (#19).
      expect((chrome.content_scripts as Array<{ js: string[]; all_frames?: boolean }>).map((s) => [s.js, s.all_frames ?? false])).toEqual([[['content-scripts/content.js'], false]]);
      expect((firefox.content_scripts as Array<{ all_frames?: boolean }>).map((s) => s.all_frames)).toEqual([true]);
      expect((firefox.content_scripts as Array<{ js: string[] }>).flatMap((s) => s.js)).toEqual(['content-scripts/editor.js']);
      const harness = await launchWithExtension({ extensionDir: join(dir, 'chrome') });
      try {
        const page = await harness.context.newPage();
        await waitForBank(page, harness.extensionId);
        await expect.poll(() => page.getByTestId('bank-stats').textContent()).toMatch(/句库中有 [1-9]\d* 条表述/);
      } finally {
        await harness.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
