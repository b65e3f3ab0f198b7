// Runs lib/formats in Chromium's Web Worker: bundles worker.ts for the browser (esbuild,
// which honours the packages' "browser" fields: cfb's fs, mammoth's unzip), serves it with
// pdf.js's CMaps, and reads every fixture there. Not part of the unit run (it needs
// /usr/bin/chromium): `npx tsx tests/formats-worker/run.ts`.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { pdfInStSong } from '../unit/formats-pdf-builder';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const fixtures = path.join(root, 'tests/fixtures/formats');
const pdfjsRoot = path.join(root, 'node_modules/pdfjs-dist');

const bundle = await build({
  entryPoints: [path.join(here, 'worker.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'chrome120',
  write: false,
  alias: { '@': root },
  logLevel: 'warning',
});
const workerJs = bundle.outputFiles[0]!.text;
console.log(`worker bundle: ${(workerJs.length / 1024 / 1024).toFixed(2)} MB`);

// Made here: a PDF in the non-embedded STSong-Light font, readable only with the CMaps.
const generated: Record<string, Uint8Array> = { 'stsong.pdf': pdfInStSong([['关于做好年度考核工作的通知', '各单位：'], ['请认真贯彻执行。']]) };

const page = `<!doctype html><meta charset="utf-8"><script type="module">
  const worker = new Worker('/worker.js', { type: 'module' });
  window.readInWorker = (name) => fetch('/fixtures/' + encodeURIComponent(name)).then((r) => r.arrayBuffer()).then((bytes) => new Promise((resolve) => {
    // pdf.worker.mjs, imported into a dedicated worker, also registers itself on the worker's
    // global and posts { sourceName: 'worker', targetName: 'main', action: 'ready' } to this
    // page: answer only our own messages.
    worker.onmessage = (e) => { if (e.data && e.data.name === name) resolve(e.data); };
    worker.onerror = (e) => resolve({ name, error: 'worker error: ' + e.message });
    worker.postMessage({ name, bytes }, [bytes]);
  }));
</script>`;

const server = createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  try {
    if (url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (url === '/worker.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(workerJs);
    if (url.startsWith('/fixtures/')) return res.writeHead(200).end(generated[path.basename(url)] ?? readFileSync(path.join(fixtures, path.basename(url))));
    if (url.startsWith('/pdfjs/cmaps/') || url.startsWith('/pdfjs/standard_fonts/')) return res.writeHead(200).end(readFileSync(path.join(pdfjsRoot, url.slice('/pdfjs/'.length))));
  } catch {
    // falls through to 404
  }
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
let failures = 0;
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => m.type() === 'error' && console.log(`  [console] ${m.text()}`));
  await tab.goto(`http://127.0.0.1:${port}/`);
  const files = [...readdirSync(fixtures).filter((f) => /\.(doc|wps|docx|pdf|ofd|xlsx)$/.test(f)), ...Object.keys(generated)];
  for (const file of files) {
    const result = (await tab.evaluate((name) => (window as unknown as { readInWorker(n: string): Promise<unknown> }).readInWorker(name), file)) as {
      outcome?: { kind: string; document?: { text: string }; rows?: unknown[] };
      error?: string;
    };
    const expectError = file === 'locked.pdf';
    const summary = result.outcome ? (result.outcome.kind === 'document' ? `${result.outcome.document!.text.length} chars: ${result.outcome.document!.text.slice(0, 40).replace(/\n/g, '⏎')}…` : `${result.outcome.rows!.length} phrases`) : `error: ${result.error}`;
    const ok = expectError ? !!result.error?.includes('密码') : !!result.outcome;
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${summary}`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures > 0 ? 1 : 0);
