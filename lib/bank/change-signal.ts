// Every open extension page (two options tabs, the popup) shows the bank as it is now: after
// each write the background says so on a BroadcastChannel, which reaches every page of the
// extension's origin, and the pages read again. The page that made the change says who it
// is with its request, so it is not told of its own edit (it has patched its copy already;
// reading a 100,000-phrase bank again would cost it a second).
const CHANNEL = 'juku-bank-changes';

export type BankChange = { from?: string };

/** This page's name in its requests (random: pages of one extension trust each other). */
export const PAGE_ID = Math.random().toString(36).slice(2);

/** Called by the background after a write; never throws (a signal lost is a stale view, not a lost edit). */
export function announceBankChange(from?: string): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ from } satisfies BankChange);
    channel.close();
  } catch {
    // No BroadcastChannel (a test's Node environment): nobody to tell.
  }
}

/** Signals closer together than this make one read: an import in another tab or a burst of
 * edits would otherwise have the page read a large bank once per edit. */
const SETTLE_MS = 150;

/**
 * Calls `listener` when another page or the background changed the bank; returns the
 * unsubscribe. A burst of changes makes one call after it settles, and a change during a
 * call makes one more call after it (never two reads at once).
 */
export function onBankChange(listener: () => void | Promise<unknown>): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    timer = undefined;
    if (running) return void (again = true);
    running = true;
    try {
      await listener();
    } catch {
      // The page shows its own error for a failed read; the next change tries again.
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  };
  channel.onmessage = (event: MessageEvent<BankChange>) => {
    if (event.data?.from !== PAGE_ID) schedule();
  };
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    channel.close();
  };
}

/** The sender's page id in a raw request, when it gave one. */
export function senderPageOf(raw: unknown): string | undefined {
  const from = (raw as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.length <= 32 ? from : undefined;
}
