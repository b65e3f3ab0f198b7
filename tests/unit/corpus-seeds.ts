// The real seed documents, read once for the corpus tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

/** The five 述职报告 seeds (000–004) these tests were written about; the public documents added
 * for #12 (005 on, listed in seeds/SOURCES.md) are other genres and are covered by the bench. */
export const seedNames = (): string[] =>
  readdirSync(SEEDS_DIR)
    .filter((f) => /^00[0-4]_.*\.txt$/.test(f))
    .sort();

export const readSeed = (prefix: string): string => {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
};

export const seedDocuments = () =>
  seedNames().map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
