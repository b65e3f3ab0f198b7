// Whatever is typed — punctuation of either width, Latin letters, digits, emoji and other
// characters outside the basic plane, markup, field braces, line breaks — the engine
// answers without throwing, every row replaces only what was typed, never splits a
// character in two, and a restored snapshot answers exactly the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BankFileSchema } from '@/lib/schema';
import { SuggestionEngine } from '@/lib/engine/engine';
import { entryOfPhrase } from '@/lib/engine/entry-of-phrase';
import { seededRandom } from '../bench/prng';

const bank = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
const engine = new SuggestionEngine(bank.phrases.map(entryOfPhrase));
const restored = SuggestionEngine.fromSnapshot(structuredClone(engine.toSnapshot()));

/** Random text before the caret: odd characters and pieces of real phrases. */
function randomBefore(random: () => number): string {
  const pieces = [...'，。、；：“”「」《》（）,.;:"\'()abcSGYS 0123\n\t😀𠮷{{}}<b>&amp;'];
  let before = '';
  const parts = Math.floor(random() * 6);
  for (let k = 0; k < parts; k++) {
    if (random() < 0.5) {
      before += pieces[Math.floor(random() * pieces.length)]!;
    } else {
      const text = bank.phrases[Math.floor(random() * bank.phrases.length)]!.text;
      const from = Math.floor(random() * text.length);
      before += text.slice(from, from + 1 + Math.floor(random() * 10));
    }
  }
  return before;
}

describe('any typed text', () => {
  it('gets rows that replace only what was typed, whole characters only, the same after a snapshot', () => {
    const random = seededRandom(5);
    let rows = 0;
    for (let n = 0; n < 3000; n++) {
      const before = randomBefore(random);
      const headings = random() < 0.5 ? [] : ['二、存在的主要问题', `（一）${before.slice(0, 6)}`];
      const suggestions = engine.suggest({ before, headings, now: 0 });
      expect(restored.suggest({ before, headings, now: 0 })).toEqual(suggestions);
      for (const s of suggestions) {
        rows++;
        expect(s.replace).toBeGreaterThanOrEqual(0);
        expect(s.replace).toBeLessThanOrEqual(before.length);
        expect(s.insert.length).toBeGreaterThan(0);
        const kept = before.slice(0, before.length - s.replace);
        expect(/[\ud800-\udbff]$/.test(kept) || /^[\udc00-\udfff]/.test(s.insert)).toBe(false);
      }
    }
    // The random text often continues a real phrase: rows were checked, not skipped.
    expect(rows).toBeGreaterThan(3000);
  });
});
