// A small WebDAV client of our own (#16): list a folder (PROPFIND), find the bank file in
// it, upload safely (PUT with If-Match / If-None-Match: *), make a folder (MKCOL). GETs go
// through fetch-bank.ts (conditional, size-capped) with the Authorization header from here.
// Ours rather than npm's `webdav` client: that one is built for Node and needs polyfills
// (Buffer, stream, an XML parser) in an MV3 service worker, which has fetch but no
// DOMParser; what Juku needs is four requests and a reader for one kind of XML answer.
// Credentials travel only in the Authorization header: never in a URL, a bank file, a log
// or an error message (each message below names the status, never the account).
import type { Bilingual } from '../bank/limits';
import { fetchBankFile, type FetchOptions, type Validators } from './fetch-bank';

export type Account = { user: string; password: string };

/** HTTP Basic, with the user and password as UTF-8 (RFC 7617's charset="UTF-8"). */
export function basicAuth(account: Account): string {
  const bytes = new TextEncoder().encode(`${account.user}:${account.password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export const authHeaders = (account: Account | undefined): Record<string, string> => (account?.user ? { Authorization: basicAuth(account) } : {});

export class WebDavError extends Error {
  override readonly name = 'WebDavError';
  constructor(readonly text: Bilingual, readonly status?: number) {
    super(text.zh);
  }
}

export type DavOptions = { fetch?: typeof fetch; timeoutMs?: number; account?: Account };

const TIMEOUT_MS = 30_000;

/** A folder address always ends in `/` (servers redirect otherwise, and a redirect is refused). */
export function folderUrl(text: string): URL {
  const url = new URL(text);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** One request, credentials omitted from cookies and the browser's cache bypassed; a
 * transport failure or timeout becomes a WebDavError saying so. */
async function request(url: string, init: RequestInit, options: DavOptions): Promise<Response> {
  const abort = new AbortController();
  const timeout = options.timeoutMs ?? TIMEOUT_MS;
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    return await (options.fetch ?? fetch)(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...authHeaders(options.account) },
      signal: abort.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  } catch (error) {
    if (abort.signal.aborted) throw new WebDavError({ zh: `服务器在 ${Math.round(timeout / 1000)} 秒内没有响应`, en: `The server did not answer within ${Math.round(timeout / 1000)} s` });
    const detail = error instanceof Error ? error.message : String(error);
    throw new WebDavError({ zh: `无法连接服务器（${detail}）`, en: `Cannot reach the server (${detail})` });
  } finally {
    clearTimeout(timer);
  }
}

/** The message for a status a WebDAV request did not expect. */
export function statusError(status: number, what: Bilingual): WebDavError {
  if (status === 401 || status === 403) return new WebDavError({ zh: `服务器拒绝访问（${status}），请检查用户名和密码`, en: `The server refused access (${status}); check the user name and password` }, status);
  if (status === 404) return new WebDavError({ zh: `服务器上没有这个${what.zh}（404）`, en: `The ${what.en} is not on the server (404)` }, status);
  if (status === 405 || status === 501) return new WebDavError({ zh: `这个地址不是 WebDAV 文件夹（${status}）`, en: `This address is not a WebDAV folder (${status})` }, status);
  if (status === 507) return new WebDavError({ zh: '服务器空间不足（507）', en: 'The server is out of space (507)' }, status);
  return new WebDavError({ zh: `服务器返回错误 ${status}`, en: `The server answered with error ${status}` }, status);
}

export type DavEntry = { url: string; name: string; folder: boolean; etag?: string; size?: number; lastModified?: string };

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:getetag/><D:getcontentlength/><D:getlastmodified/></D:prop></D:propfind>';

/** A folder's entries (not the folder itself). */
export async function listFolder(folder: URL, options: DavOptions = {}): Promise<DavEntry[]> {
  const response = await request(folder.href, { method: 'PROPFIND', headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' }, body: PROPFIND_BODY }, options);
  if (response.status !== 207) throw statusError(response.status, { zh: '文件夹', en: 'folder' });
  // A listing is small; a huge one is not a bank folder.
  const text = await response.text();
  if (text.length > 2_000_000) throw new WebDavError({ zh: '文件夹的列表过大', en: 'The folder listing is too large' });
  return parseMultistatus(text, folder).filter((entry) => entry.url !== folder.href);
}

/** The XML entities a server may use in a multistatus answer. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)) : (ENTITIES[name] ?? whole),
  );

/** The elements named `local` in any namespace prefix (D:, d:, lp1:, none). */
const elements = (xml: string, local: string) => [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>)`, 'g'))].map((m) => m[1] ?? '');

/**
 * Reads a 207 Multi-Status answer with patterns, not an XML parser: the service worker has
 * no DOMParser, and only five elements are needed. Properties from a propstat whose status
 * is not 200 are ignored (a server lists the ones it lacks under 404).
 */
export function parseMultistatus(xml: string, base: URL): DavEntry[] {
  const entries: DavEntry[] = [];
  for (const response of elements(xml, 'response')) {
    const href = elements(response, 'href')[0];
    if (!href) continue;
    let url: URL;
    try {
      url = new URL(decodeXml(href.trim()), base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin) continue; // a listing never sends us elsewhere
    const ok = elements(response, 'propstat').filter((stat) => /\s200\s/.test(elements(stat, 'status')[0] ?? ' 200 '));
    const props = ok.map((stat) => elements(stat, 'prop')[0] ?? '').join('');
    const value = (name: string) => {
      const found = elements(props, name)[0];
      return found === undefined || found.trim() === '' ? undefined : decodeXml(found.trim());
    };
    const folder = /<(?:[\w.-]+:)?collection\b/.test(elements(props, 'resourcetype')[0] ?? '');
    const size = value('getcontentlength');
    const segments = url.pathname.split('/').filter(Boolean);
    let name = segments[segments.length - 1] ?? '';
    try {
      name = decodeURIComponent(name);
    } catch {
      // keep it as sent
    }
    entries.push({ url: url.href, name, folder, etag: value('getetag'), size: size === undefined ? undefined : Number(size), lastModified: value('getlastmodified') });
  }
  return entries;
}

/** The name Juku publishes a unit bank under, and the personal sync file's. */
export const BANK_FILE_NAME = 'juku-bank.json';
export const SYNC_FILE_NAME = 'juku-sync.json';

/** The bank file in a folder: `juku-bank.json` if there, else the one .json file there is. */
export async function findBankFile(folder: URL, options: DavOptions = {}): Promise<DavEntry> {
  const files = (await listFolder(folder, options)).filter((e) => !e.folder && e.name.toLowerCase().endsWith('.json') && e.name !== SYNC_FILE_NAME);
  const named = files.find((e) => e.name === BANK_FILE_NAME);
  if (named) return named;
  if (files.length === 1) return files[0]!;
  if (files.length === 0) throw new WebDavError({ zh: '这个文件夹里没有句库文件（.json）', en: 'There is no bank file (.json) in this folder' });
  const names = files.slice(0, 5).map((e) => e.name).join('、');
  throw new WebDavError({ zh: `文件夹里有多个 .json 文件（${names}），请把句库文件命名为 ${BANK_FILE_NAME}，或直接填写文件地址`, en: `The folder has several .json files (${names}); name the bank ${BANK_FILE_NAME} or give the file's address` });
}

/** Makes the folder if it is not there (405: it exists). */
export async function ensureFolder(folder: URL, options: DavOptions = {}): Promise<void> {
  const response = await request(folder.href, { method: 'MKCOL' }, options);
  if (response.status === 201 || response.status === 405) return;
  if (response.status === 409) throw new WebDavError({ zh: '上一级文件夹不存在（409），请先在服务器上建好', en: 'The parent folder does not exist (409); create it on the server first' }, 409);
  throw statusError(response.status, { zh: '文件夹', en: 'folder' });
}

/** What the file on the server must be for an upload to go ahead. */
export type UploadCondition =
  /** It is still the version we read (its ETag, or its Last-Modified where the ETag was weak). */
  | { etag?: string; lastModified?: string }
  /** There is no file yet. */
  | 'absent'
  /** Whatever is there (the writer said to overwrite). */
  | 'any';

export type UploadOutcome = { kind: 'uploaded'; etag?: string } | { kind: 'conflict' };

/**
 * PUT that never overwrites someone else's upload unnoticed: If-Match with the ETag read
 * (a weak one cannot match, RFC 9110, so Apache's W/ ETags of files just written fall back
 * to If-Unmodified-Since), If-None-Match: * when there should be no file. 412: conflict.
 */
export async function uploadFile(url: string, bytes: Uint8Array, condition: UploadCondition, options: DavOptions & { contentType?: string } = {}): Promise<UploadOutcome> {
  const headers: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/json; charset=utf-8' };
  if (condition === 'absent') headers['If-None-Match'] = '*';
  else if (condition !== 'any') {
    if (condition.etag && !condition.etag.startsWith('W/')) headers['If-Match'] = condition.etag;
    else if (condition.lastModified) headers['If-Unmodified-Since'] = condition.lastModified;
    else if (condition.etag) headers['If-Match'] = condition.etag;
  }
  const response = await request(url, { method: 'PUT', headers, body: bytes as BodyInit }, options);
  if (response.status === 412) return { kind: 'conflict' };
  if (response.status === 409) throw new WebDavError({ zh: '服务器上的文件夹不存在（409）', en: 'The folder does not exist on the server (409)' }, 409);
  if (!response.ok) throw statusError(response.status, { zh: '文件', en: 'file' });
  return { kind: 'uploaded', etag: response.headers.get('etag') ?? undefined };
}

/**
 * The validators of the file just uploaded. Apache answers a PUT without an ETag: the file
 * is read back, and its validators kept only if it is still exactly what was uploaded (if
 * another computer wrote in between, none are kept and the next run reads and merges).
 */
export async function validatorsAfterUpload(url: string, bytes: Uint8Array, etag: string | undefined, options: FetchOptions): Promise<Validators> {
  if (etag && !etag.startsWith('W/')) return { etag };
  const back = await fetchBankFile(url, {}, options);
  if (back.kind !== 'changed' || back.bytes.length !== bytes.length || !back.bytes.every((b, i) => b === bytes[i])) return {};
  return back.validators;
}
