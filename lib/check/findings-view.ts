// What the in-page check list does with findings (issue #17), apart from the page: which
// are shown (the writer's 「忽略」 for this check), which may be fixed by a button, the edit
// a fix makes, the context shown around each, and finding one again after the text changed.
import type { Finding } from './types';

/** An ignored finding: the same rule on the same text stays hidden for this check session. */
export const ignoreKey = (finding: Pick<Finding, 'ruleId' | 'text'>): string => `${finding.ruleId}\u0000${finding.text}`;

/**
 * The findings still shown: neither ignored one by one (`ignored`, keys of ignoreKey) nor
 * by their rule (`ignoredRules`, rule ids: 「忽略此类」 for the rest of this check).
 */
export function unignored(findings: readonly Finding[], ignored: ReadonlySet<string>, ignoredRules: ReadonlySet<string> = new Set()): Finding[] {
  if (ignored.size === 0 && ignoredRules.size === 0) return [...findings];
  return findings.filter((f) => !ignored.has(ignoreKey(f)) && !ignoredRules.has(f.ruleId));
}

/**
 * Whether 「改正」 is offered: a replacement the rule is sure of, within one paragraph.
 * Rules marked suggest-only (autoFix: false, such as 质检总局 whose duties were split
 * between two bodies, or a numbering gap that may mean a missing section) show their
 * suggestion for the writer to judge, never a button.
 */
export function canFix(finding: Finding): boolean {
  return finding.autoFix && finding.replacement !== undefined && !finding.text.includes('\n');
}

/**
 * 「全部改正」: the findings of `ruleId` a button may fix, the last in the text first. Fixing
 * from the end leaves the earlier ones where they are; the session still reads and checks
 * the text again before each fix, so each is applied to the text as it is then.
 */
export function fixableOfRule(findings: readonly Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId && canFix(f)).sort((a, b) => b.start - a.start);
}

/** One edit in the editor: `insert` in place of text.slice(start, end). */
export type FixEdit = { start: number; end: number; insert: string };

/**
 * The edit that applies a finding's replacement, made to insert at least one character: a
 * fix goes through the same insertion strategies as a suggestion (a paste, a beforeinput,
 * insertText), and editors ignore an empty paste. A removal (a stray 、) takes the character
 * before it along (or, at a paragraph's start, the one after) and puts it back.
 */
export function fixEdit(text: string, finding: Finding): FixEdit | null {
  if (!canFix(finding) || text.slice(finding.start, finding.end) !== finding.text) return null;
  const insert = finding.replacement!;
  if (insert !== '') return { start: finding.start, end: finding.end, insert };
  const before = text[finding.start - 1];
  if (before !== undefined && before !== '\n') return { start: finding.start - 1, end: finding.end, insert: before };
  const after = text[finding.end];
  if (after !== undefined && after !== '\n') return { start: finding.start, end: finding.end + 1, insert: after };
  return null;
}

/** The finding with up to `width` characters of its paragraph on each side, for the list. */
export function contextOf(text: string, finding: Pick<Finding, 'start' | 'end'>, width = 14): { before: string; flagged: string; after: string } {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const nextBreak = text.indexOf('\n', finding.end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const from = Math.max(lineStart, finding.start - width);
  const to = Math.min(lineEnd, finding.end + width);
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, finding.start),
    flagged: text.slice(finding.start, finding.end),
    after: text.slice(finding.end, to) + (to < lineEnd ? '…' : ''),
  };
}

/**
 * The same finding in a list made from a changed text (the writer typed, or a fix went in):
 * same rule and text, the nearest to where it was. Null when it is gone.
 */
export function sameFinding(findings: readonly Finding[], old: Finding): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) {
    if (f.ruleId !== old.ruleId || f.text !== old.text) continue;
    if (!best || Math.abs(f.start - old.start) < Math.abs(best.start - old.start)) best = f;
  }
  return best;
}
