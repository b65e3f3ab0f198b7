import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './harness';

export default function setup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}): run "npm run build" first, or use "npm test".`);
  }
}
