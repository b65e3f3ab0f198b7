// `npm test`: every test, unit and end-to-end. The end-to-end tests load the built
// extension into Chromium, so this builds it first; without Chromium it stops with one
// sentence instead of a stack trace from deep inside Playwright.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser-paths.mjs';

if (!findChromium()) {
  console.error(
    'Chromium was not found: install it with "sudo apt-get install -y chromium fonts-noto-cjk" or set CHROME_PATH to a Chromium binary. ' +
      '未找到 Chromium：请运行 "sudo apt-get install -y chromium fonts-noto-cjk" 或设置 CHROME_PATH。',
  );
  process.exit(1);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['wxt', 'build']);
// Unit tests first, then the browser: run together, the unit files (some start the CLI in
// child processes) took the two cores from the editors' own timers under test.
const args = process.argv.slice(2);
if (args.some((a) => a.startsWith('--project'))) run('npx', ['vitest', 'run', ...args]);
else {
  run('npx', ['vitest', 'run', '--project', 'unit', ...args]);
  run('npx', ['vitest', 'run', '--project', 'e2e', ...args]);
}
