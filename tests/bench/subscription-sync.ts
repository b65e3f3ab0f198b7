// A unit bank subscription at the size a unit publishes (issue 16): a 20,000-phrase bank file
// served with an ETag by a real HTTP server on 127.0.0.1, subscribed to through the built
// extension's background in Chromium. Times the first fetch and apply (request to answer),
// then no-change checks: one conditional request answered 304, and the background's whole
// work for it (median of several; from the request to the answer, the server's time aside).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { benchRecords } from './install-bench-bank';

export type SyncFigures = { phrases: number; fileBytes: number; firstFetchAndApplyMs: number; noChangeCheckMedianMs: number; noChangeRequests: number };

export async function measureSubscription(context: BrowserContext, extensionId: string, size = 20_000): Promise<SyncFigures> {
  const file = JSON.stringify({
    formatVersion: 1,
    name: '单位句库',
    // Other ids than the bank's own: the subscription adds them all.
    phrases: benchRecords(size).map(({ id, text, role, tags, tokens, kind, docCount }, i) => ({ id: `u${i}-${id}`.slice(0, 64), text: `${text}（单位）`, role, tags, tokens, kind, docCount })),
    skeletons: [],
  });
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
    const ask = (request: unknown) =>
      page.evaluate(async (r) => {
        const started = performance.now();
        const reply = await (globalThis as any).chrome.runtime.sendMessage(r);
        if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
        return { ms: performance.now() - started, data: reply.data };
      }, request);
    const first = await ask({ type: 'syncSubscribe', name: '单位句库', url, review: false });
    if (first.data.result.kind !== 'applied') throw new Error(`subscription not applied: ${JSON.stringify(first.data.result)}`);
    const id = first.data.subscription.id as string;
    requests = 0;
    const checks: number[] = [];
    for (let i = 0; i < 9; i++) {
      const check = await ask({ type: 'syncCheck', id });
      if (check.data.result.kind !== 'unchanged') throw new Error(`expected no change, got ${check.data.result.kind}`);
      checks.push(check.ms);
    }
    checks.sort((a, b) => a - b);
    await ask({ type: 'syncUnsubscribe', id });
    return { phrases: size, fileBytes: Buffer.byteLength(file), firstFetchAndApplyMs: Math.round(first.ms), noChangeCheckMedianMs: +checks[4]!.toFixed(1), noChangeRequests: requests / 9 };
  } finally {
    await page.close();
    await new Promise((done) => server.close(done));
  }
}
