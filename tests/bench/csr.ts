// Character savings and noise. A held-out document is "written" paragraph by paragraph,
// character by character. At each keystroke the engine answers; the show gate
// (lib/engine/show-gate.ts) keeps the rows worth showing at a given threshold (or all rows,
// ungated). Where a shown row's insertion reproduces the next characters exactly it is
// accepted (one Tab, plus one ↓ per rank below the first) if that saves keys, and the
// writer jumps ahead; otherwise one character is typed.
//   saved = (characters inserted − keys spent accepting) / characters in the document
//   noise = keystrokes at which a list is shown and none of its rows (all five) is what
//           the writer types next / keystrokes
import { buildBank, type SourceDocument } from '@/lib/corpus/build-bank';
import type { Segmenter } from '@/lib/corpus/segmenter';
import { SuggestionEngine } from '@/lib/engine/engine';
import { DocumentEngines, documentContext, evidenceWithDocument, suggestWithDocument } from '@/lib/engine/document-engine';
import { entryOfPhrase } from '@/lib/engine/entry-of-phrase';
import { evidenceOf, listShown, worth } from '@/lib/engine/show-gate';
import { sectionRoleOf } from '@/lib/engine/section-role';
import type { Suggestion } from '@/lib/engine/types';
import type { BankFile } from '@/lib/schema';
import type { Paragraph, SeedDocument } from './seed-documents';

/** Rows the engine is asked for at each keystroke (the inline list's length). */
const LIST_ROWS = 5;

export type Point = { top1: number; top3: number; noise1: number; noise3: number; shown: number };
/** `ungated` and one point per threshold; `characters` and `keystrokes` weigh averages. */
export type Curve = { characters: number; ungated: Point; byThreshold: Record<string, Point> };

export function engineOf(bank: BankFile): SuggestionEngine {
  return new SuggestionEngine(bank.phrases.map(entryOfPhrase));
}

export function bankOf(documents: readonly SeedDocument[], segmenter: Segmenter): BankFile {
  return buildBank(documents.map((d): SourceDocument => ({ name: d.name, text: d.raw })), segmenter);
}

type Row = { replace: number; insert: string; worth: number };

/** One document written with one engine, at every threshold. Each paragraph is written with
 * the paragraphs above it as the document's context, as the content script sends it
 * (document-engine.ts); `withDocument: false` measures the bank alone. */
export function curveOfDocument(held: SeedDocument, engine: SuggestionEngine, thresholds: readonly number[], withDocument = true): Curve {
  const bankEvidence = evidenceOf(engine.entryList);
  const documents = new DocumentEngines();
  const contexts = held.paragraphs.map((_, pi) => (withDocument ? documentContext(held.paragraphs.slice(0, pi).map((above) => above.text)) : ''));
  // The writer's path depends on what was accepted, so each threshold walks its own path;
  // the engine's answer at a given place is the same on every path, so it is asked once.
  const cache = new Map<string, Row[]>();
  const rowsAt = (pi: number, p: Paragraph, pos: number): Row[] => {
    const key = `${pi}:${pos}`;
    let rows = cache.get(key);
    if (!rows) {
      const before = p.text.slice(0, pos);
      const sectionRole = sectionRoleOf(p.headings);
      const context = contexts[pi]!;
      const document = documents.enginesFor(context, before);
      const evidence = evidenceWithDocument(bankEvidence, document);
      const suggestions: Suggestion[] = pos === 0 ? [] : suggestWithDocument(engine, document, { before, headings: p.headings, limit: LIST_ROWS, now: 0, context });
      rows = suggestions.map((s, rank) => ({ replace: s.replace, insert: s.insert, worth: worth(suggestions, rank, before, evidence, sectionRole) }));
      cache.set(key, rows);
    }
    return rows;
  };
  const characters = held.paragraphs.reduce((n, p) => n + p.text.length, 0);
  const point = (threshold: number): Point => {
    const walk = (ranks: number) => {
      let net = 0;
      let keystrokes = 0;
      let noisy = 0;
      let shown = 0;
      held.paragraphs.forEach((p, pi) => {
        const r = simulate(p, ranks, (pos) => {
          const rows = rowsAt(pi, p, pos);
          const shown = listShown(rows.map((row) => row.worth), threshold);
          return rows.filter((_, rank) => shown[rank]);
        });
        net += r.net;
        keystrokes += r.keystrokes;
        noisy += r.noisy;
        shown += r.shown;
      });
      return { saved: net / characters, noise: noisy / Math.max(1, keystrokes), shown: shown / Math.max(1, keystrokes) };
    };
    const one = walk(1);
    const three = walk(3);
    return { top1: one.saved, top3: three.saved, noise1: one.noise, noise3: three.noise, shown: three.shown };
  };
  const byThreshold: Record<string, Point> = {};
  for (const t of thresholds) byThreshold[String(t)] = point(t);
  return { characters, ungated: point(-Infinity), byThreshold };
}

/** Net characters saved writing one paragraph taking only the first `ranks` rows, and what
 * the lists cost in attention: a list (all its rows) with no row that fits is noise. */
function simulate({ text }: Paragraph, ranks: number, listAt: (pos: number) => Array<{ replace: number; insert: string }>) {
  let pos = 0;
  let net = 0;
  let keystrokes = 0;
  let noisy = 0;
  let shown = 0;
  while (pos < text.length) {
    const before = text.slice(0, pos);
    const rows = listAt(pos);
    keystrokes++;
    // A writer takes the offer that saves the most keys, and none that saves nothing.
    let best = 0;
    let bestEnd = pos;
    let fits = false;
    for (let rank = 0; rank < rows.length; rank++) {
      const s = rows[rank]!;
      const after = before.slice(0, before.length - s.replace) + s.insert;
      if (after.length <= pos || !text.startsWith(after)) continue;
      fits = true;
      if (rank >= ranks) continue;
      const gain = after.length - pos - (1 + rank);
      if (gain > best) {
        best = gain;
        bestEnd = after.length;
      }
    }
    if (rows.length) {
      shown++;
      if (!fits) noisy++;
    }
    if (best > 0) {
      net += best;
      pos = bestEnd;
    } else pos++;
  }
  return { net, keystrokes, noisy, shown };
}

/** Averages of curves, weighted by characters (saved) and keystroke share (noise). */
export function combine(curves: readonly Curve[]): Curve {
  const characters = curves.reduce((n, c) => n + c.characters, 0);
  const mean = (pick: (c: Curve) => Point): Point => {
    const sum = (f: (p: Point) => number) => curves.reduce((n, c) => n + f(pick(c)) * c.characters, 0) / Math.max(1, characters);
    return { top1: sum((p) => p.top1), top3: sum((p) => p.top3), noise1: sum((p) => p.noise1), noise3: sum((p) => p.noise3), shown: sum((p) => p.shown) };
  };
  const keys = Object.keys(curves[0]?.byThreshold ?? {});
  return { characters, ungated: mean((c) => c.ungated), byThreshold: Object.fromEntries(keys.map((k) => [k, mean((c) => c.byThreshold[k]!)])) };
}
