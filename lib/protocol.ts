// Every message between the content script, the extension pages and the background, in
// one table: the request schemas live in protocol-schema.ts (validated on receipt), the
// response types here.
import { browser } from 'wxt/browser';
import type { Suggestion } from './engine/types';
import type { RequestInput, RequestType } from './protocol-schema';

export type { Request, RequestInput, RequestType } from './protocol-schema';

export type ResponseMap = {
  suggest: { suggestions: Suggestion[] };
  recordUse: { recorded: boolean };
  bankStats: { phrases: number; skeletons: number };
};

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

export async function sendRequest<T extends RequestType>(
  request: Extract<RequestInput, { type: T }>,
): Promise<ResponseMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Envelope<ResponseMap[T]> | undefined;
  if (!reply) throw new Error('句库后台没有响应');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
