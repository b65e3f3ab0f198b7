// The bank manager's requests (issue 6): schemas validated in the background, and the
// response types. Spliced into the one request table (lib/protocol-schema.ts, lib/protocol.ts).
// None of these may come from a content script: they are absent from CONTENT_SCRIPT_REQUESTS.
import { z } from 'zod';
import { once } from '../once';
import { RoleSchema, type BankFile, type Skeleton } from '../schema';
import type { BackupRecord, StoredPhrase } from '../db';
import type { ImportPreview } from './bank-file';
import type { RestoreDefaultsResult } from './defaults';
import type { BankOverview } from './stats';
import type { EditAction } from './undo';

/** Above the file limit (limits.ts), so a file over it still arrives and gets its own message. */
const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

// Made on first use, as all request schemas (protocol-schema.ts): a wake answers keystrokes
// before any bank request comes.
function makeBankRequestSchemas() {
  // Loose bounds here; lib/bank checks the real limits and says which one was hit.
  const id = z.string().min(1).max(64);
  const ids = z.array(id).max(1_000_000);
  const tags = z.array(z.string().max(200)).max(200);
  const phraseText = z.string().max(1_000_000);
  const tokens = z.array(z.string().max(200)).max(20_000);
  return [
    z.object({ type: z.literal('bankOverview'), limit: z.number().int().min(1).max(50).default(5) }),
    z.object({ type: z.literal('bankSearch'), query: z.string().max(200), limit: z.number().int().min(1).max(200).default(20) }),
    z.object({ type: z.literal('bankAddPhrase'), text: phraseText, role: RoleSchema, tags, tokens }),
    z.object({
      type: z.literal('bankUpdatePhrase'),
      id,
      patch: z.object({ text: phraseText.optional(), role: RoleSchema.optional(), tags: tags.optional(), tokens: tokens.optional(), favorite: z.boolean().optional() }),
    }),
    z.object({ type: z.literal('bankDeletePhrases'), ids }),
    z.object({ type: z.literal('bankRetag'), ids, add: tags.default([]), remove: tags.default([]), role: RoleSchema.optional() }),
    // `expectedAt`: the edit the page offers to undo; another tab's newer edit is not undone in its place.
    z.object({ type: z.literal('bankUndo'), expectedAt: z.number().optional() }),
    z.object({ type: z.literal('bankUndoState') }),
    // `withUsage`: the writer's own backup file, with how often each phrase was taken.
    z.object({ type: z.literal('bankExport'), withUsage: z.boolean().optional() }),
    // An apply after a preview may send the preview's token instead of the file (parsed-import.ts).
    z.object({ type: z.literal('bankImport'), text: z.string().max(MAX_IMPORT_CHARS).optional(), token: z.string().max(64).optional(), mode: z.enum(['preview', 'merge', 'replace']) }),
    z.object({ type: z.literal('bankBackups') }),
    z.object({ type: z.literal('bankBackupNow') }),
    z.object({ type: z.literal('bankRestoreBackup'), id: z.number().int().min(1) }),
    z.object({ type: z.literal('bankRestoreDefaults') }),
    z.object({ type: z.literal('bankSaveSkeleton'), skeleton: z.unknown() }),
    z.object({ type: z.literal('bankDeleteSkeleton'), id }),
  ] as const;
}
export const bankRequestSchemas = once(makeBankRequestSchemas);

export type BankResponseMap = {
  bankOverview: BankOverview;
  bankSearch: { results: StoredPhrase[] };
  bankAddPhrase: { phrase: StoredPhrase };
  bankUpdatePhrase: { phrase: StoredPhrase };
  bankDeletePhrases: { deleted: number };
  bankRetag: { changed: number };
  bankUndo: { undone: EditAction };
  bankUndoState: { undo: { action: EditAction; at: number } | null };
  bankExport: BankFile;
  bankImport: ImportPreview;
  bankBackups: { backups: BackupRecord[] };
  bankBackupNow: BackupRecord;
  bankRestoreBackup: BackupRecord;
  bankRestoreDefaults: RestoreDefaultsResult;
  bankSaveSkeleton: { skeleton: Skeleton };
  bankDeleteSkeleton: { deleted: true };
};

export type BankRequestType = keyof BankResponseMap;

/** The bank requests' types, known without making their schemas (the compiler checks the list). */
const BANK_TYPE_LIST = {
  bankOverview: 1,
  bankSearch: 1,
  bankAddPhrase: 1,
  bankUpdatePhrase: 1,
  bankDeletePhrases: 1,
  bankRetag: 1,
  bankUndo: 1,
  bankUndoState: 1,
  bankExport: 1,
  bankImport: 1,
  bankBackups: 1,
  bankBackupNow: 1,
  bankRestoreBackup: 1,
  bankRestoreDefaults: 1,
  bankSaveSkeleton: 1,
  bankDeleteSkeleton: 1,
} satisfies Record<BankRequestType, 1>;
export const BANK_REQUEST_TYPES: ReadonlySet<string> = new Set(Object.keys(BANK_TYPE_LIST));
