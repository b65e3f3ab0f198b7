// The bank file format and the records stored in IndexedDB. Every type the rest of the
// code uses is z.infer of a schema here, so a value that crossed a boundary (a file, a
// message, the database) is validated against the same definition it is typed with.
import { z } from 'zod';
import { ROLES, ROLE_LABELS } from './roles';

export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
export { ROLES, ROLE_LABELS };

/** Phrases longer than this are not wording but whole documents; refuse them. */
export const MAX_PHRASE_CHARS = 2000;

export const PhraseKindSchema = z.enum(['sentence', 'clause', 'collocation']);
export type PhraseKind = z.infer<typeof PhraseKindSchema>;

export const PhraseSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().trim().min(2).max(MAX_PHRASE_CHARS),
  role: RoleSchema,
  /** jieba keywords, for search and filters. */
  tags: z.array(z.string().min(1).max(32)).max(32),
  /** jieba tokens of the text, computed when the phrase is written (never while typing). */
  tokens: z.array(z.string().min(1)).max(4000).default([]),
  kind: PhraseKindSchema.default('sentence'),
  /** Names of the source documents the wording was found in. */
  sources: z.array(z.string().max(200)).max(1000).default([]),
  /** How many distinct documents use this wording: a ranking signal. */
  docCount: z.number().int().min(0).default(1),
  /** Written to an exported file only when set, so a restore on a new machine keeps it. */
  favorite: z.boolean().optional(),
});
export type Phrase = z.infer<typeof PhraseSchema>;

/**
 * One node of a skeleton outline. The numbering (一、 / （一） / 1. / （1）) is not stored:
 * it is computed from the node's depth and position when the outline is inserted, so
 * nodes can be added, removed and reordered without renumbering text.
 */
export type SkeletonNode = {
  title: string;
  role: Role;
  /** Optional body lines under the heading (with {{字段}} placeholders). */
  body?: string[];
  children?: SkeletonNode[];
};
export const SkeletonNodeSchema: z.ZodType<SkeletonNode> = z.lazy(() =>
  z.object({
    title: z.string().min(1).max(200),
    role: RoleSchema,
    body: z.array(z.string().max(MAX_PHRASE_CHARS)).max(50).optional(),
    children: z.array(SkeletonNodeSchema).max(50).optional(),
  }),
);

export const SkeletonSchema = z.object({
  id: z.string().min(1).max(64),
  /** Title line with fields, e.g. 「{{年度}}{{单位}}党组书记抓党建工作述职报告」. */
  title: z.string().min(1).max(200),
  /** The document type, e.g. 「党组书记抓党建工作述职报告」: what the palette searches. */
  docType: z.string().min(1).max(100),
  /** Lines between the title and the first heading (opening paragraph with fields). */
  opening: z.array(z.string().max(MAX_PHRASE_CHARS)).max(20).default([]),
  outline: z.array(SkeletonNodeSchema).min(1).max(50),
  /**
   * Unnumbered lines after the outline: the type's closing words (「妥否，请批示。」) and the
   * GB/T 9704 elements after the body (附件说明, 发文机关署名, 成文日期). Optional: bank files
   * and databases written before it existed read unchanged.
   */
  closing: z.array(z.string().max(MAX_PHRASE_CHARS)).max(20).optional(),
  sources: z.array(z.string().max(200)).max(1000).default([]),
});
export type Skeleton = z.infer<typeof SkeletonSchema>;

export const BANK_FORMAT_VERSION = 1;

/** How often the writer took a phrase: carried by backup files only (a shared bank file
 * says nothing of one writer's habits), so a restore on a new machine ranks as before. */
export const UsageEntrySchema = z.object({
  phraseId: z.string().min(1).max(64),
  count: z.number().int().min(0).max(1_000_000_000),
  lastUsed: z.number().min(0).max(8.64e15),
  charsSaved: z.number().int().min(0).max(1_000_000_000_000).default(0),
});
export type UsageEntry = z.infer<typeof UsageEntrySchema>;

export const BankFileSchema = z.object({
  formatVersion: z.literal(BANK_FORMAT_VERSION),
  name: z.string().max(200).default('句库'),
  phrases: z.array(PhraseSchema).max(500_000),
  skeletons: z.array(SkeletonSchema).max(10_000),
  usage: z.array(UsageEntrySchema).max(500_000).optional(),
});
export type BankFile = z.infer<typeof BankFileSchema>;
export type BankFileInput = z.input<typeof BankFileSchema>;
