// Where the writer's own rule files are stored (storage.local), apart from writer-rules.ts:
// the content script watches this item without loading the rule schemas (#19).
import { storage } from '#imports';
import type { RuleFile } from './rules';

/** One imported file, as parsed (validated again when read: storage is not trusted blindly). */
export type StoredRuleFile = RuleFile & { importedAt: number };

export const writerRulesItem = storage.defineItem<StoredRuleFile[]>('local:wordingRuleFiles', { fallback: [] });
