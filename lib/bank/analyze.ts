// What a phrase added by hand needs before it is saved: tokens and keyword tags from jieba,
// and a suggested section role from the wording's cue words. Runs on the write path (the
// page that saves), never on the keystroke path.
import type { Role } from '../schema';
import type { Segmenter } from '../corpus/segmenter';
import { tokenize } from '../corpus/build-bank';
import { KeywordRanker } from '../corpus/keywords';
import { CLOSING_CUE, SectionRoleTracker, roleOfHeading } from '../corpus/roles';
import { FIELD } from '../corpus/text';

/**
 * A guess a user can correct: closing formulas, 「究其原因」/「下一步」 cues, then the topic
 * words of headings (问题, 不足, 打算 …); otherwise 通用.
 */
export function suggestRole(text: string): Role {
  const trimmed = text.trim();
  if (CLOSING_CUE.test(trimmed)) return 'closing';
  const cued = new SectionRoleTracker('problem').roleOf(trimmed);
  if (cued !== 'problem') return cued;
  return roleOfHeading(trimmed) ?? 'general';
}

export type PhraseAnalysis = { tokens: string[]; tags: string[]; role: Role };

export function analyzePhrase(text: string, segmenter: Segmenter): PhraseAnalysis {
  const tagged = segmenter.tag(text.replace(FIELD, '，'));
  const ranker = new KeywordRanker([tagged.map((w) => w.word)]);
  return { tokens: tokenize(text, segmenter), tags: ranker.keywords(tagged), role: suggestRole(text) };
}
