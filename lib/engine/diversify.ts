// A short list is worth more when its rows differ. At 100,000 phrases one clause opens
// dozens of longer sentences (「丰富活动载体，…」): ranked by score alone they fill every
// row with the same first clause and push out a different wording the writer may mean.
// So rows whose insertions agree up to the first clause mark form a family, and only the
// best few of a family keep their place; the rest follow all other rows.
import { clauseEnd } from './clause-marks';
import type { Suggestion } from './types';

/** Rows one family may hold before the other families have had their turn. */
const PER_FAMILY = 2;

/** What the paragraph gains up to its first clause mark (after the replaced characters). */
function familyOf(s: Suggestion): string {
  return `${s.replace}:${s.insert.slice(0, clauseEnd(s.insert, s.replace + 1))}`;
}

/** The first `limit` rows of `ranked` (best first), each family's surplus moved behind the others. */
export function diversify(ranked: readonly Suggestion[], limit: number): Suggestion[] {
  const seen = new Map<string, number>();
  const kept: Suggestion[] = [];
  const surplus: Suggestion[] = [];
  for (let i = 0; i < ranked.length && kept.length < limit; i++) {
    const s = ranked[i]!;
    const family = familyOf(s);
    const count = seen.get(family) ?? 0;
    seen.set(family, count + 1);
    (count < PER_FAMILY ? kept : surplus).push(s);
  }
  for (let i = 0; i < surplus.length && kept.length < limit; i++) kept.push(surplus[i]!);
  return kept;
}
