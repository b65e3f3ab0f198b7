// Suggestions are worked out for the text before the caret as it was when they were asked
// for; the writer may have typed on before they arrive or before Tab is pressed (a fast
// typist, a busy machine). Applied as they are, they would put back characters the writer
// has typed since (「增强“四个」 + 「四个意识”」). So a list is carried forward to the text
// as it now stands: a suggestion whose wording the new characters follow keeps the rest of
// it; one they depart from is dropped.
import type { Suggestion } from '../engine/types';

/**
 * `suggestions` as they apply to `now`, given that they were worked out for `computedFor`.
 * Empty when the text no longer extends what they were for (a deletion, a jump).
 */
export function carryForward(suggestions: readonly Suggestion[], computedFor: string, now: string): Suggestion[] {
  if (now === computedFor) return [...suggestions];
  if (!now.startsWith(computedFor)) return [];
  const carried: Suggestion[] = [];
  for (const s of suggestions) {
    // What the paragraph would read with the suggestion applied to the old text.
    const applied = computedFor.slice(0, computedFor.length - s.replace) + s.insert;
    if (applied.length <= now.length || !applied.startsWith(now)) continue;
    const insert = applied.slice(now.length);
    if (!carried.some((c) => c.insert === insert)) carried.push({ ...s, insert, replace: 0 });
  }
  return carried;
}
