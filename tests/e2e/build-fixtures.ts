// Bundles the real-editor fixture pages (tests/e2e/fixtures/editors/*.ts(x)) with esbuild into
// tests/e2e/fixtures/editors/dist/, served by the harness at /editors/dist/<name>.js (+ .css).
// Skips the build when every output is newer than every source and the lockfile.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const SOURCE_DIR = resolve('tests/e2e/fixtures/editors');
const OUT_DIR = join(SOURCE_DIR, 'dist');
const STAMP = join(OUT_DIR, '.stamp');

/** The fixture entry points: one page each. */
export const FIXTURE_ENTRIES = ['quill.ts', 'tiptap.ts', 'lexical.ts', 'ckeditor5.ts', 'slate.tsx', 'draftjs.tsx'];

function newestInput(): number {
  const files = readdirSync(SOURCE_DIR)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(SOURCE_DIR, f));
  files.push(resolve('package-lock.json'), resolve('tests/e2e/build-fixtures.ts'));
  return Math.max(...files.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

function upToDate(): boolean {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  const outputs = FIXTURE_ENTRIES.map((entry) => join(OUT_DIR, entry.replace(/\.tsx?$/, '.js')));
  return outputs.every((f) => existsSync(f)) && built >= newestInput();
}

export async function buildFixtures(options: { force?: boolean } = {}): Promise<{ built: boolean; ms: number }> {
  const start = performance.now();
  if (!options.force && upToDate()) return { built: false, ms: performance.now() - start };
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    entryPoints: FIXTURE_ENTRIES.map((entry) => join(SOURCE_DIR, entry)),
    outdir: OUT_DIR,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    // CKEditor's CSS references icons/fonts; inline whatever esbuild meets.
    loader: { '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.png': 'dataurl' },
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', strict: true } },
  });
  writeFileSync(STAMP, new Date().toISOString());
  return { built: true, ms: performance.now() - start };
}

// `npx tsx tests/e2e/build-fixtures.ts [--force]` builds them by hand.
if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/e2e/build-fixtures.ts')) {
  const result = await buildFixtures({ force: process.argv.includes('--force') });
  console.log(`fixtures ${result.built ? 'built' : 'up to date'} in ${Math.round(result.ms)} ms`);
}
