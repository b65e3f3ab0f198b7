// Near-duplicate merging: the same wording found in several documents (or several times in
// one) becomes one phrase whose sources are the union and whose docCount is the number of
// distinct documents — the ranking signal that says "this is standard wording".
import { ROLES, type PhraseKind, type Role } from '../schema';
import type { PhraseCandidate } from './phrases';
import { compareText, stripTrailingPunct } from './text';

export type MergedPhrase = {
  /** The normalized form two texts share when they are the same wording. */
  key: string;
  text: string;
  role: Role;
  kind: PhraseKind;
  sources: string[];
  docCount: number;
};

const KIND_ORDER: readonly PhraseKind[] = ['sentence', 'clause', 'collocation'];

/**
 * The comparison form of a text: no whitespace, one form of each quote and bracket, no
 * trailing punctuation. Fields are already canonical ({{数量}}), so 「…11次」 and 「…4次」 meet.
 */
export function mergeKey(text: string): string {
  return stripTrailingPunct(
    text
      .replace(/\s+/g, '')
      .replace(/["＂“”「」]/g, '"')
      .replace(/['‘’『』]/g, "'")
      .replace(/[(（]/g, '(')
      .replace(/[)）]/g, ')')
      .replace(/[,，]/g, '，')
      .replace(/[;；]/g, '；')
      .replace(/[:：]/g, '：'),
  );
}

/** The most frequent value; ties go to the one listed first in `order`. */
export function mostFrequent<T>(counts: ReadonlyMap<T, number>, order: readonly T[]): T {
  let best: T | undefined;
  let bestCount = -1;
  for (const value of order) {
    const count = counts.get(value) ?? 0;
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best as T;
}

export const mostFrequentRole = (counts: ReadonlyMap<Role, number>): Role => mostFrequent(counts, ROLES);

const increment = <T>(map: Map<T, number>, key: T) => map.set(key, (map.get(key) ?? 0) + 1);

type Group = { texts: Map<string, number>; roles: Map<Role, number>; kinds: Map<PhraseKind, number>; sources: Set<string> };

export function mergeCandidates(candidates: readonly PhraseCandidate[]): MergedPhrase[] {
  const groups = new Map<string, Group>();
  for (const candidate of candidates) {
    const key = mergeKey(candidate.text);
    if (!key) continue;
    let group = groups.get(key);
    if (!group) {
      group = { texts: new Map(), roles: new Map(), kinds: new Map(), sources: new Set() };
      groups.set(key, group);
    }
    increment(group.texts, candidate.text);
    increment(group.roles, candidate.role);
    increment(group.kinds, candidate.kind);
    group.sources.add(candidate.source);
  }
  return [...groups.entries()].map(([key, group]) => {
    // The variant written most often; ties by code point so the choice is reproducible.
    const text = [...group.texts.entries()].sort(([ta, a], [tb, b]) => b - a || compareText(ta, tb))[0]![0];
    const sources = [...group.sources].sort(compareText);
    return {
      key,
      text,
      role: mostFrequentRole(group.roles),
      kind: mostFrequent(group.kinds, KIND_ORDER),
      sources,
      docCount: sources.length,
    };
  });
}
