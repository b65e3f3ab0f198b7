// Whether the inline list is worth the writer's attention at this keystroke (#12). A list
// that is wrong most of the times it appears teaches writers to ignore it, so each row
// must earn its place by evidence, and when no row does, the list stays closed. Alt+J and
// the palette ask for everything and never pass through here.
//
// Evidence, combined as the log-odds that the row is what the writer types next:
//   - how much of the row the typed text already agrees with;
//   - whether that agreement starts where a clause starts (「，保持」 is a writer's own
//     start; 「经济运行」 → 「运行和党员干部」 is two characters caught mid-word);
//   - whether the typed text is the row's own opening rather than a piece of its middle;
//   - how many documents use the wording, and whether the writer took it before (or
//     marked it a favorite);
//   - how much the row would put in (a long insertion must all be right to be right);
//   - how many of the other rows go on the same way (two rows agreeing on the next
//     characters are better evidence than one);
//   - whether the row's role fits the section the caret is in, the engine's rank, its score
//     and its lead over the next row, and how many rows the engine found at all (a tail
//     that opens many different wordings predicts none of them well);
//   - whether the row runs to its phrase's end and ends at a clause mark (a whole clause),
//     and how much of the phrase lies beyond the agreement (a long phrase agreed at its
//     opening is specific wording, not a common pair of characters).
//   - whether the row is the document's own wording (the text above the caret) rather
//     than the bank's (document-engine.ts).
// The weights are a logistic fit on the training family (`tests/bench/dump-rows.ts`: the
// 述职报告 seeds left out one at a time, and the public seeds left out one at a time against
// the others of their kind, each paragraph with the paragraphs above it as its document;
// never the held-out documents), rounded. The writer's own uses were not in that data:
// their weight is set, not fitted.
// Pure: the engine's answer, the query and a lookup of the rows' bank entries in, rows out.
import { endsClause } from './clause-marks';
import { sectionRoleOf } from './section-role';
import type { IndexEntry, Suggestion, SuggestQuery } from './types';

/** The show-threshold, in log-odds (−1.5 ≈ an 18% chance the row fits): rows below it are
 * dropped, and a list with no row left is not shown. Chosen by a rule on the training
 * family, not on the held-out documents: the lowest threshold at which noise on the 述职报告
 * leave-one-out is at most 15% (`npm run bench` prints the whole curve). */
export const SHOW_THRESHOLD = -1.75;

const WEIGHTS = {
  bias: -6.15,
  /** × log2(1 + agreed characters, at most AGREEMENT_CAP). */
  agreed: 1.4,
  /** One agreed character (or none) is never enough: no such row fitted in the data. */
  oneCharacter: -16,
  clauseStart: 0.72,
  opening: 0.47,
  /** × log2(documents using the wording). */
  docs: 0.7,
  /** × log2(1 + characters inserted). */
  insert: -1.8,
  sectionFit: 0.28,
  firstRow: 0.52,
  secondRow: 0.3,
  /** × log2(1 + other rows whose insertion opens with the same two characters). */
  shared: 1.04,
  /** × the engine's score / 10 (clamped to [−5, 15]). */
  score: 0.11,
  /** × the lead over the next row's score / 10 (clamped to [0, 4]). */
  lead: 0.27,
  /** × rows in the engine's answer. */
  rows: -0.38,
  wholeRest: 2.23,
  endsAtMark: 0.79,
  /** × log2(1 + characters of the phrase after the agreed ones). */
  phraseLeft: 0.66,
  taken: 2,
  /** The document's own wording: more likely than a bank row agreeing as much… */
  fromDocument: 3.2,
  /** …but its agreement says less (× log2(1 + agreed characters), added to `agreed`'s):
   * the text above is one writer's, so much of what agrees with it is the same sentence
   * begun again, not the same wording continued. */
  fromDocumentAgreed: -1.08,
} as const;
const AGREEMENT_CAP = 12;
/** Pinyin letters at the end of what was typed (as the engine reads them): the writer
 * asked for a phrase by its initials, on purpose. */
const PINYIN_TAIL = /[a-z]{3,24}$/i;
/** Pinyin rows shown: the first few, whatever the gate would say of characters. */
const PINYIN_ROWS = 3;

/** A row's bank entry by id; `source` says where the row came from (a row of the document
 * above the caret has that document's entry, see document-engine.ts). */
export type Evidence = (id: string, source?: Suggestion['source']) => Pick<IndexEntry, 'docCount' | 'useCount' | 'role' | 'favorite'> | undefined;

export type Features = {
  /** Characters of the row the typed text agrees with. */
  agreed: number;
  /** The agreement starts where a clause (or the paragraph) starts. */
  clauseStart: boolean;
  /** The typed text is the row's own opening, not a piece of its middle. */
  opening: boolean;
  /** log2 of the documents using the wording. */
  docs: number;
  /** Characters the row would put in. */
  insert: number;
  /** The writer took the phrase before, or marked it a favorite. */
  taken: boolean;
  sectionFit: boolean;
  /** Other rows whose insertion opens with the same two characters. */
  shared: number;
  /** The engine's score, and its lead over the next row (or over nothing). */
  score: number;
  lead: number;
  rows: number;
  /** The row puts in the rest of its phrase, not a part of it. */
  wholeRest: boolean;
  endsAtMark: boolean;
  /** Characters of the phrase after the agreed ones. */
  phraseLeft: number;
  /** The row is the document's own wording (the text above the caret), not the bank's. */
  fromDocument: boolean;
};

export function features(
  suggestion: Suggestion,
  rows: readonly Suggestion[],
  before: string,
  evidence: Evidence,
  sectionRole: string | undefined,
): Features {
  const opens = suggestion.insert.slice(0, 2);
  let shared = 0;
  for (const row of rows) if (row !== suggestion && row.insert.startsWith(opens)) shared++;
  const agreed = Math.max(0, suggestion.matchEnd - suggestion.matchStart);
  // The agreed characters are the last ones typed; what precedes them tells whether the
  // writer started there.
  const startsAt = before.length - agreed;
  const previous = startsAt > 0 ? before[startsAt - 1]! : '';
  const entry = evidence(suggestion.id, suggestion.source);
  return {
    agreed,
    clauseStart: agreed > 0 && (startsAt <= 0 || endsClause(previous.charCodeAt(0)) || /[\s“「（(《]/.test(previous)),
    opening: suggestion.matchStart === 0 && agreed > 0,
    docs: Math.log2(Math.max(1, entry?.docCount ?? 1)),
    insert: suggestion.insert.length,
    taken: (entry?.useCount ?? 0) > 0 || entry?.favorite === true,
    sectionFit: sectionRole !== undefined && entry?.role === sectionRole,
    shared,
    score: suggestion.score,
    lead: suggestion.score - (rows[rows.indexOf(suggestion) + 1]?.score ?? suggestion.score - NO_NEXT_ROW_LEAD),
    rows: rows.length,
    wholeRest: suggestion.text.endsWith(suggestion.insert),
    endsAtMark: CLAUSE_END.test(suggestion.insert),
    phraseLeft: Math.max(0, suggestion.text.length - suggestion.matchEnd),
    fromDocument: suggestion.source === 'document',
  };
}

/** The log-odds that the row (`rows[rank]`, in the engine's answer `rows`) is what the
 * writer types next. */
export function worth(rows: readonly Suggestion[], rank: number, before: string, evidence: Evidence, sectionRole: string | undefined): number {
  const f = features(rows[rank]!, rows, before, evidence, sectionRole);
  return (
    WEIGHTS.bias +
    WEIGHTS.agreed * Math.log2(1 + Math.min(f.agreed, AGREEMENT_CAP)) +
    (f.agreed <= 1 ? WEIGHTS.oneCharacter : 0) +
    (f.clauseStart ? WEIGHTS.clauseStart : 0) +
    (f.opening ? WEIGHTS.opening : 0) +
    WEIGHTS.docs * f.docs +
    WEIGHTS.insert * Math.log2(1 + f.insert) +
    (f.sectionFit ? WEIGHTS.sectionFit : 0) +
    (rank === 0 ? WEIGHTS.firstRow : rank === 1 ? WEIGHTS.secondRow : 0) +
    WEIGHTS.shared * Math.log2(1 + f.shared) +
    WEIGHTS.score * clamp(f.score / 10, -5, 15) +
    WEIGHTS.lead * clamp(f.lead / 10, 0, 4) +
    WEIGHTS.rows * f.rows +
    (f.wholeRest ? WEIGHTS.wholeRest : 0) +
    (f.endsAtMark ? WEIGHTS.endsAtMark : 0) +
    WEIGHTS.phraseLeft * Math.log2(1 + f.phraseLeft) +
    (f.taken ? WEIGHTS.taken : 0) +
    (f.fromDocument ? WEIGHTS.fromDocument + WEIGHTS.fromDocumentAgreed * Math.log2(1 + Math.min(f.agreed, AGREEMENT_CAP)) : 0)
  );
}

/** The rows worth showing, in the engine's order; none when none is. */
export function gateSuggestions(
  suggestions: readonly Suggestion[],
  query: Pick<SuggestQuery, 'before' | 'headings'>,
  evidence: Evidence,
  threshold = SHOW_THRESHOLD,
): Suggestion[] {
  if (!suggestions.length) return [];
  const sectionRole = sectionRoleOf(query.headings ?? []);
  // Letters asked for a phrase by its initials: there is no agreement to weigh, and the
  // writer typed them on purpose (the characters' evidence would hide every such row).
  const letters = PINYIN_TAIL.exec(query.before)?.[0].length;
  const pinyinRow = (row: Suggestion) => letters !== undefined && row.replace === letters && row.matchEnd === 0;
  const worths = suggestions.map((row, rank) => (pinyinRow(row) ? -Infinity : worth(suggestions, rank, query.before, evidence, sectionRole)));
  const shown = listShown(worths, threshold);
  return suggestions.filter((row, rank) => (pinyinRow(row) ? rank < PINYIN_ROWS : shown[rank]));
}

/** Which rows of a list with these worths are shown. The list opens when its best row is
 * worth it; then the rows close behind it come too: once the writer looks, a second
 * wording that may fit costs nothing, and a list whose one row is wrong where its
 * neighbour was right is noise that need not be. */
export function listShown(worths: readonly number[], threshold: number): boolean[] {
  const best = Math.max(-Infinity, ...worths);
  return worths.map((w) => best >= threshold && w >= threshold - COMPANION_MARGIN);
}

/** How far below the threshold a row may be and still come with a list its best row opened
 * (chosen on the training family: the curve flattens past 2). */
export const COMPANION_MARGIN = 2;

/** A row with no row after it leads by this much (the data's largest leads). */
const NO_NEXT_ROW_LEAD = 30;
const CLAUSE_END = /[，。；：、！？]$/;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

const lookups = new WeakMap<readonly IndexEntry[], Map<string, IndexEntry>>();

/** A lookup of bank entries by id, built once per entry list (the engine's, which it
 * updates in place when the writer takes a phrase). */
export function evidenceOf(entries: readonly IndexEntry[]): Evidence {
  let byId = lookups.get(entries);
  if (!byId) {
    byId = new Map(entries.map((e) => [e.id, e]));
    lookups.set(entries, byId);
  }
  const map = byId;
  return (id) => map.get(id);
}
