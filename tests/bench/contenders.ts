// The engines compared, each behind one interface: build from the bank, answer a query
// with ranked phrase ids. The peers get the typed tail (the last characters before the
// caret) as their search string, configured as their documentation advises for Chinese.
import Fuse from 'fuse.js';
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { SuggestionEngine } from '@/lib/engine/engine';
import { evidenceOf, gateSuggestions } from '@/lib/engine/show-gate';
import type { IndexEntry } from '@/lib/engine/types';
import { lowerBound } from '@/lib/engine/lower-bound';
import type { BenchQuery } from './queries';

/** One ranked answer: the phrase's text, and for a completion engine what the paragraph
 * reads after accepting it. */
export type Answer = { text: string; applied?: string };

export type Contender = {
  name: string;
  build(entries: readonly IndexEntry[]): void;
  query(query: BenchQuery, limit: number): Answer[];
};

/**
 * Whether the answers give the writer the known right phrase from its start. A completion
 * engine must produce it as the continuation of what was typed (through that phrase or a
 * longer one that goes on with it); a search engine must return the phrase, or a longer
 * one that begins with it.
 */
export function holdsAnswer(answers: readonly Answer[], q: BenchQuery): boolean {
  const expected = q.before.slice(0, q.before.length - q.typed) + q.answerText;
  return answers.some((a) => (a.applied !== undefined ? a.applied.startsWith(expected) : a.text.startsWith(q.answerText)));
}

/** How many characters before the caret the peers search with. */
const PEER_QUERY_CHARS = 6;
const peerQuery = (q: BenchQuery) => q.before.slice(-PEER_QUERY_CHARS);

export function juku(): Contender {
  let engine: SuggestionEngine;
  return {
    name: 'juku',
    build: (entries) => void (engine = new SuggestionEngine(entries)),
    query: (q, limit) =>
      engine.suggest({ before: q.before, headings: q.headings, limit, now: 0 }).map((s) => ({
        text: s.text,
        applied: q.before.slice(0, q.before.length - s.replace) + s.insert,
      })),
  };
}

/** Our engine with the show gate the inline list applies (lib/engine/show-gate.ts): its
 * time is what a keystroke costs; its recall counts only the rows the list would show. */
export function jukuGated(): Contender {
  let engine: SuggestionEngine;
  return {
    name: 'juku+gate',
    build: (entries) => void (engine = new SuggestionEngine(entries)),
    query: (q, limit) => {
      const query = { before: q.before, headings: q.headings, limit, now: 0 };
      return gateSuggestions(engine.suggest(query), query, evidenceOf(engine.entryList)).map((s) => ({
        text: s.text,
        applied: q.before.slice(0, q.before.length - s.replace) + s.insert,
      }));
    },
  };
}

export function fuse(): Contender {
  let index: Fuse<IndexEntry>;
  return {
    name: 'fuse.js',
    // Fuse scores by closeness to the start of the text (location 0) by default, which
    // suits completion; the threshold is its documented default.
    build: (entries) => void (index = new Fuse(entries as IndexEntry[], { keys: ['text'], threshold: 0.6, includeScore: true })),
    query: (q, limit) => index.search(peerQuery(q), { limit }).map((r) => ({ text: r.item.text })),
  };
}

export function flexsearch(): Contender {
  let index: Index;
  let texts: string[] = [];
  return {
    name: 'flexsearch',
    // The CJK charset splits Chinese into characters; the contextual index scores
    // characters that stand next to each other, the closest it has to phrase order.
    build: (entries) => {
      index = new Index({ encoder: Charset.CJK, tokenize: 'forward', context: true });
      texts = entries.map((e) => e.text);
      entries.forEach((entry, i) => index.add(i, entry.text));
    },
    query: (q, limit) => (index.search(peerQuery(q), { limit, suggest: true }) as number[]).map((i) => ({ text: texts[i]! })),
  };
}

/** Overlapping character pairs: the usual way to index Chinese without a segmenter. */
function bigrams(text: string): string[] {
  const chars = [...text.replace(/[\s，。、；：！？“”‘’（）《》「」]/g, '')];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

export function minisearch(): Contender {
  let index: MiniSearch<IndexEntry>;
  return {
    name: 'minisearch',
    build: (entries) => {
      index = new MiniSearch<IndexEntry>({
        fields: ['text'],
        storeFields: ['text'],
        tokenize: bigrams,
        processTerm: (term) => term,
        searchOptions: { combineWith: 'OR', tokenize: bigrams, processTerm: (term) => term },
      });
      index.addAll(entries as IndexEntry[]);
    },
    query: (q, limit) => index.search(peerQuery(q)).slice(0, limit).map((r) => ({ text: r.text as string })),
  };
}

/**
 * The plain baseline the issue measured: phrase texts in one sorted array; the longest
 * typed suffix that opens any phrase gives the first five phrases of its range, in
 * sorted order. No normalization, no ranking, no inner matches.
 */
export function prefixBaseline(): Contender {
  let sorted: string[] = [];
  return {
    name: 'prefix',
    build: (entries) => void (sorted = entries.map((e) => e.text).sort()),
    query: (q, limit) => {
      for (let overlap = Math.min(24, q.before.length); overlap >= 2; overlap--) {
        const typed = q.before.slice(-overlap);
        const out: Answer[] = [];
        for (let i = lowerBound(sorted, typed); i < sorted.length && out.length < limit && sorted[i]!.startsWith(typed); i++) {
          if (sorted[i]!.length > overlap) out.push({ text: sorted[i]!, applied: q.before + sorted[i]!.slice(overlap) });
        }
        if (out.length > 0) return out;
      }
      return [];
    },
  };
}
