// What a phrase added by hand needs before it is saved: tokens and keyword tags from jieba,
// and a suggested section role (role-guess.ts). Runs on the write path (the
// page that saves), never on the keystroke path.
import type { Role } from '../schema';
import type { Segmenter } from '../corpus/segmenter';
import { tokenize } from '../corpus/build-bank';
import { KeywordRanker } from '../corpus/keywords';
import { suggestRole } from './role-guess';
import { FIELD } from '../corpus/text';

export type PhraseAnalysis = { tokens: string[]; tags: string[]; role: Role };

export function analyzePhrase(text: string, segmenter: Segmenter): PhraseAnalysis {
  const tagged = segmenter.tag(text.replace(FIELD, '，'));
  const ranker = new KeywordRanker([tagged.map((w) => w.word)]);
  return { tokens: tokenize(text, segmenter), tags: ranker.keywords(tagged), role: suggestRole(text) };
}

