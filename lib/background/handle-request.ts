// The background's message handler: validates every request, checks who may send it,
// and answers in an envelope so errors reach the caller as text, not as a dropped reply.
import { CONTENT_SCRIPT_REQUESTS, parseRequest, type Request } from '../protocol-schema';
import { refusal, type Envelope, type ResponseMap } from '../protocol';
import { BankInputError } from '../bank/limits';
import type { JukuDatabase } from '../db';
import type { EngineHolder } from './engine-holder';
import type { PaletteHolder } from './palette-holder';
import { sectionRoleOf } from '../engine/section-role';
import { gateSuggestions } from '../engine/show-gate';
import { DocumentEngines, evidenceWithDocument, suggestWithDocument } from '../engine/document-engine';
import { answerBankRequest, isBankRequest } from '../bank/answer';
import { runFileBackup } from './file-backup-run';
import { announceBankChange, senderPageOf } from '../bank/change-signal';
import { addSavedChars, savedChineseChars } from '../bank/stats';
import { countPhrases, getPhrase, phraseTables } from '../bank/phrase-store';
import { answerSyncRequest, isSyncRequest, type SyncContext } from '../sync/answer';
import { alternativeGroups, alternativesFor } from '../check/alternatives';
import { currentRules } from '../check/writer-rules';

export type SenderInfo = {
  /** The sending extension's id (must be ours). */
  id?: string;
  /** The sender's URL: an extension page's own URL, or the web page a content script runs in. */
  url?: string;
  /** What this connection (a content script's port) told before: the document above the
   * caret it last sent (null: none yet), so a keystroke need not carry it again. */
  memory?: ConnectionMemory;
};

export type ConnectionMemory = { context: string | null };

export type RequestContext = {
  db: JukuDatabase;
  engine: EngineHolder;
  palette: PaletteHolder;
  /** Makes sure the bank exists (the default bank loads on the first wake after install). */
  ensureBank: () => Promise<unknown>;
  extensionId: string;
  extensionOrigin: string;
  /** The default bank as shipped, for 「恢复默认句库」. */
  readDefaultBank?: () => Promise<unknown>;
  /** Opens the add window with `text` prefilled (the palette's 「加入句库」). */
  openAddWindow?: (text: string) => Promise<unknown>;
  /** Bank subscriptions (#16); absent where the browser's permissions API is not wired (tests). */
  sync?: Omit<SyncContext, 'db' | 'bankChanged'>;
};

/** The documents the writer is typing in, as their queries carry them (in memory only:
 * rebuilt from the next query after a wake). A long one is indexed after its first answer. */
const documents = new DocumentEngines((work) => setTimeout(work, 0));

export async function handleRequest(
  raw: unknown,
  sender: SenderInfo,
  ctx: RequestContext,
): Promise<Envelope<ResponseMap[keyof ResponseMap]>> {
  if (sender.id !== ctx.extensionId) {
    return refusal(new BankInputError({ zh: '拒绝：消息不是来自本扩展', en: 'Refused: the message does not come from this extension' }));
  }
  const parsed = parseRequest(raw);
  if (!parsed.success) {
    // Name the part that is wrong, so a caller (or a bug report) can tell what to fix.
    const field = parsed.error.issues[0]?.path.join('.') || 'type';
    return refusal(new BankInputError({ zh: `请求格式无效：「${field}」一项不对`, en: `The request is malformed: its “${field}” is wrong` }));
  }
  const request = parsed.data;
  const fromExtensionPage = sender.url?.startsWith(ctx.extensionOrigin) ?? false;
  if (!fromExtensionPage && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
    return refusal(
      new BankInputError({ zh: `拒绝：网页中的脚本不能发送「${request.type}」`, en: `Refused: scripts in web pages may not send “${request.type}”` }),
    );
  }
  try {
    await ctx.ensureBank();
    return { ok: true, data: await answer(request, ctx, senderPageOf(raw), sender.memory) };
  } catch (error) {
    return refusal(error);
  }
}

async function answer(request: Request, ctx: RequestContext, from: string | undefined, memory?: ConnectionMemory): Promise<ResponseMap[keyof ResponseMap]> {
  if (isBankRequest(request)) return answerBankRequest(request, ctx, () => announceBankChange(from));
  if (isSyncRequest(request)) {
    if (!ctx.sync) throw new Error('句库订阅不可用');
    const bankChanged = () => (ctx.engine.invalidate(), announceBankChange(from));
    return answerSyncRequest(request, { db: ctx.db, ...ctx.sync, bankChanged });
  }
  switch (request.type) {
    case 'suggest': {
      // A keystroke right after a wake is answered by a large bank's first part (#19).
      const engine = await ctx.engine.getSoonest();
      // The document above the caret offers its own wording beside the bank's (#12). A
      // content script sends it when it changes and otherwise says it is the same; after a
      // wake (a new connection) it is asked for again.
      const remembered = request.sameContext ? (memory?.context ?? null) : request.context;
      if (memory && !request.sameContext) memory.context = request.context;
      const query = { ...request, context: remembered ?? '' };
      const document = documents.enginesFor(query.context, query.before);
      const suggestions = suggestWithDocument(engine, document, query);
      const contextMissing = remembered === null ? { contextMissing: true } : {};
      // The inline list shows only rows likely to help (#12); a caller may ask for all.
      if (request.all) return { suggestions, ...contextMissing };
      return { suggestions: gateSuggestions(suggestions, query, evidenceWithDocument((id) => engine.entryById(id), document)), ...contextMissing };
    }
    case 'recordUse': {
      const recorded = await ctx.db.transaction('rw', [ctx.db.usage, ...phraseTables(ctx.db), ctx.db.savedDays], async () => {
        // A content script may only count uses of phrases that exist.
        const phrase = await getPhrase(ctx.db, request.id);
        if (!phrase) return false;
        await addSavedChars(ctx.db, savedChineseChars(phrase.text, request.charsSaved), Date.now());
        const previous = await ctx.db.usage.get(request.id);
        await ctx.db.usage.put({
          phraseId: request.id,
          count: (previous?.count ?? 0) + 1,
          lastUsed: Date.now(),
          charsSaved: (previous?.charsSaved ?? 0) + request.charsSaved,
        });
        return true;
      });
      if (recorded) await ctx.engine.recordUse(request.id, Date.now());
      return { recorded };
    }
    case 'bankStats':
      return { phrases: await countPhrases(ctx.db), skeletons: await ctx.db.skeletons.count() };
    case 'paletteSearch': {
      const index = await ctx.palette.get();
      const { headings, ...query } = request;
      return { items: index.search({ ...query, sectionRole: sectionRoleOf(headings) }) };
    }
    case 'getSkeleton':
      return { skeleton: (await ctx.db.skeletons.get(request.id)) ?? null };
    case 'fileBackupRun':
      return runFileBackup(ctx.db, request.force);
    case 'openAddWindow':
      if (!ctx.openAddWindow) return { opened: false };
      await ctx.openAddWindow(request.text);
      return { opened: true };
    case 'wordingRules':
      return { rules: [...(await currentRules()).rules] };
    case 'wordingAlternatives': {
      // The engine's entries: the bank less what a rule flags, as the palette offers it.
      const [engine, { rules }] = await Promise.all([ctx.engine.get(), currentRules()]);
      const groups = alternativeGroups(rules);
      const texts = engine.entryList.map((entry) => entry.text);
      const alternatives: Record<string, string[]> = {};
      for (const phrase of new Set(request.phrases)) {
        const found = alternativesFor(phrase, groups, texts);
        if (found.length > 0) alternatives[phrase] = found;
      }
      return { alternatives };
    }
  }
}
