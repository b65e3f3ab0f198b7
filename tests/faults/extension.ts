// What the reliability cases do to the running extension: ask its background as the bank
// manager does, read the bank's state whole, stop its service worker, and watch every
// request the extension itself makes.
import type { BrowserContext, Page } from 'playwright-core';

export type Reply = { ok: true; data: any } | { ok: false; error: string; errorEn?: string };

/** One request from an extension page, as the options page sends it (lib/protocol.ts). */
export function ask(page: Page, request: Record<string, unknown>): Promise<Reply> {
  return page.evaluate(
    (message) => (globalThis as any).chrome.runtime.sendMessage(message).catch((error: Error) => ({ ok: false, error: String(error?.message ?? error) })),
    request,
  ) as Promise<Reply>;
}

export async function answer(page: Page, request: Record<string, unknown>): Promise<any> {
  const reply = await ask(page, request);
  if (!reply?.ok) throw new Error(`${String(request.type)} refused: ${reply?.error}`);
  return reply.data;
}

/** An extension page to send requests from (the popup: small, no bank listing of its own). */
export async function extensionPage(context: BrowserContext, extensionId: string, path = 'popup.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/**
 * The bank as a writer could tell it apart, read straight from the extension's IndexedDB in
 * an extension page: phrase texts (sorted), skeleton ids, backups and the stored phrase
 * count. Read directly, not through the background, so a dead or confused worker cannot
 * hide a half-written state.
 */
export type BankState = {
  phrases: number;
  texts: string;
  /** Phrases whose text starts with each label of bankFileOf. */
  labelled: Record<string, number>;
  skeletons: string;
  backups: string;
  countSetting: number | null;
};

export async function bankState(page: Page, labels: readonly string[] = []): Promise<BankState> {
  return page.evaluate(async (labels) => {
    const open = indexedDB.open('juku');
    const db: IDBDatabase = await new Promise((done, fail) => {
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = (store: string): Promise<any[]> =>
      new Promise((done, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    const buckets = await all('phraseBuckets');
    const texts: string[] = buckets.flatMap((b) => (b.phrases ?? []).map((p: any) => p.text));
    texts.sort();
    // A digest of the texts, not the texts: 50,000 phrases would make a slow comparison.
    let hash = 0;
    for (const t of texts) for (let i = 0; i < t.length; i++) hash = (Math.imul(hash, 31) + t.charCodeAt(i)) | 0;
    const skeletons = (await all('skeletons')).map((s) => s.id).sort().join(',');
    const backups = (await all('backups')).map((b) => `${b.id}:${b.phraseCount}`).join(',');
    const count = (await all('settings')).find((s) => s.key === 'phraseCount');
    db.close();
    const labelled = Object.fromEntries(labels.map((label) => [label, texts.filter((t) => t.startsWith(label)).length]));
    return { phrases: texts.length, texts: `${texts.length}#${hash}`, labelled, skeletons, backups, countSetting: typeof count?.value === 'number' ? count.value : null };
  }, labels);
}

/** Stops the extension's service worker the way Chromium does when it idles out or is
 * killed: from the browser side, whatever it was doing (DevTools' "Stop" of
 * chrome://serviceworker-internals). Reports whether the worker was running. */
export async function killServiceWorker(page: Page, extensionId: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const running = new Promise<string[]>((done) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> }) =>
        done(versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'running').map((v) => v.versionId)),
      );
    });
    await cdp.send('ServiceWorker.enable');
    const versions = await Promise.race([running, new Promise<string[]>((done) => setTimeout(() => done([]), 2000))]);
    for (const versionId of versions) await cdp.send('ServiceWorker.stopWorker', { versionId });
    return versions.length > 0;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Every request the extension's own contexts make (its service worker and its pages) to
 * anything that is not the extension itself. Service-worker requests reach the context's
 * 'request' event because the suite runs with PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS.
 */
export function watchExtensionRequests(context: BrowserContext, extensionId: string): () => string[] {
  const own = `chrome-extension://${extensionId}/`;
  const seen: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith(own) || request.url().startsWith('data:') || request.url().startsWith('blob:')) return;
    const fromWorker = request.serviceWorker()?.url().startsWith(own) ?? false;
    let fromPage = false;
    try {
      fromPage = request.frame().url().startsWith(own);
    } catch {
      // A service worker's request has no frame.
    }
    if (fromWorker || fromPage) seen.push(request.url());
  });
  return () => [...seen];
}

/** A bank file of `count` distinct phrases, as an export would write it. */
export function bankFileOf(count: number, label: string): string {
  const phrases = Array.from({ length: count }, (_, i) => ({
    id: `${label}-${i}`,
    text: `${label}第${i}条：坚持以人民为中心的发展思想，推动工作落实${i % 97}`,
    role: 'work',
    tags: [label],
  }));
  return JSON.stringify({ formatVersion: 1, name: label, phrases, skeletons: [] });
}

/**
 * The extension service worker's JS heap after garbage collection, in MB, read over CDP from
 * an extension page's session: Playwright gives workers no CDP session of their own, so this
 * attaches to the worker's target and talks to it through Target.sendMessageToTarget.
 */
export async function workerHeapMb(page: Page, extensionId: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) throw new Error('the extension service worker is not running');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const call = (method: string) =>
      new Promise<any>((done, fail) => {
        const id = nextId++;
        const listen = (event: { sessionId: string; message: string }) => {
          const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
          if (event.sessionId !== sessionId || reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', listen);
          if (reply.error) fail(new Error(reply.error.message));
          else done(reply.result);
        };
        cdp.on('Target.receivedMessageFromTarget', listen);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
