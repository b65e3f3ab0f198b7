// Bundles the real-editor fixture pages (tests/e2e/fixtures/editors/*.ts(x)) with esbuild into
// tests/e2e/fixtures/editors/dist/, and writes each editor's page there from one template:
// served by the harness at /editors/dist/<name>.html (+ .js, .css).
// Skips the build when every output is newer than every source and the lockfile.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const SOURCE_DIR = resolve('tests/e2e/fixtures/editors');
const OUT_DIR = join(SOURCE_DIR, 'dist');
const STAMP = join(OUT_DIR, '.stamp');

/** The fixture entry points, one page each, with the page's heading. */
export const FIXTURE_ENTRIES: ReadonlyArray<{ entry: string; title: string }> = [
  { entry: 'quill.ts', title: 'Quill 2' },
  { entry: 'tiptap.ts', title: 'Tiptap 3' },
  { entry: 'lexical.ts', title: 'Lexical' },
  { entry: 'ckeditor5.ts', title: 'CKEditor 5' },
  { entry: 'slate.tsx', title: 'Slate' },
  { entry: 'draftjs.tsx', title: 'Draft.js' },
  { entry: 'tinymce.ts', title: 'TinyMCE 8' },
  { entry: 'ckeditor4.ts', title: 'CKEditor 4' },
  { entry: 'kindeditor.ts', title: 'KindEditor 4' },
  { entry: 'wangeditor.ts', title: 'wangEditor 5' },
  { entry: 'jodit.ts', title: 'Jodit 4' },
  { entry: 'summernote.ts', title: 'Summernote 0.9' },
  { entry: 'trix.ts', title: 'Trix 2' },
  { entry: 'codemirror.ts', title: 'CodeMirror 6' },
  { entry: 'ueditor.ts', title: 'UEditor 1.4' },
  { entry: 'react-textarea.tsx', title: 'React 受控 textarea' },
  // Editors that draw their text themselves and type through a hidden textarea (issue #18).
  { entry: 'canvas-editor.ts', title: 'canvas-editor 0.9' },
  { entry: 'ace.ts', title: 'Ace 1.45' },
  { entry: 'codemirror5.ts', title: 'CodeMirror 5' },
  // Editor families of issue #21, none of them like the editors above in how they take text.
  { entry: 'quill1.ts', title: 'Quill 1.3' },
  { entry: 'squire.ts', title: 'Squire 2' },
  { entry: 'medium-editor.ts', title: 'medium-editor 5' },
  { entry: 'pell.ts', title: 'pell 1' },
  { entry: 'editorjs.ts', title: 'Editor.js 2' },
  { entry: 'blocknote.ts', title: 'BlockNote 0.50' },
  { entry: 'easymde.ts', title: 'EasyMDE 2' },
  { entry: 'toastui.ts', title: 'Toast UI Editor 3' },
  { entry: 'vditor.ts', title: 'Vditor 4' },
];

const nameOf = (entry: string) => entry.replace(/\.tsx?$/, '');

/** The page of one editor: its bundle, its CSS when esbuild emitted one, an empty #editor. */
function pageHtml(name: string, title: string): string {
  const css = existsSync(join(OUT_DIR, `${name}.css`)) ? `\n  <link rel="stylesheet" href="/editors/dist/${name}.css">` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${title} 测试页</title>${css}
  <style>
    body { font-family: sans-serif; margin: 2em; }
    #editor { min-height: 8em; border: 1px solid #aaa; }
    #editor [contenteditable] { min-height: 8em; outline: none; padding: 0.5em; }
  </style>
</head>
<body>
  <h1>${title}</h1>
  <!-- Real ${title} from npm, bundled by tests/e2e/build-fixtures.ts; model API on window.jukuFixture. -->
  <div id="editor"></div>
  <script type="module" src="/editors/dist/${name}.js"></script>
</body>
</html>
`;
}

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
  const outputs = FIXTURE_ENTRIES.flatMap(({ entry }) => ['.js', '.html'].map((ext) => join(OUT_DIR, nameOf(entry) + ext)));
  return outputs.every((f) => existsSync(f)) && built >= newestInput();
}

export async function buildFixtures(options: { force?: boolean } = {}): Promise<{ built: boolean; ms: number }> {
  const start = performance.now();
  if (!options.force && upToDate()) return { built: false, ms: performance.now() - start };
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    entryPoints: FIXTURE_ENTRIES.map(({ entry }) => join(SOURCE_DIR, entry)),
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
    // CKEditor's and Summernote's CSS reference icons/fonts; inline whatever esbuild meets.
    loader: { '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.png': 'dataurl' },
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', strict: true } },
  });
  for (const { entry, title } of FIXTURE_ENTRIES) writeFileSync(join(OUT_DIR, `${nameOf(entry)}.html`), pageHtml(nameOf(entry), title));
  writeFileSync(STAMP, new Date().toISOString());
  return { built: true, ms: performance.now() - start };
}

// `npx tsx tests/e2e/build-fixtures.ts [--force]` builds them by hand.
if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/e2e/build-fixtures.ts')) {
  const result = await buildFixtures({ force: process.argv.includes('--force') });
  console.log(`fixtures ${result.built ? 'built' : 'up to date'} in ${Math.round(result.ms)} ms`);
}
