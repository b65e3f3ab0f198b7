// The background's answers to the subscription requests (#16). A subscription is saved only
// once the writer granted its origin; each check fetches with the background's own fetch
// (the granted origin needs no CORS), and every applied change refreshes the engine.
import { BankInputError } from '../bank/limits';
import type { JukuDatabase } from '../db';
import { parsePublicKey } from './signing';
import { checkSubscription, checkSubscriptionUrl, listSubscriptions, newSubscriptionId, saveSubscription, unsubscribe, type Subscription } from './subscriptions';
import { SYNC_REQUEST_SCHEMAS, type SyncResponseMap } from './protocol';
import { publish } from './publish';
import type { Request } from '../protocol-schema';

export type SyncRequest = Extract<Request, { type: keyof SyncResponseMap }>;
const SYNC_TYPES: ReadonlySet<string> = new Set(SYNC_REQUEST_SCHEMAS.map((schema) => schema.shape.type.value));
export const isSyncRequest = (request: Request): request is SyncRequest => SYNC_TYPES.has(request.type);

export type SyncContext = {
  db: JukuDatabase;
  /** Whether the browser lets the background reach this address (origin-access.ts). */
  canReach: (url: URL) => Promise<boolean>;
  /** Gives an origin back when no subscription uses it any more. */
  releaseOrigin: (url: URL) => Promise<unknown>;
  /** The engine and palette read the bank again. */
  bankChanged: () => void;
};


export async function answerSyncRequest(request: SyncRequest, ctx: SyncContext): Promise<SyncResponseMap[keyof SyncResponseMap]> {
  const { db } = ctx;
  switch (request.type) {
    case 'syncList':
      return { subscriptions: await listSubscriptions(db) };
    case 'syncSubscribe': {
      const url = checkSubscriptionUrl(request.url);
      const publicKey = request.publicKey?.trim() ? parsePublicKey(request.publicKey) : undefined;
      if (publicKey === null) throw new BankInputError({ zh: '发布者公钥格式不对（应为 P-256 公钥的 JSON）', en: 'The publisher key is not a P-256 public key in JSON' });
      if (!(await ctx.canReach(url))) {
        throw new BankInputError({ zh: `没有获得访问 ${url.origin} 的许可，未订阅`, en: `Access to ${url.origin} was not granted; nothing was subscribed` });
      }
      if ((await listSubscriptions(db)).some((s) => s.url === url.href)) {
        throw new BankInputError({ zh: '已经订阅了这个地址', en: 'This address is already subscribed' });
      }
      const subscription: Subscription = {
        id: newSubscriptionId(),
        name: request.name.trim() || url.host,
        url: url.href,
        ...(publicKey ? { publicKey } : {}),
        review: request.review,
        validators: {},
      };
      await saveSubscription(db, subscription);
      const result = await checkSubscription(db, subscription);
      if (result.kind === 'applied') ctx.bankChanged();
      return { subscription: (await listSubscriptions(db)).find((s) => s.id === subscription.id) ?? subscription, result };
    }
    case 'syncCheck': {
      const subscription = (await listSubscriptions(db)).find((s) => s.id === request.id);
      if (!subscription) throw new BankInputError({ zh: '找不到这个订阅', en: 'This subscription no longer exists' });
      const result = await checkSubscription(db, subscription, { apply: request.apply });
      if (result.kind === 'applied') ctx.bankChanged();
      return { result };
    }
    case 'syncUnsubscribe': {
      const all = await listSubscriptions(db);
      const gone = all.find((s) => s.id === request.id);
      const removed = await unsubscribe(db, request.id);
      ctx.bankChanged();
      if (gone && !all.some((s) => s.id !== gone.id && new URL(s.url).origin === new URL(gone.url).origin)) await ctx.releaseOrigin(new URL(gone.url)).catch(() => {});
      return { removed };
    }
    case 'syncPublish': {
      const { type: _type, sign, ...choice } = request;
      return publish(db, choice, sign);
    }
  }
}

/** The scheduled check: every subscription, one after another; failures are recorded, not thrown. */
export async function checkAllSubscriptions(ctx: SyncContext): Promise<void> {
  let changed = false;
  for (const subscription of await listSubscriptions(ctx.db)) {
    const result = await checkSubscription(ctx.db, subscription).catch(() => null);
    if (result?.kind === 'applied') changed = true;
  }
  if (changed) ctx.bankChanged();
}
