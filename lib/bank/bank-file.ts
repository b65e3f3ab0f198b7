// Export and import of the versioned bank file (lib/schema.ts BankFileSchema, the same the
// CLI writes). Import is previewed first (new / duplicate / changed), then merged or
// replaces the bank, in ONE transaction: a failure half way (storage full) leaves the bank
// exactly as it was.
import type { z } from 'zod';
import { sameRecord } from './same-record';
import { BANK_FORMAT_VERSION, type BankFile, type Phrase, type Skeleton } from '../schema';
import { BankFileInputSchema, completeBankFile } from './bank-file-input';
import type { JukuDatabase, StoredPhrase } from '../db';
import { mergeKey } from '../corpus/merge';
import { backupInside } from './backups';
import { BankInputError, MAX_PHRASE_CHARS, QUOTA_MESSAGE, checkFileSize, enCount, type Bilingual } from './limits';
import { writeBank } from './transaction';
import { allPhrases, phraseTables, replaceAllPhrases, writePhrases } from './phrase-store';

export type ImportMode = 'merge' | 'replace';

export type ImportPreview = {
  name: string;
  phrases: number;
  new: number;
  duplicate: number;
  changed: number;
  skeletons: number;
  newSkeletons: number;
  /** A preview's: the apply may send this instead of the file (parsed-import.ts). */
  token?: string;
};

/** The bank as a file. `withUsage` adds how often each phrase was taken: for the writer's own
 * backups, not for a file they share. */
export async function exportBank(db: JukuDatabase, name = '句库', withUsage = false): Promise<BankFile> {
  const [phrases, skeletons, usage] = await db.transaction('r', [...phraseTables(db), db.skeletons, db.usage], () =>
    Promise.all([allPhrases(db), db.skeletons.toArray(), withUsage ? db.usage.toArray() : Promise.resolve([])]),
  );
  const file: BankFile = { formatVersion: BANK_FORMAT_VERSION, name, phrases: phrases.map(phraseOfStored), skeletons };
  return withUsage ? { ...file, usage: usage.map(({ phraseId, count, lastUsed, charsSaved }) => ({ phraseId, count, lastUsed, charsSaved })) } : file;
}

/** A file's usage for the phrases the bank now holds: a replace takes the file's counts as
 * they are, a merge keeps the larger count of each phrase and its latest use. */
async function importUsage(db: JukuDatabase, bank: BankFile, mode: ImportMode): Promise<void> {
  // A file without usage (a shared bank) leaves the writer's own counts alone.
  if (!bank.usage) return;
  if (mode === 'replace') await db.usage.clear();
  const present = new Set(bank.phrases.map((p) => p.id));
  const incoming = bank.usage.filter((u) => present.has(u.phraseId));
  const existing = mode === 'merge' ? await db.usage.bulkGet(incoming.map((u) => u.phraseId)) : [];
  await db.usage.bulkPut(
    incoming.map((u, i) => {
      const before = existing[i];
      return before
        ? { phraseId: u.phraseId, count: Math.max(before.count, u.count), lastUsed: Math.max(before.lastUsed, u.lastUsed), charsSaved: Math.max(before.charsSaved, u.charsSaved) }
        : { phraseId: u.phraseId, count: u.count, lastUsed: u.lastUsed, charsSaved: u.charsSaved };
    }),
  );
}

/**
 * The file's fields of a stored phrase. Favorites travel with the file (a bank restored on
 * a new machine keeps them); origin and updatedAt stay in the database.
 */
export function phraseOfStored(stored: StoredPhrase): Phrase {
  const { id, text, role, tags, tokens, kind, sources, docCount, favorite } = stored;
  return { id, text, role, tags, tokens, kind, sources, docCount, ...(favorite ? { favorite: true } : {}) };
}

/** The Chinese names of the file's fields; the English names them as the file spells them. */
const FIELD_NAMES: Record<string, string> = {
  text: '文字',
  role: '章节',
  tags: '标签',
  tokens: '分词',
  id: '编号',
  title: '标题',
  outline: '提纲',
  formatVersion: '格式版本',
  phrases: '表述列表',
  skeletons: '提纲列表',
};

const ISSUE_WORDS: Record<string, Bilingual> = {
  too_big: { zh: '过长或过多', en: 'is too long or has too many items' },
  too_small: { zh: '过短或为空', en: 'is too short or empty' },
  invalid_type: { zh: '缺失或类型不对', en: 'is missing or of the wrong type' },
};
const INVALID: Bilingual = { zh: '无效', en: 'is invalid' };

/** A zod issue in words a user can act on: which entry, which field, what is wrong. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): Bilingual {
  const [list, index, field] = issue.path;
  const entry = typeof index === 'number';
  const where: Bilingual =
    list === 'phrases' && entry
      ? { zh: `第 ${index + 1} 条表述`, en: `Phrase ${index + 1}` }
      : list === 'skeletons' && entry
        ? { zh: `第 ${index + 1} 份提纲`, en: `Outline ${index + 1}` }
        : { zh: '文件', en: 'The file' };
  const key = typeof field === 'string' ? field : typeof list === 'string' && index === undefined ? list : '';
  if (list === 'phrases' && field === 'text' && issue.code === 'too_big' && entry) {
    const text = (raw as { phrases?: Array<{ text?: unknown }> }).phrases?.[index]?.text;
    const length = typeof text === 'string' ? [...text].length : 0;
    return {
      zh: `${where.zh}过长（${length} 字），每条上限为 ${MAX_PHRASE_CHARS} 字。`,
      en: `${where.en}: 'text' is too long (${enCount(length)} characters; the limit is ${enCount(MAX_PHRASE_CHARS)}).`,
    };
  }
  const what = ISSUE_WORDS[issue.code] ?? INVALID;
  return {
    zh: `${where.zh}${key ? `的「${FIELD_NAMES[key] ?? key}」` : ''}${what.zh}。`,
    en: key ? `${entry ? `${where.en}: ` : ''}'${key}' ${what.en}.` : `${where.en} ${what.en}.`,
  };
}

/** Reads a bank file's text, or throws a BankInputError that names the problem. */
export function parseBankText(text: string): BankFile {
  checkFileSize(new Blob([text]).size, { zh: '句库文件', en: 'The bank file' });
  let raw: unknown;
  try {
    // A byte-order mark (Windows Notepad saves one) is not part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new BankInputError({
      zh: `不是有效的 JSON 文件，无法读取（${detail}）。句库未改变。`,
      en: `This is not a valid JSON file and cannot be read (${detail}). The bank is unchanged.`,
    });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('formatVersion' in raw)) {
    throw new BankInputError({
      zh: '这不是句库文件：缺少 formatVersion（格式版本）。句库未改变。',
      en: 'This is not a bank file: it has no formatVersion. The bank is unchanged.',
    });
  }
  const version = (raw as { formatVersion: unknown }).formatVersion;
  if (version !== BANK_FORMAT_VERSION) {
    throw new BankInputError({
      zh: `不支持的句库文件格式版本：${JSON.stringify(version)}（本扩展支持版本 ${BANK_FORMAT_VERSION}）。句库未改变。`,
      en: `Unsupported bank file format version: ${JSON.stringify(version)} (this extension reads version ${BANK_FORMAT_VERSION}). The bank is unchanged.`,
    });
  }
  const deep = skeletonTooDeep(raw);
  if (deep !== null) {
    throw new BankInputError({
      zh: `句库文件有误：第 ${deep + 1} 份提纲的层级过深（超过 ${MAX_OUTLINE_DEPTH} 级）。句库未改变。`,
      en: `The bank file has an error: outline ${deep + 1} is nested too deep (more than ${MAX_OUTLINE_DEPTH} levels). The bank is unchanged.`,
    });
  }
  const parsed = BankFileInputSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const issue = first ? describeIssue(first, raw) : { zh: '', en: '' };
    const others = parsed.error.issues.length - 1;
    throw new BankInputError({
      zh: `句库文件有误：${issue.zh}${others > 0 ? `另有 ${others} 处问题。` : ''}句库未改变。`,
      en: `The bank file has an error: ${issue.en} ${others > 1 ? `There are ${others} more problems. ` : others === 1 ? 'There is 1 more problem. ' : ''}The bank is unchanged.`,
    });
  }
  return completeBankFile(parsed.data);
}

/**
 * Deeper than any 公文 outline (four numbered levels, twice over). Checked with an explicit
 * stack before validation, so a hostile file nested thousands deep is named, not a crash.
 */
const MAX_OUTLINE_DEPTH = 8;

/** The index of the first skeleton whose outline is nested too deep, or null. */
function skeletonTooDeep(raw: object): number | null {
  const skeletons = (raw as { skeletons?: unknown }).skeletons;
  if (!Array.isArray(skeletons)) return null;
  for (let index = 0; index < skeletons.length; index++) {
    const stack: Array<{ nodes: unknown; depth: number }> = [{ nodes: (skeletons[index] as { outline?: unknown } | null)?.outline, depth: 1 }];
    while (stack.length > 0) {
      const { nodes, depth } = stack.pop()!;
      if (!Array.isArray(nodes) || nodes.length === 0) continue;
      if (depth > MAX_OUTLINE_DEPTH) return index;
      for (const node of nodes) stack.push({ nodes: (node as { children?: unknown } | null)?.children, depth: depth + 1 });
    }
  }
  return null;
}

const sameWording = (a: Phrase, b: Phrase): boolean =>
  a.text === b.text && a.role === b.role && a.kind === b.kind && a.tags.join('\u0000') === b.tags.join('\u0000');

type Classified = { fresh: Phrase[]; changed: Array<{ incoming: Phrase; existing: StoredPhrase }>; duplicate: number };

function classify(existing: readonly StoredPhrase[], incoming: readonly Phrase[]): Classified {
  const byId = new Map(existing.map((p) => [p.id, p]));
  const byKey = new Set(existing.map((p) => mergeKey(p.text)));
  const result: Classified = { fresh: [], changed: [], duplicate: 0 };
  const seen = new Set<string>();
  for (const phrase of incoming) {
    if (seen.has(phrase.id)) {
      result.duplicate++;
      continue;
    }
    seen.add(phrase.id);
    const sameId = byId.get(phrase.id);
    if (sameId) {
      if (sameWording(sameId, phrase)) result.duplicate++;
      else result.changed.push({ incoming: phrase, existing: sameId });
    } else if (byKey.has(mergeKey(phrase.text))) {
      result.duplicate++;
    } else {
      result.fresh.push(phrase);
      byKey.add(mergeKey(phrase.text));
    }
  }
  return result;
}

type Counts = { fresh: number; changed: number; duplicate: number };
const countsOf = (found: Classified): Counts => ({ fresh: found.fresh.length, changed: found.changed.length, duplicate: found.duplicate });

function previewOf(bank: BankFile, found: Counts, skeletonIds: readonly string[]): ImportPreview {
  const known = new Set(skeletonIds);
  return {
    name: bank.name,
    phrases: bank.phrases.length,
    new: found.fresh,
    duplicate: found.duplicate,
    changed: found.changed,
    skeletons: bank.skeletons.length,
    newSkeletons: bank.skeletons.filter((s) => !known.has(s.id)).length,
  };
}

export async function previewImport(db: JukuDatabase, bank: BankFile): Promise<ImportPreview> {
  const [existing, skeletonIds] = await db.transaction('r', [...phraseTables(db), db.skeletons], () =>
    Promise.all([allPhrases(db), db.skeletons.toCollection().primaryKeys()]),
  );
  return previewOf(bank, countsOf(classify(existing, bank.phrases)), skeletonIds);
}

const sameRecordAs = (stored: StoredPhrase | undefined, next: StoredPhrase) => stored !== undefined && sameRecord(stored, next);

// The phrase was validated with the whole file (parseBankText): not parsed again here.
const storedOf = (phrase: Phrase, now: number, keep?: StoredPhrase): StoredPhrase => ({
  ...phrase,
  origin: keep?.origin ?? 'user',
  favorite: (keep?.favorite ?? false) || (phrase.favorite ?? false),
  updatedAt: keep && sameWording(keep, phrase) ? keep.updatedAt : now,
});

/**
 * Merge: adds the new phrases, updates the changed ones (keeping favorites), leaves
 * duplicates alone. Replace: backs the bank up, then the file becomes the bank.
 */
export function applyImport(db: JukuDatabase, bank: BankFile, mode: ImportMode, now = Date.now()): Promise<ImportPreview> {
  return writeBank(
    db,
    async () => {
      // One read of the bank serves the preview, the backup and the merge.
      const [existing, skeletonIds] = await Promise.all([allPhrases(db), db.skeletons.toCollection().primaryKeys()]);
      if (mode === 'replace') {
        const byId = new Map(existing.map((p) => [p.id, p]));
        await backupInside(db, '替换导入前', now, existing);
        // The file becomes the bank: what it lacks goes (the same id twice in a file: the
        // last one). The counts say what differs from the stored record (the preview
        // already showed the merge view).
        const next = new Map(bank.phrases.map((p) => [p.id, storedOf(p, now, byId.get(p.id))] as const));
        const writes = [...next.values()].filter((p) => !sameRecordAs(byId.get(p.id), p));
        await replaceAllPhrases(db, [...next.values()]);
        await db.skeletons.clear();
        await db.skeletons.bulkPut(bank.skeletons);
        await importUsage(db, bank, mode);
        const fresh = writes.filter((p) => !byId.has(p.id)).length;
        return previewOf(bank, { fresh, changed: writes.length - fresh, duplicate: bank.phrases.length - writes.length }, skeletonIds);
      }
      const found = classify(existing, bank.phrases);
      await writePhrases(db, {
        put: [...found.fresh.map((p) => storedOf(p, now)), ...found.changed.map(({ incoming, existing: before }) => storedOf(incoming, now, before))],
      });
      const known = new Set(skeletonIds);
      await db.skeletons.bulkPut(bank.skeletons.filter((s: Skeleton) => !known.has(s.id)));
      await importUsage(db, bank, mode);
      return previewOf(bank, countsOf(found), skeletonIds);
    },
    QUOTA_MESSAGE,
  );
}
