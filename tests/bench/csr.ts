// Character-savings rate, leave one out: for each seed document, a bank built from the
// other four; the held-out document is "written" paragraph by paragraph, character by
// character. Where a suggestion's insertion reproduces the next characters exactly it is
// accepted (one Tab, plus one ↓ per rank below the first) and the writer jumps ahead;
// otherwise one character is typed. csr = (characters saved − keys spent accepting) /
// characters in the document.
import { buildBank } from '@/lib/corpus/build-bank';
import type { Segmenter } from '@/lib/corpus/segmenter';
import { SuggestionEngine } from '@/lib/engine/engine';
import { entryOfPhrase } from '@/lib/engine/entry-of-phrase';
import type { Paragraph, SeedDocument } from './seed-documents';

export type CsrResult = { top1: number; top3: number; oracle: number; characters: number };

type Suggest = (before: string, headings: string[]) => Array<{ replace: number; insert: string }>;

export function csrOfDocument(held: SeedDocument, others: readonly SeedDocument[], segmenter: Segmenter): CsrResult {
  const bank = buildBank(others.map((d) => ({ name: d.name, text: d.raw })), segmenter);
  const engine = new SuggestionEngine(bank.phrases.map(entryOfPhrase));
  const characters = held.paragraphs.reduce((n, p) => n + p.text.length, 0);
  const rate = (ranks: number) => {
    const suggest: Suggest = (before, headings) => engine.suggest({ before, headings, limit: ranks, now: 0 });
    const net = held.paragraphs.reduce((n, p) => n + simulate(p, suggest), 0);
    return net / characters;
  };
  const corpus = others.flatMap((d) => d.paragraphs.map((p) => p.text)).join('\n');
  const oracle = held.paragraphs.reduce((n, p) => n + simulateOracle(p.text, corpus), 0) / characters;
  return { top1: rate(1), top3: rate(3), oracle, characters };
}

/** Net characters saved writing one paragraph with the engine's suggestions. */
function simulate({ text, headings }: Paragraph, suggest: Suggest): number {
  let pos = 0;
  let net = 0;
  while (pos < text.length) {
    const before = text.slice(0, pos);
    const suggestions = pos === 0 ? [] : suggest(before, headings);
    // A writer takes the offer that saves the most keys, and none that saves nothing.
    let best = 0;
    let bestEnd = pos;
    for (let rank = 0; rank < suggestions.length; rank++) {
      const s = suggestions[rank]!;
      const after = before.slice(0, before.length - s.replace) + s.insert;
      const gain = after.length - pos - (1 + rank);
      if (after.length > pos && gain > best && text.startsWith(after)) {
        best = gain;
        bestEnd = after.length;
      }
    }
    const accepted = best > 0;
    if (accepted) {
      net += best;
      pos = bestEnd;
    }
    if (!accepted) pos++;
  }
  return net;
}

/** The ceiling: after two typed characters, the longest continuation (≥ 4 characters) that
 * the other documents contain, accepted with one key. */
function simulateOracle(text: string, corpus: string): number {
  let pos = 0;
  let typedSinceAccept = 0;
  let net = 0;
  while (pos < text.length) {
    if (typedSinceAccept >= 2) {
      let length = 0;
      while (pos + length < text.length && corpus.includes(text.slice(pos - 2, pos + length + 1))) length++;
      if (length >= 4) {
        net += length - 1;
        pos += length;
        typedSinceAccept = 0;
        continue;
      }
    }
    pos++;
    typedSinceAccept++;
  }
  return net;
}
