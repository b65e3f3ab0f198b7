// The writer's own wording rules (#17): rule files imported on the options page, kept in
// the extension's storage (writer-rules-item.ts), merged by id over the shipped rules by the
// background, which filters the bank with them and sends them to the content script's check.
import { DEFAULT_RULES_REVISION, defaultRules, mergeRules, parseRuleFile, type Rule, type RuleFile } from './rules';
import { writerRulesItem, type StoredRuleFile } from './writer-rules-item';

export { writerRulesItem, type StoredRuleFile } from './writer-rules-item';

/**
 * The file added to the list: one of the same name is replaced (a newer version of it), so
 * importing a file twice does not stack it.
 */
export function withRuleFile(files: readonly StoredRuleFile[], file: RuleFile, now: number): StoredRuleFile[] {
  return [...files.filter((f) => f.name !== file.name), { ...file, importedAt: now }];
}

export function withoutRuleFile(files: readonly StoredRuleFile[], name: string): StoredRuleFile[] {
  return files.filter((f) => f.name !== name);
}

/** The files as stored, each validated; a file that no longer passes is left out. */
export function validFiles(stored: unknown): StoredRuleFile[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) => {
    try {
      const importedAt = (entry as { importedAt?: unknown }).importedAt;
      return [{ ...parseRuleFile(entry), importedAt: typeof importedAt === 'number' ? importedAt : 0 }];
    } catch {
      return [];
    }
  });
}

export type MergedRules = { rules: readonly Rule[]; /** Names the rule set, for what was filtered with it (the engine's snapshot). */ revision: string };

/** The shipped rules with the writer's files merged over them by id, in the order imported. */
export function mergedRules(files: readonly StoredRuleFile[]): MergedRules {
  // The shipped rules are read only if asked for: a wake needs just the revision (#19).
  if (files.length === 0)
    return {
      get rules() {
        return defaultRules();
      },
      revision: String(DEFAULT_RULES_REVISION),
    };
  const rules = files.reduce<readonly Rule[]>((merged, file) => mergeRules(merged, file.rules), defaultRules());
  const revision = `${DEFAULT_RULES_REVISION}+${files.map((f) => `${f.name}@${f.revision}:${f.importedAt}`).join('|')}`;
  return { rules, revision: `${DEFAULT_RULES_REVISION}+${hash(revision)}` };
}

/** The rules in force now (the background reads them once per engine build). */
export async function currentRules(): Promise<MergedRules> {
  return mergedRules(validFiles(await writerRulesItem.getValue().catch(() => [])));
}

/** FNV-1a, for a short key. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
