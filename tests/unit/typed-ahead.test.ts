import { describe, expect, it } from 'vitest';
import { carryForward } from '@/lib/content/typed-ahead';
import type { Suggestion } from '@/lib/engine/types';

const row = (insert: string, replace = 0, id = insert): Suggestion => ({
  id,
  kind: 'phrase',
  text: insert,
  role: 'general',
  insert,
  replace,
  score: 1,
  matchStart: 0,
  matchEnd: 0,
});

describe('a list carried forward to text typed since it was asked for', () => {
  it('keeps the rest of a suggestion whose wording the new characters follow', () => {
    const carried = carryForward([row('四个意识”'), row('四项监督')], '增强“', '增强“四个');
    expect(carried.map((s) => [s.insert, s.replace])).toEqual([['意识”', 0]]);
  });

  it('follows a suggestion that replaced characters (a quote typed in another style)', () => {
    // Computed for 「增强"四」: replace the ASCII quote and 四 with the standard wording.
    const carried = carryForward([row('“四个意识”', 2)], '增强"四', '增强"四个');
    expect(carried).toEqual([]);
    const same = carryForward([row('“四个意识”', 2)], '增强"四', '增强"四');
    expect(same.map((s) => [s.insert, s.replace])).toEqual([['“四个意识”', 2]]);
  });

  it('drops what the writer departed from, and everything after a deletion', () => {
    expect(carryForward([row('四个意识”')], '增强“', '增强“五')).toEqual([]);
    expect(carryForward([row('四个意识”')], '增强“', '增强')).toEqual([]);
  });

  it('drops a suggestion typed to its end, and merges rows that now insert the same', () => {
    expect(carryForward([row('四个')], '增强“', '增强“四个')).toEqual([]);
    const merged = carryForward([row('个意识”', 0, 'a'), row('四个意识”', 1, 'b')], '增强“四', '增强“四个');
    expect(merged.map((s) => [s.id, s.insert])).toEqual([['a', '意识”']]);
  });
});
