// The seed documents as a writer's editor would hold them, for the wording check (#17): the
// public documents one paragraph per line as extracted (the corpus cleaner drops a few lines it
// takes for ads, which would show up as skipped numbers); the five 述职报告, reseller copies
// with hard-wrapped lines and ads, as the cleaner gives them. Each with its year from the manifest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '@/lib/corpus/clean';

export type CheckSeed = { name: string; year?: number; paragraphs: string[] };

export function readCheckSeeds(): CheckSeed[] {
  const manifest = JSON.parse(readFileSync('seeds/tools/manifest.json', 'utf8')) as Array<{ file: string; year?: number | null }>;
  return ['seeds', 'seeds/held-out'].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const raw = readFileSync(join(dir, name), 'utf8');
        const paragraphs = /^00[0-4]_/.test(name) ? cleanDocument(raw) : raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
        return { name, year: manifest.find((m) => m.file.endsWith(name))?.year ?? undefined, paragraphs };
      }),
  );
}

/** The document's date for the outdated rules: the end of its year (undefined: today). */
export const asOfYear = (year: number | undefined) => (year ? `${year}-12-31` : undefined);
