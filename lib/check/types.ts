import type { Rule, RuleKind } from './rules';

export type Explain = { zh: string; en: string };

/** One slip found in the text the adapters give (paragraphs joined by \n); offsets are UTF-16 indices. */
export type Finding = {
  kind: RuleKind;
  ruleId: string;
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** What replaces text.slice(start, end), when the rule knows. */
  replacement?: string;
  /** The replacement is certain enough to apply without the writer reading it (fix all, the bank build). */
  autoFix: boolean;
  explain: Explain;
  /** repetition: other wording from the bank. */
  alternatives?: string[];
};

export type CheckOptions = {
  /** The document's date (YYYY-MM-DD): formulations replaced after it are not outdated for it. Default: today. */
  asOf?: string;
  /** Only these kinds. */
  kinds?: readonly RuleKind[];
  /** Rule ids the writer chose to ignore. */
  ignore?: readonly string[];
  /** Each paragraph stands alone (a list of phrases, not a document): brackets never pair across them. */
  separate?: boolean;
  /** repetition: alternatives for a repeated phrase (the bank's wording). */
  alternatives?: (phrase: string) => string[];
};

export type Paragraph = { text: string; start: number };

/** Everything a rule sees: the joined text and where each paragraph starts in it. */
export type Doc = { text: string; paragraphs: Paragraph[] };

export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;
