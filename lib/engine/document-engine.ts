// The document being written is the writer's own wording at its freshest (#12): a 通知 on
// 综合保税区 names 综合保税区 in its title and then in every other paragraph, a 述职报告
// repeats its own 「两个维护」 and its unit's name. No bank has those yet, so the text above
// the caret's paragraph becomes a small engine of its own sentences and clauses, asked
// beside the bank's and merged by score, as overlaid-engine.ts merges a bank change. It is
// built when that text changes (a new paragraph), never per keystroke, from characters
// alone: jieba stays off this path, so the word matcher has nothing here and the pair,
// start and clause-link matchers do the work. Nothing of it is stored.
// Pure: no browser API.
import { splitClauses } from '../corpus/text';
import { SuggestionEngine } from './engine';
import type { Engine } from './overlaid-engine';
import type { Evidence } from './show-gate';
import type { IndexEntry, Suggestion, SuggestQuery } from './types';
export { MAX_CONTEXT_CHARS, documentContext } from './document-context';

/** Ids of the document's own entries (its rows say `source: 'document'`, so an imported
 * bank id of the same form is never mistaken for one). */
const DOCUMENT_ID_PREFIX = 'doc:';

/** The shortest sentence or clause worth offering again, and the longest sentence. */
const MIN_CHARS = 4;
const MAX_SENTENCE_CHARS = 200;
const DEFAULT_LIMIT = 5;

const SENTENCE_END = /(?<=[。；！？!?;])/;
const TRAILING_MARKS = /[\s。；！？，、：!?;,:]+$/;
const CJK = /[\u3400-\u9fff]/;

/**
 * The document's sentences and, of those with several, their clauses, each once; the
 * count of its occurrences stands where a bank phrase has its documents (a term the
 * writer keeps using is the one to offer first).
 */
export function documentEntries(context: string): IndexEntry[] {
  const counts = new Map<string, number>();
  const add = (raw: string, maxChars: number) => {
    const text = raw.replace(TRAILING_MARKS, '').trim();
    if (text.length < MIN_CHARS || text.length > maxChars || !CJK.test(text)) return;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  };
  for (const line of context.split('\n')) {
    for (const raw of line.split(SENTENCE_END)) {
      const sentence = raw.replace(TRAILING_MARKS, '');
      add(sentence, MAX_SENTENCE_CHARS);
      // Clauses as the bank's are cut (brackets and quotations kept whole).
      const clauses = splitClauses(sentence);
      if (clauses.length > 1) for (const clause of clauses) add(clause, MAX_SENTENCE_CHARS);
    }
  }
  let n = 0;
  return [...counts].map(([text, count]) => ({ id: `${DOCUMENT_ID_PREFIX}${n++}`, kind: 'phrase', text, role: 'general', docCount: count }));
}

/** Documents whose engines are kept: a writer switching between two editors (or tabs)
 * does not rebuild on every switch. */
const KEPT_DOCUMENTS = 4;

/** The engines of the documents above the carets, each rebuilt only when its text changes. */
export class DocumentEngines {
  /** By context, least recently asked first. */
  private readonly kept = new Map<string, SuggestionEngine | null>();

  /** The engine of `context`, or null where it holds nothing to offer. */
  engineFor(context: string): SuggestionEngine | null {
    if (!context) return null;
    let engine = this.kept.get(context);
    if (engine === undefined) {
      const entries = documentEntries(context);
      engine = entries.length ? new SuggestionEngine(entries) : null;
      if (this.kept.size >= KEPT_DOCUMENTS) this.kept.delete(this.kept.keys().next().value!);
    } else this.kept.delete(context);
    this.kept.set(context, engine);
    return engine;
  }
}

/**
 * The bank's rows and the document's, in the engine's order (by score), one row per
 * insertion: where the bank and the document would insert the same text the bank's row
 * stays (it is the standard wording, and the writer's use of it is recorded).
 */
export function suggestWithDocument(bank: Pick<Engine, 'suggest'>, document: SuggestionEngine | null, query: SuggestQuery): Suggestion[] {
  const rows = bank.suggest(query);
  if (!document) return rows;
  const own = document.suggest(query).map((row): Suggestion => ({ ...row, source: 'document' }));
  const merged = [...rows, ...own].sort((a, b) => b.score - a.score || a.insert.length - b.insert.length || (a.source ? 1 : 0) - (b.source ? 1 : 0));
  const unique = merged.filter((row, i) => merged.findIndex((other) => other.replace === row.replace && other.insert === row.insert) === i);
  return unique.slice(0, query.limit ?? DEFAULT_LIMIT);
}

/** The show gate's evidence across the bank's entries (`bank`) and the document's. */
export function evidenceWithDocument(bank: Evidence, document: SuggestionEngine | null): Evidence {
  return (id, source) => (source === 'document' ? document?.entryById(id) : bank(id));
}
