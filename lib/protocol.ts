// Every message between the content script, the extension pages and the background, in
// one table: the request schemas live in protocol-schema.ts (validated on receipt), the
// response types here.
import { browser } from 'wxt/browser';
import type { Suggestion } from './engine/types';
import type { PaletteItem } from './search/palette-index';
import type { Skeleton } from './schema';
import type { RequestInput, RequestType } from './protocol-schema';
import type { BankResponseMap } from './bank/protocol';

export type { Request, RequestInput, RequestType } from './protocol-schema';

export type ResponseMap = {
  suggest: { suggestions: Suggestion[] };
  recordUse: { recorded: boolean };
  bankStats: { phrases: number; skeletons: number };
  paletteSearch: { items: PaletteItem[] };
  getSkeleton: { skeleton: Skeleton | null };
} & BankResponseMap;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

export async function sendRequest<T extends RequestType>(
  request: Extract<RequestInput, { type: T }>,
): Promise<ResponseMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Envelope<ResponseMap[T]> | undefined;
  if (!reply) throw new Error('句库后台没有响应');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

export const REQUEST_PORT = 'juku-requests';

type PortReply = { id: number; reply: Envelope<unknown> };

/**
 * Requests over one long-lived port instead of a message each: the content script asks on
 * every keystroke, and a port saves the per-message channel set-up. If the background
 * restarts, the port closes; the next request opens a new one.
 */
export function createRequestChannel(): <T extends RequestType>(request: Extract<RequestInput, { type: T }>) => Promise<ResponseMap[T]> {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const connect = () => {
    const opened = browser.runtime.connect({ name: REQUEST_PORT });
    opened.onMessage.addListener((message: PortReply) => {
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (message.reply.ok) waiter.resolve(message.reply.data);
      else waiter.reject(new Error(message.reply.error));
    });
    opened.onDisconnect.addListener(() => {
      port = null;
      for (const waiter of pending.values()) waiter.reject(new Error('句库后台已重启'));
      pending.clear();
    });
    return opened;
  };
  return (request) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        (port ??= connect()).postMessage({ id, request });
      } catch (error) {
        pending.delete(id);
        port = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
}
