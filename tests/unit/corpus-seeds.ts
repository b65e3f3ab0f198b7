// The real seed documents, read once for the corpus tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

export const seedNames = (): string[] => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

export const readSeed = (prefix: string): string => {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
};

export const seedDocuments = () =>
  seedNames().map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
