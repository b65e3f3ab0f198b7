// One clause opens dozens of longer sentences in a large bank; they must not take every
// place in the list (nor every candidate place) from a different wording.
import { describe, expect, it } from 'vitest';
import { SuggestionEngine } from '@/lib/engine/engine';
import type { IndexEntry } from '@/lib/engine/types';

const phrase = (id: string, text: string, docCount = 1): IndexEntry => ({ id, kind: 'phrase', text, role: 'general', docCount });

const endings = ['狠抓工作落实', '强化理论武装', '压实主体责任', '严肃组织生活', '深化警示教育', '健全长效机制', '加强队伍建设', '坚持问题导向'];
/** `count` sentences that all open with `clause` and a comma, better documented than the rest. */
const family = (clause: string, count: number, docCount: number) =>
  Array.from({ length: count }, (_, i) => phrase(`f${i}`, `${clause}，${endings[i % endings.length]}${i}`, docCount));

describe('families of phrases that agree up to a clause mark', () => {
  it('keeps at most two rows of one family ahead of a different wording', () => {
    const engine = new SuggestionEngine([...family('丰富活动载体', 6, 4), phrase('other', '丰富活动形式和内容')]);
    const rows = engine.suggest({ before: '要丰富活动', limit: 3 });
    expect(rows.map((s) => s.id)).toContain('other');
    expect(rows.filter((s) => s.insert.startsWith('载体，'))).toHaveLength(1);
  });

  it('reaches past a large family that sorts first when the typed opening is long', () => {
    // 「平」 sorts before 「等」: read in table order, the family alone fills the candidates.
    const engine = new SuggestionEngine([...family('用好学习强国平台', 30, 1), phrase('other', '用好学习强国等学习平台')]);
    const ids = engine.suggest({ before: '我们要用好学习强国' }).map((s) => s.id);
    expect(ids).toContain('other');
  });

  it('keeps a place for a different wording in the best-first lists of short openings', () => {
    // A two-character opening shared by more phrases than are looked at: the family is
    // better documented, so without a cap it fills the whole best-first list.
    const engine = new SuggestionEngine([...family('聚焦主责主业', 40, 5), phrase('other', '聚焦作风整治')]);
    const ids = engine.suggest({ before: '（三）聚焦' }).map((s) => s.id);
    expect(ids).toContain('other');
  });
});
