// The check (check-core.ts) with the shipped rules as the default, for the callers that
// may load and validate the rule file: bank builds, the background, the extension's pages.
import { defaultRules, type Rule } from './rules';
import * as core from './check-core';
import type { CheckOptions, Finding } from './types';

export { applyFindings } from './check-core';
export type { Finding, CheckOptions } from './types';

export function checkDocument(input: string | readonly string[], rules: readonly Rule[] = defaultRules(), options: CheckOptions = {}): Finding[] {
  return core.checkDocument(input, rules, options);
}

export function flagsOf(text: string, rules: readonly Rule[] = defaultRules()): Finding[] {
  return core.flagsOf(text, rules);
}

export function flaggedAmong(texts: readonly string[], rules: readonly Rule[] = defaultRules()): Set<number> {
  return core.flaggedAmong(texts, rules);
}

export function fixText(text: string, rules: readonly Rule[] = defaultRules()): string {
  return core.fixText(text, rules);
}
