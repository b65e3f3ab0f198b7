// The manager's phrase edits: add, edit, favorite, delete and retag, each one transaction
// that also stores its undo. Tokens and tags come from the caller (the page that computed
// them with jieba when the user saved): this module never segments.
import type { z } from 'zod';
import { PhraseSchema, type Phrase, type Role } from '../schema';
import type { JukuDatabase, StoredPhrase } from '../db';
import { fnv1a64 } from '../corpus/hash';
import { mergeKey } from '../corpus/merge';
import { backupInside } from './backups';
import { BankInputError, checkPhraseText, type Bilingual } from './limits';
import { writeBank } from './transaction';
import { rememberUndo } from './undo';
import { allPhrases, getPhrase, getPhrases, writePhrases } from './phrase-store';

export type PhraseDraft = {
  text: string;
  role: Role;
  tags: string[];
  tokens: string[];
  kind?: Phrase['kind'];
  sources?: string[];
};

export type PhrasePatch = Partial<Pick<StoredPhrase, 'text' | 'role' | 'tags' | 'tokens' | 'favorite'>>;

/** The id a wording gets: the same as the corpus pipeline gives it, so the same wording meets itself. */
export const phraseIdOf = (text: string): string => `p_${fnv1a64(mergeKey(text))}`;

const cleanTags = (tags: readonly string[]): string[] =>
  [...new Set(tags.map((t) => t.trim()).filter(Boolean))].slice(0, 32).map((t) => [...t].slice(0, 32).join(''));

/** Subscribed rows (#16) belong to their bank: the writer may favourite them, nothing more. */
const READ_ONLY: Bilingual = {
  zh: '这条表述来自订阅的句库，只能收藏，不能修改或删除；如需改动，请复制后添加为自己的表述。',
  en: 'This phrase comes from a subscribed bank: you can favourite it, but not edit or delete it. To change it, add a copy as your own phrase.',
};
function refuseSubscribed(phrases: readonly StoredPhrase[]): void {
  if (phrases.some((p) => p.origin === 'team')) throw new BankInputError(READ_ONLY);
}

/** A phrase the schema refuses, named by zod's first issue (its wording is English in both). */
function invalidPhrase(error: z.ZodError): BankInputError {
  const detail = error.issues[0]?.message ?? '';
  return new BankInputError({ zh: `表述无效：${detail}`, en: `Invalid phrase: ${detail}` });
}

/** Validates a draft into a stored phrase (text length first, with its own message). */
export function storedOfDraft(draft: PhraseDraft, now: number, origin: StoredPhrase['origin'] = 'user'): StoredPhrase {
  const text = checkPhraseText(draft.text);
  const parsed = PhraseSchema.safeParse({
    id: phraseIdOf(text),
    text,
    role: draft.role,
    tags: cleanTags(draft.tags),
    tokens: draft.tokens.filter((t) => t.trim()).slice(0, 4000),
    kind: draft.kind ?? 'sentence',
    sources: (draft.sources ?? ['手动添加']).slice(0, 1000),
    docCount: 1,
  });
  if (!parsed.success) throw invalidPhrase(parsed.error);
  return { ...parsed.data, origin, favorite: false, updatedAt: now };
}

export async function addPhrase(db: JukuDatabase, draft: PhraseDraft, now = Date.now()): Promise<StoredPhrase> {
  const phrase = storedOfDraft(draft, now);
  return writeBank(db, async () => {
    // Same id means same wording (ids hash the normalized text); phrases imported from other
    // banks may carry other ids, so look at the wording too.
    const key = mergeKey(phrase.text);
    const existing = (await getPhrase(db, phrase.id)) ?? (await allPhrases(db)).find((p) => mergeKey(p.text) === key);
    if (existing) {
      const start = existing.text.slice(0, 30);
      throw new BankInputError({ zh: `句库中已有这条表述：「${start}」`, en: `This phrase is already in the bank: “${start}”` });
    }
    await writePhrases(db, { put: [phrase] });
    await rememberUndo(db, { action: { kind: 'add', count: 1 }, at: now, put: [], remove: [phrase.id] });
    return phrase;
  });
}

/**
 * Edits a phrase in place (its id, and so its usage, stay). Editing the wording of a
 * default phrase makes it the user's own: 「恢复默认句库」 then leaves it alone.
 */
export function updatePhrase(db: JukuDatabase, id: string, patch: PhrasePatch, now = Date.now()): Promise<StoredPhrase> {
  return writeBank(db, async () => {
    const before = await getPhrase(db, id);
    if (!before) throw new BankInputError({ zh: '这条表述已不存在（可能已被删除）。', en: 'This phrase no longer exists (it may have been deleted).' });
    if (Object.keys(patch).some((key) => key !== 'favorite')) refuseSubscribed([before]);
    const text = patch.text === undefined ? before.text : checkPhraseText(patch.text);
    const reworded = text !== before.text || (patch.role !== undefined && patch.role !== before.role);
    const after: StoredPhrase = {
      ...before,
      text,
      role: patch.role ?? before.role,
      tags: patch.tags ? cleanTags(patch.tags) : before.tags,
      tokens: patch.tokens ?? before.tokens,
      favorite: patch.favorite ?? before.favorite,
      origin: reworded ? 'user' : before.origin,
      updatedAt: now,
    };
    const checked = PhraseSchema.safeParse(after);
    if (!checked.success) throw invalidPhrase(checked.error);
    await writePhrases(db, { put: [after] });
    const kind = patch.favorite !== undefined && Object.keys(patch).length === 1 ? (patch.favorite ? 'favorite' : 'unfavorite') : 'edit';
    await rememberUndo(db, { action: { kind, count: 1 }, at: now, put: [before], remove: [] });
    return after;
  });
}

/** Deletes phrases; more than one at a time is a bulk delete, backed up first. */
export function deletePhrases(db: JukuDatabase, ids: readonly string[], now = Date.now()): Promise<number> {
  return writeBank(db, async () => {
    const found = (await getPhrases(db, ids)).filter((p): p is StoredPhrase => p !== undefined);
    refuseSubscribed(found);
    if (found.length > 1) await backupInside(db, `批量删除 ${found.length} 条前`, now);
    await writePhrases(db, { remove: found.map((p) => p.id) });
    // Tombstones for personal sync: the deletion reaches the writer's other computers.
    await db.rowTimes.bulkPut(found.map((p) => ({ key: `p:${p.id}`, at: now, deleted: true })));
    await rememberUndo(db, { action: { kind: 'delete', count: found.length }, at: now, put: found, remove: [] });
    return found.length;
  });
}

/** Adds and removes tags (and optionally sets the role) on many phrases at once. */
export async function retagPhrases(
  db: JukuDatabase,
  ids: readonly string[],
  change: { add?: string[]; remove?: string[]; role?: Role },
  now = Date.now(),
): Promise<number> {
  const add = cleanTags(change.add ?? []);
  const remove = new Set(cleanTags(change.remove ?? []));
  return writeBank(db, async () => {
    const found = (await getPhrases(db, ids)).filter((p): p is StoredPhrase => p !== undefined);
    refuseSubscribed(found);
    const changed = found.map((p) => ({
      ...p,
      tags: cleanTags([...p.tags.filter((t) => !remove.has(t)), ...add]),
      role: change.role ?? p.role,
      updatedAt: now,
    }));
    await writePhrases(db, { put: changed });
    await rememberUndo(db, { action: { kind: 'retag', count: found.length }, at: now, put: found, remove: [] });
    return found.length;
  });
}
