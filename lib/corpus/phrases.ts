// Outline → phrase candidates: whole sentences, their meaningful clauses, sub-headings, and
// the parallel slogan series of 公文 (增强“四个意识”、坚定“四个自信”、做到“两个维护”). One candidate per
// occurrence; merge.ts folds occurrences across documents into phrases.
import type { PhraseKind, Role } from '../schema';
import { generalizeFigures } from './fields';
import { allSections, type Block, type Outline } from './outline';
import { cjkCount, splitClauses, stripLeadingMarker, stripTrailingPunct, visibleLength } from './text';

export type PhraseCandidate = { text: string; role: Role; kind: PhraseKind; source: string };

export const PHRASE_LIMITS = {
  minChars: 4,
  maxSentenceChars: 200,
  maxClauseChars: 60,
  /** Han characters a piece needs to be wording rather than a fragment or a bare figure. */
  minCjk: 3,
} as const;

/**
 * Clauses that only set time or connect sentences (「一年来」 「截至目前」 「对此」): as
 * phrases they would match everywhere and suggest nothing.
 */
const CONNECTIVE_FRAGMENT =
  /^(?:一年来|今年以来|近年来|多年来|长期以来|截至目前|截止目前|目前|当前|同时|此外|另外|对此|为此|因此|总之|首先|其次|最后|一方面|另一方面|下一步|下步|下阶段|具体如下|主要是|主要有|主要表现在|主要表现为|具体来说|特别是|尤其是|[^，]{0,4}以来|[^，]{0,4}期间)$/;

/** A phrase's text: no list marker at the start, figures as fields, no trailing punctuation. */
export function phraseText(raw: string): string {
  return stripTrailingPunct(generalizeFigures(stripLeadingMarker(raw.trim())).trim());
}

const isWording = (text: string, maxChars: number) => {
  const length = visibleLength(text);
  return (
    length >= PHRASE_LIMITS.minChars &&
    length <= maxChars &&
    cjkCount(text) >= PHRASE_LIMITS.minCjk &&
    !CONNECTIVE_FRAGMENT.test(text)
  );
};

/**
 * Parallel slogan series: two or more 「verb“slogan”」 units joined by ， or 、. Documents write
 * the same formula with either separator; the phrase uses 、, the form of the standard wording.
 */
const SLOGAN_SERIES = /(?:[\u4e00-\u9fff]{2}“[^“”]{2,8}”[，、]){1,}[\u4e00-\u9fff]{2}“[^“”]{2,8}”/g;

export function sloganSeries(sentence: string): string[] {
  return [...sentence.matchAll(SLOGAN_SERIES)].map((m) => m[0].replace(/，/g, '、'));
}

/** Candidates from one sentence (or heading): the sentence, its clauses, its slogan series. */
export function candidatesOfSentence(raw: string, role: Role, source: string): PhraseCandidate[] {
  const candidates: PhraseCandidate[] = [];
  const sentence = phraseText(raw);
  if (isWording(sentence, PHRASE_LIMITS.maxSentenceChars)) candidates.push({ text: sentence, role, kind: 'sentence', source });
  const clauses = splitClauses(sentence).map(phraseText);
  // A one-clause sentence is already its own candidate.
  if (clauses.length > 1) {
    for (const clause of clauses) {
      if (isWording(clause, PHRASE_LIMITS.maxClauseChars)) candidates.push({ text: clause, role, kind: 'clause', source });
    }
  }
  for (const series of sloganSeries(sentence)) candidates.push({ text: series, role, kind: 'collocation', source });
  return candidates;
}

function candidatesOfBlocks(blocks: readonly Block[], source: string): PhraseCandidate[] {
  return blocks.flatMap((block) =>
    block.sentences.flatMap((sentence) => candidatesOfSentence(sentence.text, sentence.role, source)),
  );
}

/** Every phrase candidate of one document. Level-1 headings (「主要工作」) are section names, not wording. */
export function phraseCandidates(outline: Outline, source: string): PhraseCandidate[] {
  const candidates = [...candidatesOfBlocks(outline.opening, source)];
  for (const section of allSections(outline)) {
    if (section.level > 1) candidates.push(...candidatesOfSentence(section.heading, section.role, source));
    candidates.push(...candidatesOfBlocks(section.blocks, source));
  }
  candidates.push(...candidatesOfBlocks(outline.closing, source));
  return candidates;
}
