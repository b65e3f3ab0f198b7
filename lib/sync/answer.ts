// The background's answers to the subscription requests (#16). A subscription is saved only
// once the writer granted its origin; each check fetches with the background's own fetch
// (the granted origin needs no CORS), and every applied change refreshes the engine.
import { BankInputError } from '../bank/limits';
import type { JukuDatabase } from '../db';
import { parsePublicKey } from './signing';
import { checkSubscription, checkSubscriptionUrl, listSubscriptions, newSubscriptionId, saveSubscription, unsubscribe, type Subscription } from './subscriptions';
import { SYNC_REQUEST_TYPES, type SyncResponseMap } from './protocol';
import { publish } from './publish';
import { publishToFolder, getPublishTarget } from './publish-upload';
import { checkSyncFolder, getPersonalSync, setUpPersonalSync, stopPersonalSync, syncPersonalBank } from './personal-sync';
import { accountFor, type AccountStore } from './accounts';
import { checkServerAddress } from './address';
import { folderUrl } from './webdav';
import type { Request } from '../protocol-schema';

export type SyncRequest = Extract<Request, { type: keyof SyncResponseMap }>;
export const isSyncRequest = (request: Request): request is SyncRequest => SYNC_REQUEST_TYPES.has(request.type);

export type SyncContext = {
  db: JukuDatabase;
  /** Whether the browser lets the background reach this address (origin-access.ts). */
  canReach: (url: URL) => Promise<boolean>;
  /** Gives an origin back when no subscription uses it any more. */
  releaseOrigin: (url: URL) => Promise<unknown>;
  /** The engine and palette read the bank again. */
  bankChanged: () => void;
  /** WebDAV accounts, in storage.local (accounts.ts). */
  accounts: AccountStore;
};

const subscriptionAccount = (id: string) => `sub:${id}`;
const PUBLISH = 'publish';
const PERSONAL = 'personal';

async function refuseUnreachable(ctx: SyncContext, url: URL, zh: string, en: string): Promise<void> {
  if (!(await ctx.canReach(url))) throw new BankInputError({ zh: `没有获得访问 ${url.origin} 的许可，${zh}`, en: `Access to ${url.origin} was not granted; ${en}` });
}

/** A personal sync run with its account; the bank read again when it brought rows. */
async function runPersonalSync(ctx: SyncContext) {
  const outcome = await syncPersonalBank(ctx.db, { account: await ctx.accounts.get(PERSONAL) });
  if (outcome.kind === 'synced' && outcome.summary.received > 0) ctx.bankChanged();
  return { outcome, state: await getPersonalSync(ctx.db) };
}


export async function answerSyncRequest(request: SyncRequest, ctx: SyncContext): Promise<SyncResponseMap[keyof SyncResponseMap]> {
  const { db } = ctx;
  switch (request.type) {
    case 'syncList':
      return { subscriptions: await listSubscriptions(db) };
    case 'syncSubscribe': {
      const url = checkSubscriptionUrl(request.url);
      const publicKey = request.publicKey?.trim() ? parsePublicKey(request.publicKey) : undefined;
      if (publicKey === null) throw new BankInputError({ zh: '发布者公钥格式不对（应为 P-256 公钥的 JSON）', en: 'The publisher key is not a P-256 public key in JSON' });
      await refuseUnreachable(ctx, url, '未订阅', 'nothing was subscribed');
      // An address ending in / is a WebDAV folder: the bank file in it is found by listing it.
      const folder = url.pathname.endsWith('/') ? url.href : undefined;
      if ((await listSubscriptions(db)).some((s) => (s.folder ?? s.url) === url.href)) {
        throw new BankInputError({ zh: '已经订阅了这个地址', en: 'This address is already subscribed' });
      }
      const subscription: Subscription = {
        id: newSubscriptionId(),
        name: request.name.trim() || url.host,
        url: url.href,
        ...(folder ? { folder } : {}),
        ...(publicKey ? { publicKey } : {}),
        review: request.review,
        validators: {},
      };
      const account = await accountFor(ctx.accounts, subscriptionAccount(subscription.id), request.user, request.password);
      if (account) await ctx.accounts.set(subscriptionAccount(subscription.id), account);
      await saveSubscription(db, subscription);
      const result = await checkSubscription(db, subscription, { account });
      if (result.kind === 'applied') ctx.bankChanged();
      return { subscription: (await listSubscriptions(db)).find((s) => s.id === subscription.id) ?? subscription, result };
    }
    case 'syncCheck': {
      const subscription = (await listSubscriptions(db)).find((s) => s.id === request.id);
      if (!subscription) throw new BankInputError({ zh: '找不到这个订阅', en: 'This subscription no longer exists' });
      const result = await checkSubscription(db, subscription, { apply: request.apply, account: await ctx.accounts.get(subscriptionAccount(subscription.id)) });
      if (result.kind === 'applied') ctx.bankChanged();
      return { result };
    }
    case 'syncUnsubscribe': {
      const all = await listSubscriptions(db);
      const gone = all.find((s) => s.id === request.id);
      const removed = await unsubscribe(db, request.id);
      await ctx.accounts.remove(subscriptionAccount(request.id));
      ctx.bankChanged();
      if (gone) await releaseIfUnused(ctx, new URL(gone.url));
      return { removed };
    }
    case 'syncPublish': {
      const { type: _type, sign, ...choice } = request;
      return publish(db, choice, sign);
    }
    case 'syncPublishUpload': {
      const { type: _type, sign, folder: address, user, password, overwrite, ...choice } = request;
      const folder = folderUrl(checkServerAddress(address, { zh: '发布只支持 http:// 或 https:// 的 WebDAV 地址', en: 'Publishing needs an http:// or https:// WebDAV address' }).href);
      await refuseUnreachable(ctx, folder, '未上传', 'nothing was uploaded');
      const account = await accountFor(ctx.accounts, PUBLISH, user, password);
      if (account) await ctx.accounts.set(PUBLISH, account);
      return publishToFolder(db, choice, sign, { folder, account, overwrite });
    }
    case 'syncSettings': {
      const [personal, personalAccount, target, publishAccount] = await Promise.all([getPersonalSync(db), ctx.accounts.get(PERSONAL), getPublishTarget(db), ctx.accounts.get(PUBLISH)]);
      return { personal, personalUser: personalAccount?.user, publishFolder: target?.folder, publishUser: publishAccount?.user };
    }
    case 'personalSyncSetUp': {
      const folder = checkSyncFolder(request.folder);
      await refuseUnreachable(ctx, folder, '未设置同步', 'sync was not set up');
      const account = await accountFor(ctx.accounts, PERSONAL, request.user, request.password);
      if (account) await ctx.accounts.set(PERSONAL, account);
      else await ctx.accounts.remove(PERSONAL);
      const before = await getPersonalSync(db);
      if (before?.folder !== folder.href) await setUpPersonalSync(db, folder);
      return runPersonalSync(ctx);
    }
    case 'personalSyncNow':
      return runPersonalSync(ctx);
    case 'personalSyncStop': {
      const before = await getPersonalSync(db);
      await stopPersonalSync(db);
      await ctx.accounts.remove(PERSONAL);
      if (before) await releaseIfUnused(ctx, new URL(before.folder));
      return {};
    }
  }
}

/** Gives an origin back once no subscription and no sync uses it. */
async function releaseIfUnused(ctx: SyncContext, url: URL): Promise<void> {
  const used = [...(await listSubscriptions(ctx.db)).map((s) => s.url), (await getPersonalSync(ctx.db))?.folder].filter((u): u is string => !!u);
  if (!used.some((u) => new URL(u).origin === url.origin)) await ctx.releaseOrigin(url).catch(() => {});
}

/** The scheduled check: every subscription, one after another, then personal sync when set
 * up; failures are recorded, not thrown. */
export async function checkAllSubscriptions(ctx: SyncContext): Promise<void> {
  let changed = false;
  for (const subscription of await listSubscriptions(ctx.db)) {
    const result = await checkSubscription(ctx.db, subscription, { account: await ctx.accounts.get(subscriptionAccount(subscription.id)) }).catch(() => null);
    if (result?.kind === 'applied') changed = true;
  }
  if (changed) ctx.bankChanged();
  if (await getPersonalSync(ctx.db)) await runPersonalSync(ctx).catch(() => {});
}
