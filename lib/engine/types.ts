import type { Role } from '../roles';

/** What the engine needs to know about one bank entry (phrase or skeleton). */
export type IndexEntry = {
  id: string;
  kind: 'phrase' | 'skeleton';
  text: string;
  role: Role;
  /** Distinct source documents using this wording (ranking signal). */
  docCount: number;
  /** jieba tokens of the text, computed when the phrase was written. */
  tokens?: readonly string[];
  /** How often, and when last (ms since epoch), the writer accepted it. */
  useCount?: number;
  lastUsed?: number;
  favorite?: boolean;
};

export type SuggestQuery = {
  /** Text before the caret in the current paragraph. */
  before: string;
  /** Headings above the caret, outermost first (may be empty). */
  headings?: readonly string[];
  limit?: number;
  /** The clock, for recency; a parameter so results are reproducible. */
  now?: number;
  /** The document's text above the caret's paragraph (document-engine.ts); the bank's
   * engine itself does not read it. */
  context?: string;
};

export type MatchMode = 'start' | 'inner' | 'pinyin' | 'pair';

export type Suggestion = {
  id: string;
  kind: 'phrase' | 'skeleton';
  text: string;
  role: Role;
  /** The text that goes in at the caret… */
  insert: string;
  /** …replacing this many characters before the caret, so typed text is never duplicated. */
  replace: number;
  score: number;
  /** Where in `text` the typed words were matched (for marking them in the list). */
  matchStart: number;
  matchEnd: number;
  /** 'document': the wording comes from the text above the caret, not from the bank. */
  source?: 'document';
};
