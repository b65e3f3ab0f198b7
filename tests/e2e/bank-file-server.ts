// A real HTTP server on 127.0.0.1 serving one unit bank file with an ETag, as an office's
// intranet server would (#16): the subscription tests start it before and stop it after.
// `served` is what it answers (a status other than 0 answers that status, as a server that
// is down); `requests` records each request with its If-None-Match.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export type BankFileServer = {
  served: { body: string; etag: string; status: number };
  requests: Array<{ path: string; ifNoneMatch?: string }>;
  /** http://127.0.0.1:<port>, once started. */
  readonly origin: string;
};

export function useBankFileServer(): BankFileServer {
  const state = { served: { body: '', etag: '"1"', status: 0 }, requests: [] as BankFileServer['requests'], origin: '' };
  const server = createServer((req, res) => {
    state.requests.push({ path: req.url!, ifNoneMatch: req.headers['if-none-match'] });
    const { served } = state;
    if (served.status) return void res.writeHead(served.status).end();
    if (req.headers['if-none-match'] === served.etag) return void res.writeHead(304, { etag: served.etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: served.etag }).end(served.body);
  });
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));
  return state;
}

/** A unit bank file of these phrases, ids `<prefix>-<n>`. */
export const unitBankFile = (texts: string[], prefix: string) =>
  JSON.stringify({ formatVersion: 1, name: '办公室规范表述', phrases: texts.map((text, i) => ({ id: `${prefix}-${i}`, text, role: 'work', tags: [] })), skeletons: [] });
