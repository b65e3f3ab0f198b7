// `npm test`: every test, unit and end-to-end. The end-to-end tests load the built
// extension into Chromium and into Firefox ESR, so this builds both first; without either
// browser (or without Apache, the WebDAV tests' server) it stops with one sentence instead
// of a stack trace from deep inside a driver.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findFirefox } from './browser-paths.mjs';

const missing = [
  !findChromium() && ['Chromium', 'chromium', 'CHROME_PATH'],
  !findFirefox() && ['Firefox ESR', 'firefox-esr', 'FIREFOX_PATH'],
  // The WebDAV tests' own server (tests/support/apache-dav.ts).
  !existsSync(process.env.APACHE_PATH ?? '/usr/sbin/apache2') && ['Apache', 'apache2-bin', 'APACHE_PATH'],
].filter(Boolean);
for (const [name, pkg, variable] of missing) {
  console.error(
    `${name} was not found: install it with "sudo apt-get install -y ${pkg} fonts-noto-cjk" or set ${variable} to its binary. ` +
      `未找到 ${name}：请运行 "sudo apt-get install -y ${pkg} fonts-noto-cjk" 或设置 ${variable}。`,
  );
}
if (missing.length > 0) process.exit(1);

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
// One project at a time: unit tests first, then each browser. Run together, the unit files
// (some start the CLI in child processes) took the two cores from the editors' own timers
// under test, and two browsers at once would do the same to each other.
const args = process.argv.slice(2);
if (args.some((a) => a.startsWith('--project'))) run('npx', ['vitest', 'run', ...args]);
else for (const project of ['unit', 'chromium', 'firefox', 'faults']) run('npx', ['vitest', 'run', '--project', project, ...args]);
