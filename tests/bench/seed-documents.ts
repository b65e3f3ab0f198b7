// The seed documents as a writer would type them: clean paragraphs, each with the
// headings above it (what the editor adapter would report as outline context).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '@/lib/corpus/clean';
import { parseHeading } from '@/lib/corpus/outline';

export type SeedDocument = { name: string; raw: string; paragraphs: Paragraph[] };
export type Paragraph = { text: string; headings: string[] };

export function readSeedDocuments(dir = 'seeds'): SeedDocument[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      return { name, raw, paragraphs: paragraphsOf(raw) };
    });
}

function paragraphsOf(raw: string): Paragraph[] {
  const stack: string[] = []; // heading lines by level (index 0 = level 1)
  return cleanDocument(raw).map((line) => {
    const paragraph = { text: line, headings: [...stack] };
    const heading = parseHeading(line);
    if (heading) {
      stack.length = heading.level - 1;
      stack[heading.level - 1] = heading.marker + heading.heading;
    }
    return paragraph;
  });
}
