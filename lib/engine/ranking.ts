// How candidates are ordered. Each signal is a term of one sum, so its weight is visible
// and testable. The overlap dominates: a suggestion that agrees with more of what the
// writer typed is almost always the one meant.
import type { Role } from '../roles';
import type { IndexEntry, MatchMode } from './types';

const PER_OVERLAP_CHAR = 10;
/** Beyond this many agreeing characters, more agreement says nothing new. */
const OVERLAP_CAP = 12;
/** Continuing from inside a phrase is less certain than from its start. */
const INNER_PENALTY = 6;
/** A pair of characters that opens no stored word is weaker evidence still: its overlap
 * counts one character less than a word match. */
const PAIR_PENALTY = PER_OVERLAP_CHAR;
/** Pinyin letters are weaker evidence than characters: several letters make one character. */
const PER_PINYIN_LETTER = 3;
const SAME_ROLE = 8;
/** Wording of a neighbouring section (an opening under 主要工作) fits less well. */
const CONFLICTING_ROLE = -4;
/** Problem wording under 下步打算 or 主要工作, achievements under 存在问题, plans under
 * 主要工作 read wrong: there the section decides (#20), and such a phrase comes only when
 * nothing of this section fits — it loses as much as two agreeing characters are worth. */
const CONTRADICTING_ROLE = -2 * PER_OVERLAP_CHAR;
const FAULT_ROLES: ReadonlySet<Role> = new Set(['problem', 'cause']);
const RECENT_USE = 4;
const RECENCY_HALF_LIFE_MS = 14 * 24 * 3600 * 1000;
export const ALREADY_IN_PARAGRAPH = -25;
/** Per pair of characters the continuation shares with the paragraph, up to two pairs:
 * less than one overlap character, so it orders phrases that agree equally with what
 * was typed and never outweighs more agreement. */
const PARAGRAPH_PAIR = 2;
const PARAGRAPH_PAIRS_COUNTED = 2;

/**
 * Everything but the paragraph check, which is applied to the few best only. `prior` is
 * priorScore(entry), precomputed. Positional arguments: this runs for every candidate of
 * every keystroke, and an argument object each time is garbage.
 */
export function rankScore(
  entry: IndexEntry,
  prior: number,
  mode: MatchMode,
  overlap: number,
  sectionRole: Role | undefined,
  now: number,
  alsoNamed: readonly Role[] = NOTHING_ELSE,
): number {
  let score =
    mode === 'pinyin' ? overlap * PER_PINYIN_LETTER : Math.min(overlap, OVERLAP_CAP) * PER_OVERLAP_CHAR;
  if (mode === 'inner') score -= INNER_PENALTY;
  else if (mode === 'pair') score -= PAIR_PENALTY;
  score += roleFit(entry.role, sectionRole, alsoNamed) + prior;
  if (entry.lastUsed) score += RECENT_USE * Math.pow(0.5, Math.max(0, now - entry.lastUsed) / RECENCY_HALF_LIFE_MS);
  return score;
}

/** The score a candidate gains for repeating `sharedPairs` of the paragraph's pairs. */
export function paragraphFit(sharedPairs: number): number {
  return Math.min(sharedPairs, PARAGRAPH_PAIRS_COUNTED) * PARAGRAPH_PAIR;
}

const NOTHING_ELSE: readonly Role[] = [];

/** `alsoNamed`: the other roles a combined heading names (「存在的问题及下步打算」): their
 * wording belongs in the section too, so it is neither favoured nor held back. */
export function roleFit(role: Role, sectionRole: Role | undefined, alsoNamed: readonly Role[] = NOTHING_ELSE): number {
  if (!sectionRole || role === 'general' || sectionRole === 'general') return 0;
  if (role === sectionRole) return SAME_ROLE;
  if (alsoNamed.includes(role)) return 0;
  const contradicts =
    FAULT_ROLES.has(role) !== FAULT_ROLES.has(sectionRole) ||
    (role === 'plan' && sectionRole === 'work') ||
    (role === 'work' && sectionRole === 'plan');
  return contradicts ? CONTRADICTING_ROLE : CONFLICTING_ROLE;
}
