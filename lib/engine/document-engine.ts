// The document being written is the writer's own wording at its freshest (#12): a 通知 on
// 综合保税区 names 综合保税区 in its title and then in every other paragraph, a 述职报告
// repeats its own 「两个维护」 and its unit's name. No bank has those yet, so the text above
// the caret's paragraph, and the finished sentences of the caret's own, become small
// engines of their sentences and clauses, asked beside the bank's and merged by score, as
// overlaid-engine.ts merges a bank change. Each is built when its text changes (a new
// paragraph, a finished sentence), never per keystroke, from characters alone: jieba stays
// off this path, so the word matcher has nothing here and the pair, start and clause-link
// matchers do the work. Nothing of it is stored.
// Pure: no browser API.
import { splitClauses } from '../corpus/text';
import { SuggestionEngine } from './engine';
import { mergeRows, type Engine } from './overlaid-engine';
import type { Evidence } from './show-gate';
import type { IndexEntry, Suggestion, SuggestQuery } from './types';
export { MAX_CONTEXT_CHARS, documentContext } from './document-context';

/** Ids of the document's own entries, above the caret's paragraph and in it (its rows say
 * `source: 'document'`, so an imported bank id of the same form is never mistaken for one). */
const DOCUMENT_ID_PREFIX = 'doc:';
const PARAGRAPH_ID_PREFIX = 'doc:p';

/** The shortest sentence or clause worth offering again, and the longest. */
const MIN_CHARS = 4;
const MAX_SENTENCE_CHARS = 200;
const DEFAULT_LIMIT = 5;

const SENTENCE_END = /(?<=[。；！？!?;])/;
const SENTENCE_MARK = /[。；！？!?;]/;
const TRAILING_MARKS = /[\s。；！？，、：!?;,:]+$/;
const CJK = /[\u3400-\u9fff]/;

/**
 * The document's sentences and, of those with several, their clauses, each once; the
 * count of its occurrences stands where a bank phrase has its documents (a term the
 * writer keeps using is the one to offer first). Ids begin with `idPrefix`.
 */
export function documentEntries(context: string, idPrefix = DOCUMENT_ID_PREFIX): IndexEntry[] {
  const counts = new Map<string, number>();
  const add = (raw: string) => {
    const text = raw.replace(TRAILING_MARKS, '').trim();
    if (text.length < MIN_CHARS || text.length > MAX_SENTENCE_CHARS || !CJK.test(text)) return;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  };
  for (const line of context.split('\n')) {
    for (const raw of line.split(SENTENCE_END)) {
      const sentence = raw.replace(TRAILING_MARKS, '');
      add(sentence);
      // Clauses as the bank's are cut (brackets and quotations kept whole).
      const clauses = splitClauses(sentence);
      if (clauses.length > 1) for (const clause of clauses) add(clause);
    }
  }
  let n = 0;
  return [...counts].map(([text, count]) => ({ id: `${idPrefix}${n++}`, kind: 'phrase', text, role: 'general', docCount: count }));
}

/** The sentences of the caret's paragraph that are finished (up to its last sentence end). */
export function finishedSentences(before: string): string {
  let end = before.length;
  while (end > 0 && !SENTENCE_MARK.test(before[end - 1]!)) end--;
  return before.slice(0, end);
}

/** Texts whose engines are kept: a writer switching between two editors (or tabs) does
 * not rebuild on every switch. */
const KEPT_TEXTS = 8;
/** A text up to this long is indexed while the keystroke waits (a few milliseconds); a longer
 * one after the answer, when the caller can defer work (`bench`: 20,000 characters took
 * 18–27 ms on the two shared cores here, at the first keystroke of each paragraph). */
const BUILD_NOW_CHARS = 4_000;

/**
 * The document's engines for a query: one of the text above the caret's paragraph, rebuilt
 * when the writer starts another paragraph, and a small one of the paragraph's finished
 * sentences, rebuilt when one more is finished (a long paragraph names its terms again
 * before it ends). Each is rebuilt only when its text changes.
 */
export class DocumentEngines {
  /** By id prefix and text, least recently asked first. */
  private readonly kept = new Map<string, SuggestionEngine | null>();
  /** Keys whose engine is being made later. */
  private readonly pending = new Set<string>();

  /** `later` runs work after the current answer (the background: a timer); without it,
   * every engine is made when first asked for (the benchmark, the tests). */
  constructor(private readonly later?: (work: () => void) => void) {}

  /** The engines for text `context` above the caret's paragraph and `before` in it. */
  enginesFor(context: string, before = ''): SuggestionEngine[] {
    const engines = [this.engineOf(context, DOCUMENT_ID_PREFIX), this.engineOf(finishedSentences(before), PARAGRAPH_ID_PREFIX)];
    return engines.filter((engine): engine is SuggestionEngine => engine !== null);
  }

  /** The engine of `text`, or null where it holds nothing to offer. */
  private engineOf(text: string, idPrefix: string): SuggestionEngine | null {
    if (!text) return null;
    const key = `${idPrefix}\n${text}`;
    const kept = this.kept.get(key);
    if (kept !== undefined) {
      // Most recently asked last.
      this.kept.delete(key);
      this.kept.set(key, kept);
      return kept;
    }
    if (this.later && text.length > BUILD_NOW_CHARS) {
      if (!this.pending.has(key)) {
        this.pending.add(key);
        this.later(() => {
          this.pending.delete(key);
          this.keep(key, engineOfText(text, idPrefix));
        });
      }
      return null;
    }
    return this.keep(key, engineOfText(text, idPrefix));
  }

  private keep(key: string, engine: SuggestionEngine | null): SuggestionEngine | null {
    if (this.kept.size >= KEPT_TEXTS) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, engine);
    return engine;
  }
}

function engineOfText(text: string, idPrefix: string): SuggestionEngine | null {
  const entries = documentEntries(text, idPrefix);
  return entries.length ? new SuggestionEngine(entries) : null;
}

/**
 * The bank's rows and the document's, in the engine's order (by score), one row per
 * insertion: where the bank and the document would insert the same text the bank's row
 * stays (it is the standard wording, and the writer's use of it is recorded).
 */
export function suggestWithDocument(bank: Pick<Engine, 'suggest'>, document: readonly SuggestionEngine[], query: SuggestQuery): Suggestion[] {
  const rows = bank.suggest(query);
  if (!document.length) return rows;
  const own = document.flatMap((engine) => engine.suggest(query).map((row): Suggestion => ({ ...row, source: 'document' })));
  return mergeRows([...rows, ...own], query.limit ?? DEFAULT_LIMIT);
}

/** The show gate's evidence across the bank's entries (`bank`) and the document's. */
export function evidenceWithDocument(bank: Evidence, document: readonly SuggestionEngine[]): Evidence {
  return (id, source) => {
    if (source !== 'document') return bank(id);
    for (const engine of document) {
      const entry = engine.entryById(id);
      if (entry) return entry;
    }
    return undefined;
  };
}
