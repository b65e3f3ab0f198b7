// The writer's documents for the learning benchmark: N documents of about 10,000 characters
// each, made from the seed documents (a seed's title, its sections in a rotated order, its
// paragraphs with the year and figures varied), so the pipeline meets real 公文 wording at
// the size a writer keeps. Deterministic: the same documents on every run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './prng';

export type BenchDocument = { name: string; text: string };

function seedTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** One document: the seed's title line, then its other lines from a rotated start, figures varied, to about `chars`. */
function variant(seed: string, index: number, chars: number, random: () => number): string {
  const [title = '', ...body] = seed.split('\n').filter((l) => l.trim());
  const start = Math.floor(random() * body.length);
  const lines = [`${2015 + (index % 10)}年度${title.replace(/^\d{4}年度?/, '')}`];
  let length = lines[0]!.length;
  for (let i = 0; length < chars && i < body.length * 4; i++) {
    const line = body[(start + i) % body.length]!.replace(/\d+/g, (n) => String((Number(n) + index) % 1000));
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

export function benchDocuments(count: number, chars = 10_000, dir = 'seeds'): BenchDocument[] {
  const seeds = seedTexts(dir);
  const random = seededRandom(20261129);
  return Array.from({ length: count }, (_, i) => ({ name: `${String(i + 1).padStart(2, '0')}-材料.txt`, text: variant(seeds[i % seeds.length]!, i, chars, random) }));
}
