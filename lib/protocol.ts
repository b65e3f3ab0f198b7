// Every message between the content script, the extension pages and the background, in
// one table: the request schemas live in protocol-schema.ts (validated on receipt), the
// response types here.
import { browser } from 'wxt/browser';
import { PAGE_ID } from './bank/change-signal';
import type { Suggestion } from './engine/types';
import type { PaletteItem } from './search/palette-index';
import type { Skeleton } from './schema';
import type { FileBackupState } from './bank/file-backup';
import type { RequestInput, RequestType } from './protocol-schema';
import type { BankResponseMap } from './bank/protocol';
import type { SyncResponseMap } from './sync/protocol';
import type { Rule } from './check/rules';
import { BankInputError, type Bilingual } from './bank/limits';

export type { Request, RequestInput, RequestType } from './protocol-schema';

export type ResponseMap = {
  /** `contextMissing`: the query said its context was the one sent before, and this
   * connection has none (the background woke since): send it again. */
  suggest: { suggestions: Suggestion[]; contextMissing?: boolean };
  recordUse: { recorded: boolean };
  bankStats: { phrases: number; skeletons: number };
  paletteSearch: { items: PaletteItem[] };
  getSkeleton: { skeleton: Skeleton | null };
  openAddWindow: { opened: boolean };
  fileBackupRun: FileBackupState;
  /** For each phrase asked, up to three alternatives (none: left out). */
  wordingAlternatives: { alternatives: Record<string, string[]> };
  wordingRules: { rules: Rule[] };
} & BankResponseMap &
  SyncResponseMap;

/**
 * A refusal carries its message in Chinese (`error`) and, when it is meant for the user (a
 * BankInputError), in English too (`errorEn`). An unexpected error has its message only.
 */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string; errorEn?: string };

/** The refusal envelope for an error: a user-facing one keeps both languages. */
export function refusal(error: unknown): { ok: false; error: string; errorEn?: string } {
  if (error instanceof BankInputError) return { ok: false, error: error.message, errorEn: error.en };
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/**
 * The Error a refusal envelope becomes in the page that asked, checked field by field (the
 * envelope crossed a process boundary): with an English text, a BankInputError again.
 */
export function errorOfRefusal(reply: { error?: unknown; errorEn?: unknown }): Error {
  const zh = typeof reply.error === 'string' ? reply.error : String(reply.error);
  return typeof reply.errorEn === 'string' ? new BankInputError({ zh, en: reply.errorEn }) : new Error(zh);
}

const NO_ANSWER: Bilingual = { zh: '句库后台没有响应', en: 'The Juku background did not answer' };
const RESTARTED: Bilingual = { zh: '句库后台已重启', en: 'The Juku background restarted' };

export async function sendRequest<T extends RequestType>(
  request: Extract<RequestInput, { type: T }>,
): Promise<ResponseMap[T]> {
  // `from` names this page, so the bank-change signal of its own write does not come back to it.
  const reply = (await browser.runtime.sendMessage({ ...request, from: PAGE_ID })) as Envelope<ResponseMap[T]> | undefined;
  if (!reply) throw new BankInputError(NO_ANSWER);
  if (!reply.ok) throw errorOfRefusal(reply);
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
      else waiter.reject(errorOfRefusal(message.reply));
    });
    opened.onDisconnect.addListener(() => {
      port = null;
      for (const waiter of pending.values()) waiter.reject(new BankInputError(RESTARTED));
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
