// Where several phrases continue the typed text the same way before they part (after
// 「…局党组」 a dozen go on with 「书记」), the shared part is the safest thing to offer: it is
// right whichever of them the writer means. That shared continuation becomes one more
// suggestion, ranked above the phrases that agree on it. Works on (text, position) pairs
// with character codes, so a keystroke cuts no strings until the winner is known.
import { endsClause } from './clause-marks';

/** At least this many different phrases must agree. (MIN_SUPPORT and SUPPORT_WEIGHT were
 * chosen on the leave-one-out character-savings benchmark.) */
const MIN_SUPPORT = 2;
const MIN_CHARS = 2;
const MAX_CHARS = 16;
const SUPPORT_WEIGHT = 4;

export type Continuation = { text: string; start: number; score: number; index: number };

export type Consensus = { insert: string; score: number; bestIndex: number };

/** The shared continuations, best first, at most `limit`. */
export function findConsensus(continuations: readonly Continuation[], limit: number): Consensus[] {
  const groups = new Map<number, Continuation[]>();
  for (const c of continuations) {
    if (c.text.length - c.start < MIN_CHARS) continue;
    const key = c.text.charCodeAt(c.start);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(c);
  }
  const found: Consensus[] = [];
  for (const group of groups.values()) {
    if (group.length < MIN_SUPPORT) continue;
    const length = sharedLength(group);
    if (length < MIN_CHARS) continue;
    let top = group[0]!;
    for (const c of group) if (c.score > top.score) top = c;
    const score = top.score + Math.log2(group.length) * SUPPORT_WEIGHT;
    found.push({ insert: top.text.slice(top.start, top.start + length), score, bestIndex: top.index });
  }
  return found.sort((a, b) => b.score - a.score).slice(0, limit);
}

function sharedLength(group: readonly Continuation[]): number {
  const first = group[0]!;
  let length = 0;
  while (length < MAX_CHARS && first.start + length < first.text.length) {
    const code = first.text.charCodeAt(first.start + length);
    if (endsClause(code)) break;
    if (!group.every((c) => c.text.charCodeAt(c.start + length) === code)) break;
    length++;
  }
  return length;
}
