// Benchmark banks of 1k, 10k and 100k phrases, made deterministically from the seeds' real
// phrases: every real phrase is included (in the 1k bank: every phrase a query expects, then
// as many others as fit); the rest are new sentences spliced from two real
// clauses (「A，B」), so they read like report wording and compete with the real ones on
// the same openings. Their document counts are drawn from the real phrases' distribution,
// so no engine can tell the real ones apart by that signal alone.
import type { IndexEntry } from '@/lib/engine/types';
import { entryOfPhrase } from '@/lib/engine/entry-of-phrase';
import type { Phrase } from '@/lib/schema';
import { pick, seededRandom } from './prng';


/**
 * `mustInclude`: ids of the phrases the queries expect (always in the bank, even when the
 * bank is smaller than the real phrase list).
 */
export function benchBank(real: readonly Phrase[], size: number, mustInclude: ReadonlySet<string> = new Set(), seed = 7): IndexEntry[] {
  const random = seededRandom(seed + size);
  const ordered = [...real.filter((p) => mustInclude.has(p.id)), ...real.filter((p) => !mustInclude.has(p.id))];
  const entries = ordered.map(entryOfPhrase).slice(0, size);
  const parts = real.filter((p) => p.kind !== 'sentence' && p.text.length >= 4 && p.text.length <= 30);
  const docCounts = real.map((p) => p.docCount);
  const texts = new Set(entries.map((e) => e.text));
  let n = 0;
  while (entries.length < size) {
    const a = pick(random, parts);
    const b = pick(random, parts);
    const text = `${a.text.replace(/[。；，]$/, '')}，${b.text}`;
    if (texts.has(text)) continue;
    texts.add(text);
    entries.push({
      id: `syn_${n++}`,
      kind: 'phrase',
      text,
      role: a.role,
      docCount: pick(random, docCounts),
      tokens: [...a.text.replace(/[。；，]$/, '').length === a.text.length ? a.tokens : a.tokens.slice(0, -1), '，', ...b.tokens],
    });
  }
  return entries;
}
