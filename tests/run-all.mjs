// `npm test`: every test, unit and end-to-end. The end-to-end tests load the built
// extension into Chromium, so this builds it first; without Chromium it stops with one
// sentence instead of a stack trace from deep inside Playwright.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

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
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
