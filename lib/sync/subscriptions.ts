// Subscriptions to a unit's shared bank (#16): where each one lives, what its server last
// said, and one check that fetches, verifies, parses and applies — or keeps the last good
// copy and says since when the server has been failing. The file is untrusted input: size-
// capped while it streams, signature-checked when a key is pinned, schema-checked whole,
// refused whole with a message when anything is wrong, and applied in one transaction.
import type { JukuDatabase } from '../db';
import { BankInputError, type Bilingual } from '../bank/limits';
import { parseBankText } from '../bank/bank-file';
import { checkServerAddress } from './address';
import { fetchBankFile, type FetchOptions, type Validators } from './fetch-bank';
import { authHeaders, findBankFile, WebDavError, type Account } from './webdav';
import { verifyBytes, type PublicKeyJwk } from './signing';
import { applySubscription, previewSubscription, removeSubscriptionRows, type LayerChange } from './subscribed-layer';

export type Subscription = {
  /** Short and stable: it marks the subscription's rows. */
  id: string;
  name: string;
  /** The bank file's address (for a WebDAV folder: the file found in it). */
  url: string;
  /** A WebDAV folder subscribed to: the bank file in it is found with PROPFIND, and found
   * again when it moves. */
  folder?: string;
  /** Pinned publisher key: a file not signed by it is refused. */
  publicKey?: PublicKeyJwk;
  /** Show what changed and wait for the writer before applying. */
  review: boolean;
  validators: Validators;
  lastCheckedAt?: number;
  /** When the copy in the bank was last fetched and applied. */
  lastGoodAt?: number;
  /** Since when every check has failed (cleared by the next success). */
  failingSince?: number;
  lastError?: Bilingual;
};

const KEY = 'subscriptions';

export async function listSubscriptions(db: JukuDatabase): Promise<Subscription[]> {
  return ((await db.settings.get(KEY))?.value as Subscription[] | undefined) ?? [];
}

export async function saveSubscription(db: JukuDatabase, subscription: Subscription): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const all = await listSubscriptions(db);
    const at = all.findIndex((s) => s.id === subscription.id);
    if (at < 0) all.push(subscription);
    else all[at] = subscription;
    await db.settings.put({ key: KEY, value: all });
  });
}

export function newSubscriptionId(): string {
  return [...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Checks an address before it is saved: http(s) only, no credentials in it. */
export const checkSubscriptionUrl = (text: string): URL =>
  checkServerAddress(text, { zh: '句库订阅只支持 http:// 或 https:// 地址', en: 'A bank subscription needs an http:// or https:// address' });

export type CheckResult =
  | { kind: 'unchanged' }
  | { kind: 'applied'; change: LayerChange }
  | { kind: 'review'; change: LayerChange }
  | { kind: 'failed'; message: Bilingual; since: number };

export type CheckOptions = FetchOptions & {
  now?: number;
  /** Apply even when the subscription asks for review. */
  apply?: boolean;
  /** The server's account (accounts.ts), sent only to it. */
  account?: Account;
};

/** The bank file in a subscribed WebDAV folder, or the failure's message. */
async function findInFolder(folder: string, options: CheckOptions): Promise<string | Bilingual> {
  try {
    return (await findBankFile(new URL(folder), { fetch: options.fetch, timeoutMs: options.timeoutMs, account: options.account })).url;
  } catch (error) {
    if (error instanceof WebDavError) return error.text;
    throw error;
  }
}

/** One check of one subscription; the subscription record is updated either way. */
export async function checkSubscription(db: JukuDatabase, subscription: Subscription, options: CheckOptions = {}): Promise<CheckResult> {
  const now = options.now ?? Date.now();
  options = { ...options, headers: { ...options.headers, ...authHeaders(options.account) } };
  const fail = async (message: Bilingual): Promise<CheckResult> => {
    const since = subscription.failingSince ?? now;
    await saveSubscription(db, { ...subscription, lastCheckedAt: now, failingSince: since, lastError: message });
    return { kind: 'failed', message, since };
  };
  const { folder } = subscription;
  if (folder && subscription.url === folder) {
    const found = await findInFolder(folder, options);
    if (typeof found !== 'string') return fail(found);
    subscription = { ...subscription, url: found, validators: {} };
  }
  // A review asks for the file itself again, not "not modified" (nothing was applied).
  let outcome = await fetchBankFile(subscription.url, options.apply ? {} : subscription.validators, options);
  if (folder && outcome.kind === 'failed' && outcome.status === 404) {
    // The file in the folder was renamed or replaced: look for it again, once.
    const found = await findInFolder(folder, options);
    if (typeof found !== 'string') return fail(found);
    subscription = { ...subscription, url: found, validators: {} };
    outcome = await fetchBankFile(subscription.url, {}, options);
  }
  if (outcome.kind === 'failed') return fail(outcome.message);
  if (outcome.kind === 'unchanged') {
    await saveSubscription(db, { ...subscription, lastCheckedAt: now, failingSince: undefined, lastError: undefined });
    return { kind: 'unchanged' };
  }
  if (subscription.publicKey) {
    const signature = await fetchBankFile(`${subscription.url}.sig`, {}, { ...options, maxBytes: 4096 });
    if (signature.kind !== 'changed') return fail({ zh: '缺少签名文件（.sig），已拒绝这份句库', en: 'The signature file (.sig) is missing; the bank was refused' });
    const valid = await verifyBytes(outcome.bytes, new TextDecoder().decode(signature.bytes), subscription.publicKey);
    if (!valid) return fail({ zh: '签名与固定的发布者公钥不符，已拒绝这份句库', en: 'The signature does not match the pinned publisher key; the bank was refused' });
  }
  let file;
  try {
    file = parseBankText(new TextDecoder('utf-8', { fatal: true }).decode(outcome.bytes));
  } catch (error) {
    if (error instanceof BankInputError) return fail({ zh: error.message, en: error.en });
    if (error instanceof TypeError) return fail({ zh: '文件不是 UTF-8 文本，已拒绝', en: 'The file is not UTF-8 text; it was refused' });
    throw error;
  }
  if (subscription.review && !options.apply) {
    await saveSubscription(db, { ...subscription, lastCheckedAt: now, failingSince: undefined, lastError: undefined });
    return { kind: 'review', change: await previewSubscription(db, subscription.id, file) };
  }
  let change: LayerChange;
  try {
    change = await applySubscription(db, subscription.id, file);
  } catch (error) {
    if (error instanceof BankInputError) return fail({ zh: error.message, en: error.en });
    throw error;
  }
  await saveSubscription(db, { ...subscription, validators: outcome.validators, lastCheckedAt: now, lastGoodAt: now, failingSince: undefined, lastError: undefined });
  return { kind: 'applied', change };
}

/** Forgets a subscription and removes its rows, nothing else. */
export async function unsubscribe(db: JukuDatabase, id: string): Promise<number> {
  const removed = await removeSubscriptionRows(db, id);
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: KEY, value: (await listSubscriptions(db)).filter((s) => s.id !== id) });
  });
  return removed;
}

