import type { Role } from '../schema';

/** What the engine needs to know about one bank entry (phrase or skeleton). */
export type IndexEntry = {
  id: string;
  kind: 'phrase' | 'skeleton';
  text: string;
  role: Role;
  /** Distinct source documents using this wording (ranking signal). */
  docCount: number;
};

export type SuggestQuery = {
  /** Text before the caret in the current paragraph. */
  before: string;
  /** Headings above the caret, outermost first (may be empty). */
  headings?: string[];
  limit?: number;
};

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
};
