// A unit bank subscription at the size a unit publishes (issue 16): a 20,000-phrase bank file
// subscribed to through the built extension's background in Chromium, served (1) with an
// ETag by a plain HTTP server on 127.0.0.1 and (2) from a folder on a real WebDAV server
// (Apache mod_dav, tests/support/apache-dav.ts) with Basic auth. Times the first fetch and
// apply (request to answer), then no-change checks: one conditional request answered 304,
// and the background's whole work for it (median of several; from the request to the
// answer). Then personal sync (#16) over the same WebDAV server with the writer's own rows:
// the first sync (upload) and a sync that finds nothing new.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { benchRecords } from './install-bench-bank';
import { startDavServer } from '../support/apache-dav';

export type SyncFigures = { phrases: number; fileBytes: number; firstFetchAndApplyMs: number; noChangeCheckMedianMs: number; noChangeRequests: number };

const unitBankFile = (size: number) =>
  JSON.stringify({
    formatVersion: 1,
    name: '单位句库',
    // Other ids than the bank's own: the subscription adds them all.
    phrases: benchRecords(size).map(({ id, text, role, tags, tokens, kind, docCount }, i) => ({ id: `u${i}-${id}`.slice(0, 64), text: `${text}（单位）`, role, tags, tokens, kind, docCount })),
    skeletons: [],
  });

/** Sends a request to the background from an extension page and times it there. */
const asker = (page: Page) => (request: unknown) =>
  page.evaluate(async (r) => {
    const started = performance.now();
    const reply = await (globalThis as any).chrome.runtime.sendMessage(r);
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return { ms: performance.now() - started, data: reply.data };
  }, request);

/** Lets the background finish what a big change set off (the engine's snapshot is rebuilt
 * in steps once the bank is quiet), so the checks after it time their own work. */
const settle = () => new Promise((done) => setTimeout(done, 15_000));

const median = (values: number[]) => +[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(1);

/** Subscribes, checks 9 times with nothing new, unsubscribes. `requests` counts what the server saw since it was last reset. */
async function timeSubscription(page: Page, subscribe: object, file: string, size: number, requests: { reset(): Promise<void>; count(): Promise<number> }): Promise<SyncFigures> {
  const ask = asker(page);
  const first = await ask(subscribe);
  if (first.data.result.kind !== 'applied') throw new Error(`subscription not applied: ${JSON.stringify(first.data.result)}`);
  const id = first.data.subscription.id as string;
  await settle();
  await requests.reset();
  const checks: number[] = [];
  for (let i = 0; i < 9; i++) {
    const check = await ask({ type: 'syncCheck', id });
    if (check.data.result.kind !== 'unchanged') throw new Error(`expected no change, got ${check.data.result.kind}`);
    checks.push(check.ms);
  }
  const noChangeRequests = (await requests.count()) / 9;
  await ask({ type: 'syncUnsubscribe', id });
  return { phrases: size, fileBytes: Buffer.byteLength(file), firstFetchAndApplyMs: Math.round(first.ms), noChangeCheckMedianMs: median(checks), noChangeRequests };
}

export async function measureSubscription(context: BrowserContext, extensionId: string, size = 20_000): Promise<SyncFigures> {
  const file = unitBankFile(size);
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (req.headers['if-none-match'] === '"bench"') return void res.writeHead(304, { etag: '"bench"' }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: '"bench"' }).end(file);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/unit-bank.json`;
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return await timeSubscription(page, { type: 'syncSubscribe', name: '单位句库', url, review: false }, file, size, { reset: async () => void (requests = 0), count: async () => requests });
  } finally {
    await page.close();
    await new Promise((done) => server.close(done));
  }
}

export type WebDavFigures = SyncFigures & {
  /** The same conditional GET sent from Node: the server's own time (Apache hashes the whole
   * file for its Digest ETag on every request), to tell apart from the background's. */
  serverNoChangeMedianMs: number;
  personalRows: number;
  personalFileBytes: number;
  personalFirstSyncMs: number;
  personalNoChangeMedianMs: number;
  personalNoChangeRequests: number;
  personalServerNoChangeMedianMs: number;
};

/** Median time of 9 conditional GETs of `url` from Node, answered 304. */
async function serverTime(url: string, headers: Record<string, string>): Promise<number> {
  const etag = (await fetch(url, { headers })).headers.get('etag') ?? '';
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const started = performance.now();
    const answer = await fetch(url, { headers: { ...headers, 'If-None-Match': etag } });
    if (answer.status !== 304) throw new Error(`expected 304, got ${answer.status}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The same subscription from a WebDAV folder (PROPFIND once, then conditional GETs), and
 * personal sync through the same server of the writer's own phrases (`ownRows` imported
 * beside the bench bank's, which are the writer's too). */
export async function measureWebDav(context: BrowserContext, extensionId: string, size = 20_000, ownRows = 2_000): Promise<WebDavFigures> {
  const file = unitBankFile(size);
  const dav = await startDavServer();
  const auth = { Authorization: `Basic ${Buffer.from(`${dav.user}:${dav.password}`).toString('base64')}` };
  const folder = `${dav.origin}/dav/unit/`;
  await fetch(folder, { method: 'MKCOL', headers: auth });
  await fetch(`${folder}juku-bank.json`, { method: 'PUT', headers: auth, body: file });
  let mark = 0;
  // Apache's access log, read once it has settled (outside the timed requests).
  const requests = { reset: async () => void (mark = (await dav.settledLog()).length), count: async () => (await dav.settledLog()).length - mark };
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const ask = asker(page);
    const subscription = await timeSubscription(page, { type: 'syncSubscribe', name: '单位句库', url: folder, review: false, user: dav.user, password: dav.password }, file, size, requests);
    const serverNoChangeMedianMs = await serverTime(`${folder}juku-bank.json`, auth);

    // Personal sync: the writer's own phrases, imported in one merge (they become theirs).
    const own = JSON.stringify({ formatVersion: 1, name: '自己的', phrases: benchRecords(ownRows).map(({ id, text, role, tags, tokens, kind }, i) => ({ id: `own${i}-${id}`.slice(0, 64), text: `${text}（自己的第${i}条）`, role, tags, tokens, kind })), skeletons: [] });
    await ask({ type: 'bankImport', text: own, mode: 'merge' });
    const first = await ask({ type: 'personalSyncSetUp', folder: `${dav.origin}/dav/me/`, user: dav.user, password: dav.password });
    if (first.data.outcome.kind !== 'synced') throw new Error(`sync failed: ${JSON.stringify(first.data.outcome)}`);
    await settle();
    const syncs: number[] = [];
    const beforeSyncs = (await dav.settledLog()).length;
    for (let i = 0; i < 9; i++) {
      const sync = await ask({ type: 'personalSyncNow' });
      if (sync.data.outcome.kind !== 'synced' || sync.data.outcome.summary.uploaded) throw new Error(`expected nothing new: ${JSON.stringify(sync.data.outcome)}`);
      syncs.push(sync.ms);
    }
    const personalNoChangeRequests = ((await dav.settledLog()).length - beforeSyncs) / 9;
    const syncFile = `${dav.origin}/dav/me/juku-sync.json`;
    const personalFileBytes = (await (await fetch(syncFile, { headers: auth })).arrayBuffer()).byteLength;
    const personalServerNoChangeMedianMs = await serverTime(syncFile, auth);
    await ask({ type: 'personalSyncStop' });
    // Every phrase of the writer's own goes: the bench bank's 100,000 are theirs too.
    return {
      ...subscription,
      serverNoChangeMedianMs,
      personalRows: first.data.outcome.summary.sent as number,
      personalFileBytes,
      personalFirstSyncMs: Math.round(first.ms),
      personalNoChangeMedianMs: median(syncs),
      personalNoChangeRequests,
      personalServerNoChangeMedianMs,
    };
  } finally {
    await page.close();
    await dav.stop();
  }
}
