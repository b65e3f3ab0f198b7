// What a bank file must hold, and what may be left out: a writer or another tool writing one
// by hand gives each phrase its `text` and nothing else if it likes. The missing parts are
// filled in the same way the pipeline would: ids from the content, the section guessed from
// the wording (or named by its Chinese or English label), tags split from one string.
// BankFileSchema (lib/schema.ts) stays the strict form that is stored and exported.
import { z } from 'zod';
import { BANK_FORMAT_VERSION, PhraseSchema, ROLES, ROLE_LABELS, RoleSchema, SkeletonSchema, UsageEntrySchema, type BankFile, type Role } from '../schema';
import { ROLE_LABELS_EN } from '../roles';
import { IdAllocator } from '../corpus/hash';
import { mergeKey } from '../corpus/merge';
import { suggestRole } from './role-guess';

/** 「存在问题」, "Problems" or "problem" all name the same section. */
const ROLE_BY_NAME = new Map<string, Role>(
  ROLES.flatMap((role) => [[role, role], [ROLE_LABELS[role], role], [ROLE_LABELS_EN[role].toLowerCase(), role]] as Array<[string, Role]>),
);

const roleOfName = (value: unknown): unknown =>
  typeof value === 'string' ? (ROLE_BY_NAME.get(value.trim()) ?? ROLE_BY_NAME.get(value.trim().toLowerCase()) ?? value) : value;

/** Tags as one string 「学习、党建」 are split the way a person writes a list. */
const tagList = (value: unknown): unknown =>
  typeof value === 'string' ? value.split(/[、，,；;\s]+/).filter(Boolean) : value;

// The stored schemas with what a hand-written file may leave out made optional; the rest
// (tokens, kind, sources, docCount, opening) already default in them.
const PhraseInputSchema = PhraseSchema.extend({
  id: PhraseSchema.shape.id.optional(),
  role: z.preprocess(roleOfName, RoleSchema).optional(),
  tags: z.preprocess(tagList, PhraseSchema.shape.tags).optional(),
});

const SkeletonInputSchema = SkeletonSchema.extend({
  id: SkeletonSchema.shape.id.optional(),
  docType: SkeletonSchema.shape.docType.optional(),
});

export const BankFileInputSchema = z.object({
  formatVersion: z.literal(BANK_FORMAT_VERSION),
  name: z.string().max(200).optional(),
  phrases: z.array(PhraseInputSchema).max(500_000),
  skeletons: z.array(SkeletonInputSchema).max(10_000).optional(),
  usage: z.array(UsageEntrySchema).max(500_000).optional(),
});
export type BankFileInput = z.infer<typeof BankFileInputSchema>;

/** 「{{年度}}{{单位}}工作总结」 → 「工作总结」: what the palette searches when a file names no type. */
const docTypeOf = (title: string): string => title.replace(/\{\{[^{}]*\}\}/g, '').trim().slice(0, 100) || title.slice(0, 100);

/** The complete bank a valid input stands for: nothing the writer gave is changed. */
export function completeBankFile(input: BankFileInput): BankFile {
  const phraseIds = new IdAllocator('p_');
  const skeletonIds = new IdAllocator('s_');
  // Ids given in the file are kept and reserved first, so a generated one never takes them.
  for (const p of input.phrases) if (p.id) phraseIds.idFor(p.id);
  return {
    formatVersion: BANK_FORMAT_VERSION,
    name: input.name ?? '句库',
    phrases: input.phrases.map(({ favorite, ...p }) => ({
      ...p,
      id: p.id ?? phraseIds.idFor(mergeKey(p.text)),
      role: p.role ?? suggestRole(p.text),
      tags: p.tags ?? [],
      ...(favorite ? { favorite: true } : {}),
    })),
    skeletons: (input.skeletons ?? []).map((s) => {
      const body = {
        title: s.title,
        docType: s.docType ?? docTypeOf(s.title),
        opening: s.opening,
        outline: s.outline,
        ...(s.closing?.length ? { closing: s.closing } : {}),
        sources: s.sources,
      };
      return { id: s.id ?? skeletonIds.idFor(JSON.stringify(body)), ...body };
    }),
    ...(input.usage ? { usage: input.usage } : {}),
  };
}
