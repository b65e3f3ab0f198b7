// What a bank file must hold, and what may be left out: a writer or another tool writing one
// by hand gives each phrase its `text` and nothing else if it likes. The missing parts are
// filled in the same way the pipeline would: ids from the content, the section guessed from
// the wording (or named by its Chinese or English label), tags split from one string.
// BankFileSchema (lib/schema.ts) stays the strict form that is stored and exported.
import { z } from 'zod';
import { BANK_FORMAT_VERSION, MAX_PHRASE_CHARS, PhraseKindSchema, ROLES, ROLE_LABELS, RoleSchema, SkeletonNodeSchema, type BankFile, type Role } from '../schema';
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

const PhraseInputSchema = z.object({
  id: z.string().min(1).max(64).optional(),
  text: z.string().trim().min(2).max(MAX_PHRASE_CHARS),
  role: z.preprocess(roleOfName, RoleSchema).optional(),
  tags: z.preprocess(tagList, z.array(z.string().min(1).max(32)).max(32)).optional(),
  tokens: z.array(z.string().min(1)).max(4000).optional(),
  kind: PhraseKindSchema.optional(),
  sources: z.array(z.string().max(200)).max(1000).optional(),
  docCount: z.number().int().min(0).optional(),
  favorite: z.boolean().optional(),
});

const SkeletonInputSchema = z.object({
  id: z.string().min(1).max(64).optional(),
  title: z.string().min(1).max(200),
  docType: z.string().min(1).max(100).optional(),
  opening: z.array(z.string().max(MAX_PHRASE_CHARS)).max(20).optional(),
  outline: z.array(SkeletonNodeSchema).min(1).max(50),
  closing: z.array(z.string().max(MAX_PHRASE_CHARS)).max(20).optional(),
  sources: z.array(z.string().max(200)).max(1000).optional(),
});

export const BankFileInputSchema = z.object({
  formatVersion: z.literal(BANK_FORMAT_VERSION),
  name: z.string().max(200).optional(),
  phrases: z.array(PhraseInputSchema).max(500_000),
  skeletons: z.array(SkeletonInputSchema).max(10_000).optional(),
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
    phrases: input.phrases.map((p) => ({
      id: p.id ?? phraseIds.idFor(mergeKey(p.text)),
      text: p.text,
      role: p.role ?? suggestRole(p.text),
      tags: p.tags ?? [],
      tokens: p.tokens ?? [],
      kind: p.kind ?? 'sentence',
      sources: p.sources ?? [],
      docCount: p.docCount ?? 1,
      ...(p.favorite ? { favorite: true } : {}),
    })),
    skeletons: (input.skeletons ?? []).map((s) => {
      const body = {
        title: s.title,
        docType: s.docType ?? docTypeOf(s.title),
        opening: s.opening ?? [],
        outline: s.outline,
        ...(s.closing?.length ? { closing: s.closing } : {}),
        sources: s.sources ?? [],
      };
      return { id: s.id ?? skeletonIds.idFor(JSON.stringify(body)), ...body };
    }),
  };
}
