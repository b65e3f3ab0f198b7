// `juku suggest --bank <bank.json> --jsonl [--limit N] [--gate]`: the engine as a filter, for
// teams and for benchmarks; `--gate` keeps only the rows the inline list would show
// (lib/engine/show-gate.ts), without it every row comes out. One JSON object per input line
// ({"before": "…", "headings": […], "context": "…"}; `context` is the document's text above
// the caret's paragraph, as the extension sends it, lib/engine/document-engine.ts) → one line
// out, in order: {"suggestions": [{text, insert, replace, kind, score, source?}…]}
// (`source: "document"` for the document's own wording), or {"error": "…"} for a line that
// is not such an object (the stream goes on).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { BankFileSchema } from '../schema';
import { SuggestionEngine } from '../engine/engine';
import { entryOfPhrase } from '../engine/entry-of-phrase';
import { evidenceOf, gateSuggestions } from '../engine/show-gate';
import { DocumentEngines, evidenceWithDocument, MAX_CONTEXT_CHARS, suggestWithDocument } from '../engine/document-engine';

const QueryLineSchema = z.object({
  before: z.string().max(2000),
  headings: z.array(z.string().max(200)).max(20).optional(),
  context: z.string().max(MAX_CONTEXT_CHARS).optional(),
});

export type SuggestOptions = { bank: string; jsonl: boolean; limit: number; query?: string; gate?: boolean };

export function loadEngine(bankPath: string): SuggestionEngine {
  const bank = BankFileSchema.parse(JSON.parse(readFileSync(bankPath, 'utf8')));
  return new SuggestionEngine(bank.phrases.map(entryOfPhrase));
}

/** Answers one input line; never throws. `documents` keeps the engines of the contexts seen. */
export function answerLine(engine: SuggestionEngine, line: string, limit: number, gate = false, documents = new DocumentEngines()): string {
  let parsed: z.infer<typeof QueryLineSchema>;
  try {
    parsed = QueryLineSchema.parse(JSON.parse(line));
  } catch {
    return JSON.stringify({ error: '输入行不是 {"before": "…"} 形式的 JSON invalid input line' });
  }
  const query = { before: parsed.before, headings: parsed.headings ?? [], limit, context: parsed.context ?? '' };
  const document = documents.enginesFor(query.context, query.before);
  const all = suggestWithDocument(engine, document, query);
  const evidence = evidenceWithDocument(evidenceOf(engine.entryList), document);
  const suggestions = (gate ? gateSuggestions(all, query, evidence) : all).map(({ text, insert, replace, kind, score, source }) => ({
    text,
    insert,
    replace,
    kind,
    score: Math.round(score * 100) / 100,
    ...(source ? { source } : {}),
  }));
  return JSON.stringify({ suggestions });
}

export async function runSuggest(options: SuggestOptions, out: (line: string) => void): Promise<void> {
  const engine = loadEngine(options.bank);
  const documents = new DocumentEngines();
  if (options.query !== undefined) {
    out(answerLine(engine, JSON.stringify({ before: options.query }), options.limit, options.gate));
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    out(answerLine(engine, line, options.limit, options.gate, documents));
  }
}
