// The options page's subscription requests (#16), validated in the background. None may come
// from a content script (they are absent from CONTENT_SCRIPT_REQUESTS).
import { z } from 'zod';
import { once } from '../once';
import type { CheckResult, Subscription } from './subscriptions';
import type { Publication } from './publish';
import type { Upload } from './publish-upload';
import type { PersonalSyncState, SyncOutcome } from './personal-sync';
import { ROLES } from '../roles';

// Made on first use, as all request schemas (protocol-schema.ts).
function makeSyncRequestSchemas() {
  const subscriptionId = z.string().min(1).max(16);
  /** A WebDAV account typed in the options page: it goes to storage.local, nowhere else. */
  const account = { user: z.string().max(200).optional(), password: z.string().max(1000).optional() };
  const publishChoice = {
    name: z.string().max(100),
    roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
    tags: z.array(z.string().max(32)).max(100).default([]),
    favoritesOnly: z.boolean().default(false),
    mineOnly: z.boolean().default(true),
    outlines: z.boolean().default(false),
    sign: z.boolean().default(false),
  };

  return [
    z.object({ type: z.literal('syncList') }),
    z.object({
      type: z.literal('syncSubscribe'),
      name: z.string().max(100),
      url: z.string().max(2000),
      /** The publisher's public key (JSON), pinned when given. */
      publicKey: z.string().max(2000).optional(),
      review: z.boolean().default(false),
      ...account,
    }),
    z.object({ type: z.literal('syncCheck'), id: subscriptionId, apply: z.boolean().default(false) }),
    z.object({ type: z.literal('syncUnsubscribe'), id: subscriptionId }),
    z.object({ type: z.literal('syncPublish'), ...publishChoice }),
    /** Publish straight to a WebDAV folder (publish-upload.ts). */
    z.object({ type: z.literal('syncPublishUpload'), ...publishChoice, folder: z.string().max(2000), ...account, overwrite: z.boolean().default(false) }),
    /** What the options page shows of sync and publish targets (never a password). */
    z.object({ type: z.literal('syncSettings') }),
    z.object({ type: z.literal('personalSyncSetUp'), folder: z.string().max(2000), ...account }),
    z.object({ type: z.literal('personalSyncNow') }),
    z.object({ type: z.literal('personalSyncStop') }),
  ] as const;
}
export const syncRequestSchemas = once(makeSyncRequestSchemas);

export type SyncResponseMap = {
  syncList: { subscriptions: Subscription[] };
  syncSubscribe: { subscription: Subscription; result: CheckResult };
  syncCheck: { result: CheckResult };
  syncUnsubscribe: { removed: number };
  syncPublish: Publication;
  syncPublishUpload: Upload;
  syncSettings: { personal?: PersonalSyncState; personalUser?: string; publishFolder?: string; publishUser?: string };
  personalSyncSetUp: { outcome: SyncOutcome; state?: PersonalSyncState };
  personalSyncNow: { outcome: SyncOutcome; state?: PersonalSyncState };
  personalSyncStop: Record<string, never>;
};

/** The sync requests' types, known without making their schemas (the compiler checks the list). */
const SYNC_TYPE_LIST = {
  syncList: 1,
  syncSubscribe: 1,
  syncCheck: 1,
  syncUnsubscribe: 1,
  syncPublish: 1,
  syncPublishUpload: 1,
  syncSettings: 1,
  personalSyncSetUp: 1,
  personalSyncNow: 1,
  personalSyncStop: 1,
} satisfies Record<keyof SyncResponseMap, 1>;
export const SYNC_REQUEST_TYPES: ReadonlySet<string> = new Set(Object.keys(SYNC_TYPE_LIST));
