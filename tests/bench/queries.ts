// The query set: "text before the caret" cut from the seeds' real paragraphs, each at a
// point where a real bank phrase begins, with that phrase as the known right answer. A
// query holds up to 20 characters of the paragraph before the phrase, then the phrase's
// first 2–6 characters, as a writer would have typed them.
import type { Phrase } from '@/lib/schema';
import { seededRandom } from './prng';
import type { SeedDocument } from './seed-documents';

export type BenchQuery = {
  before: string;
  headings: string[];
  answerId: string;
  answerText: string;
  /** How many characters of the answer the query has typed (the end of `before`). */
  typed: number;
};

export function buildQueries(docs: readonly SeedDocument[], phrases: readonly Phrase[], count = 600, seed = 11): BenchQuery[] {
  const random = seededRandom(seed);
  const usable = phrases.filter((p) => p.text.length >= 6 && !p.text.includes('{{'));
  const all: BenchQuery[] = [];
  for (const phrase of usable) {
    for (const doc of docs) {
      for (const paragraph of doc.paragraphs) {
        const at = paragraph.text.indexOf(phrase.text);
        if (at < 0) continue;
        const typed = 2 + Math.floor(random() * Math.min(5, phrase.text.length - 3));
        const context = Math.floor(random() * 21);
        all.push({
          before: paragraph.text.slice(Math.max(0, at - context), at) + phrase.text.slice(0, typed),
          headings: paragraph.headings,
          answerId: phrase.id,
          answerText: phrase.text,
          typed,
        });
        break;
      }
    }
  }
  // A fixed, evenly spread sample: deterministic, and not biased to the bank's order.
  const shuffled = all.map((q) => ({ q, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.q);
  return shuffled.slice(0, count);
}
