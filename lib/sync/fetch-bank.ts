// Fetching a subscribed bank file (#16): one conditional GET (If-None-Match /
// If-Modified-Since), so a check that finds nothing new is one small request and no parse;
// the body is read as a stream and given up as soon as it passes the size cap, so a
// misconfigured or hostile server cannot make the background hold hundreds of megabytes.
// Pure apart from the injected fetch: runs in the background and in Node tests.
import type { Bilingual } from '../bank/limits';
import { MAX_FILE_BYTES, formatBytes } from '../bank/limits';

/** What the last good fetch left to send back to the server. */
export type Validators = { etag?: string; lastModified?: string };

export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'changed'; bytes: Uint8Array; validators: Validators }
  | { kind: 'failed'; message: Bilingual; /** The server's answer, when it gave one. */ status?: number };

export type FetchOptions = {
  fetch?: typeof fetch;
  maxBytes?: number;
  timeoutMs?: number;
  /** Extra request headers (WebDAV credentials): never logged, never stored with the bank. */
  headers?: Record<string, string>;
};

const TIMEOUT_MS = 30_000;

const failed = (zh: string, en: string, status?: number): FetchOutcome => ({ kind: 'failed', message: { zh, en }, ...(status ? { status } : {}) });

export async function fetchBankFile(url: string, previous: Validators, options: FetchOptions = {}): Promise<FetchOutcome> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (previous.etag) headers['If-None-Match'] = previous.etag;
  if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? TIMEOUT_MS);
  try {
    let response: Response;
    try {
      // No cookies, no cache of the browser's own: the validators above are the cache.
      response = await (options.fetch ?? fetch)(url, { headers, signal: abort.signal, credentials: 'omit', cache: 'no-store', redirect: 'error' });
    } catch (error) {
      if (abort.signal.aborted) return failed(`服务器在 ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} 秒内没有响应`, `The server did not answer within ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} s`);
      const detail = error instanceof Error ? error.message : String(error);
      return failed(`无法连接服务器（${detail}）`, `Cannot reach the server (${detail})`);
    }
    if (response.status === 304) return { kind: 'unchanged' };
    if (response.status === 401 || response.status === 403) return failed(`服务器拒绝访问（${response.status}），请检查用户名和密码`, `The server refused access (${response.status}); check the user name and password`, response.status);
    if (response.status === 404) return failed('服务器上没有这个文件（404）', 'The file is not on the server (404)', 404);
    if (!response.ok) return failed(`服务器返回错误 ${response.status}`, `The server answered with error ${response.status}`, response.status);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const tooLarge = (size: number) =>
      failed(`文件过大（${formatBytes(size)}），上限为 ${formatBytes(maxBytes)}`, `The file is too large (${formatBytes(size)}); the limit is ${formatBytes(maxBytes)}`);
    if (declared > maxBytes) return tooLarge(declared);
    const bytes = await readCapped(response, maxBytes);
    if (bytes === null) return tooLarge(maxBytes + 1);
    return {
      kind: 'changed',
      bytes,
      validators: { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined },
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or null once it passes `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? null : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
