import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { EXTENSION_DIR } from './harness';
import { FIREFOX_EXTENSION_DIR } from './driver/firefox';

export default async function setup(project: TestProject): Promise<void> {
  const [dir, command] = project.name === 'firefox' ? [FIREFOX_EXTENSION_DIR, 'npm run build:firefox'] : [EXTENSION_DIR, 'npm run build'];
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`The extension is not built (${dir}): run "${command}" first, or use "npm test".`);
  }
  await (await import('./build-fixtures')).buildFixtures(); // Real-editor fixture pages (esbuild).
}
