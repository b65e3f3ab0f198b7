import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './harness';

export default async function setup(): Promise<void> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}): run "npm run build" first, or use "npm test".`);
  }
  await (await import('./build-fixtures')).buildFixtures(); // Real-editor fixture pages (esbuild).
}
