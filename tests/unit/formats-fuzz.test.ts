// Never a crash: fixtures with random bytes overwritten either read or fail with a
// BankInputError (a message for the user), quickly. The generator is seeded, so a failure
// repeats.
import { describe, expect, it } from 'vitest';
import { readUserFile } from '@/lib/formats';
import { fixture } from './formats-helpers';

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('damaged files', () => {
  for (const file of ['qingshi.doc', 'zongjie.ofd', 'phrases.xlsx', 'zongjie.docx']) {
    it(`${file} with random bytes overwritten: a result or a BankInputError, never anything else`, async () => {
      const random = mulberry32(file.length * 7919);
      const base = fixture(file);
      const failures: string[] = [];
      for (let i = 0; i < 60; i++) {
        const bytes = base.slice();
        const count = 1 + Math.floor(random() * 20);
        for (let k = 0; k < count; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        const started = performance.now();
        try {
          await readUserFile(file, bytes.slice().buffer);
        } catch (error) {
          if ((error as Error).name !== 'BankInputError') failures.push(`${i}: ${(error as Error).name}: ${(error as Error).message}`);
        }
        if (performance.now() - started > 5000) failures.push(`${i}: took ${Math.round(performance.now() - started)} ms`);
      }
      expect(failures).toEqual([]);
    });
  }
});
