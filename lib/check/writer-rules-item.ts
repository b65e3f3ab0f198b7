// Where the writer's own rule files are stored (storage.local), apart from writer-rules.ts:
// the content script watches this item without loading the rule schemas (#19).
import { storage } from '#imports';
import type { RuleFile } from './rules';

/** One imported file, as parsed (validated again when read: storage is not trusted blindly). */
export type StoredRuleFile = RuleFile & { importedAt: number };

/** Its key in storage.local (read raw at a wake, background/wake-read-start.ts). */
export const WRITER_RULES_STORAGE_KEY = 'wordingRuleFiles';

export const writerRulesItem = storage.defineItem<StoredRuleFile[]>(`local:${WRITER_RULES_STORAGE_KEY}`, { fallback: [] });
