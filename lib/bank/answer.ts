// The background's answers to the bank manager's requests. Every write invalidates the
// in-memory engine once it committed, so every open tab's next suggestion sees the change.
import type { Request } from '../protocol-schema';
import type { RequestContext } from '../background/handle-request';
import type { BankRequestType, BankResponseMap } from './protocol';
import { BANK_REQUEST_TYPES } from './protocol';
import { addPhrase, deletePhrases, retagPhrases, updatePhrase } from './phrases';
import { pendingUndo, undoLast } from './undo';
import { applyImport, exportBank, parseBankText, previewImport } from './bank-file';
import { forgetParsedImport, keepParsedImport, parsedImport } from './parsed-import';
import { BankInputError } from './limits';
import { backupNow, listBackups, restoreBackup } from './backups';
import { restoreDefaults } from './defaults';
import { deleteSkeleton, saveSkeleton } from './skeletons';
import { bankOverview } from './stats';
import { BankSearchCache } from './search-cache';
import type { JukuDatabase } from '../db';

export type BankRequest = Extract<Request, { type: BankRequestType }>;

export const isBankRequest = (request: Request): request is BankRequest => BANK_REQUEST_TYPES.has(request.type);

const NO_FILE = { zh: '没有收到句库文件。', en: 'No bank file was received.' };
const textOf = (request: { text?: string }): string => {
  if (request.text === undefined) throw new BankInputError(NO_FILE);
  return request.text;
};

const searchCaches = new WeakMap<JukuDatabase, BankSearchCache>();

async function read(request: BankRequest, ctx: RequestContext): Promise<BankResponseMap[BankRequestType] | undefined> {
  const { db } = ctx;
  switch (request.type) {
    case 'bankOverview':
      return bankOverview(db, request.limit);
    case 'bankSearch': {
      let cache = searchCaches.get(db);
      if (!cache) searchCaches.set(db, (cache = new BankSearchCache(db)));
      return { results: await cache.search(request.query, request.limit) };
    }
    case 'bankUndoState':
      return { undo: await pendingUndo(db) };
    case 'bankExport':
      return exportBank(db, undefined, request.withUsage === true);
    case 'bankBackups':
      return { backups: await listBackups(db) };
    case 'bankImport':
      if (request.mode !== 'preview') return undefined;
      {
        const bank = parseBankText(textOf(request));
        return { ...(await previewImport(db, bank)), token: keepParsedImport(bank) };
      }
    default:
      return undefined;
  }
}

async function write(request: BankRequest, ctx: RequestContext): Promise<BankResponseMap[BankRequestType]> {
  const { db } = ctx;
  switch (request.type) {
    case 'bankAddPhrase':
      return { phrase: await addPhrase(db, request) };
    case 'bankUpdatePhrase':
      return { phrase: await updatePhrase(db, request.id, request.patch) };
    case 'bankDeletePhrases':
      return { deleted: await deletePhrases(db, request.ids) };
    case 'bankRetag':
      return { changed: await retagPhrases(db, request.ids, request) };
    case 'bankUndo':
      return { undone: await undoLast(db, request.expectedAt) };
    case 'bankImport':
    {
      const bank = request.token ? parsedImport(request.token) : parseBankText(textOf(request));
      const result = await applyImport(db, bank, request.mode === 'replace' ? 'replace' : 'merge');
      if (request.token) forgetParsedImport(request.token);
      return result;
    }
    case 'bankBackupNow':
      return backupNow(db);
    case 'bankRestoreBackup':
      return restoreBackup(db, request.id);
    case 'bankRestoreDefaults': {
      if (!ctx.readDefaultBank) throw new Error('无法读取默认句库');
      return restoreDefaults(db, ctx.readDefaultBank);
    }
    case 'bankSaveSkeleton':
      return { skeleton: await saveSkeleton(db, request.skeleton) };
    case 'bankDeleteSkeleton':
      await deleteSkeleton(db, request.id);
      return { deleted: true };
    default:
      throw new Error(`未知的句库请求：${request.type}`);
  }
}

/** `changed` tells the open pages after a write (lib/bank/change-signal.ts). */
export async function answerBankRequest(
  request: BankRequest,
  ctx: RequestContext,
  changed: () => void = () => {},
): Promise<BankResponseMap[BankRequestType]> {
  const answer = await read(request, ctx);
  if (answer !== undefined) return answer;
  let result: BankResponseMap[BankRequestType] | undefined;
  try {
    return (result = await write(request, ctx));
  } finally {
    // Also after a failed write: a rolled-back transaction leaves the bank (and its
    // version) as it was, and the engine then stays as it is or is rebuilt, harmlessly.
    const ids = changedPhraseIds(request, result);
    if (ids) ctx.engine.phrasesChanged(ids);
    else ctx.engine.invalidate();
    if (result !== undefined) changed();
  }
}

/**
 * The phrases a write changed, when it changed only phrases it names (the engine then takes
 * the change at once, see EngineHolder.phrasesChanged); null when a rebuild is needed.
 * Skeletons are not in the engine: their writes change no phrase.
 */
function changedPhraseIds(request: BankRequest, result: BankResponseMap[BankRequestType] | undefined): string[] | null {
  switch (request.type) {
    case 'bankAddPhrase': {
      const added = (result as BankResponseMap['bankAddPhrase'] | undefined)?.phrase.id;
      return added === undefined ? [] : [added];
    }
    case 'bankUpdatePhrase':
      return [request.id];
    case 'bankDeletePhrases':
    case 'bankRetag':
      return [...request.ids];
    case 'bankSaveSkeleton':
    case 'bankDeleteSkeleton':
      return [];
    default:
      return null;
  }
}
