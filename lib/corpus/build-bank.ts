// Documents → BankFile: the whole pipeline, pure (the segmenter is an argument), and
// deterministic — documents are processed in name order, everything is sorted by code
// point, ids are content hashes, and nothing depends on time or locale.
import { BANK_FORMAT_VERSION, ROLES, type BankFile, type Phrase, type PhraseKind, type Skeleton } from '../schema';
import { cleanDocument } from './clean';
import { collocationCandidates, type SourceSentence } from './collocations';
import { IdAllocator } from './hash';
import { KeywordRanker } from './keywords';
import { mergeCandidates, type MergedPhrase } from './merge';
import { allSections, buildOutline, type Outline } from './outline';
import { phraseCandidates, phraseText } from './phrases';
import type { Segmenter } from './segmenter';
import { skeletonOfDocument } from './skeleton';
import { SKELETON_TEMPLATES } from './templates';
import { FIELD, compareText } from './text';

export type SourceDocument = {
  /** The document's name as sources will list it (the CLI uses the file's basename). */
  name: string;
  text: string;
  markdown?: boolean;
};

export type BuildOptions = { bankName?: string };

export const DEFAULT_BANK_NAME = '句库';

/** Tokens of a phrase; a {{字段}} stays one token instead of being cut into braces. */
export function tokenize(text: string, segmenter: Segmenter): string[] {
  const tokens: string[] = [];
  let last = 0;
  for (const match of text.matchAll(FIELD)) {
    tokens.push(...segmenter.cut(text.slice(last, match.index)));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  tokens.push(...segmenter.cut(text.slice(last)));
  return tokens.filter((t) => t.trim());
}

function sentencesOf(outline: Outline, source: string): SourceSentence[] {
  const blocks = [...outline.opening, ...allSections(outline).flatMap((s) => s.blocks), ...outline.closing];
  return blocks.flatMap((b) => b.sentences.map((s) => ({ text: phraseText(s.text), role: s.role, source })));
}

const KIND_ORDER: readonly PhraseKind[] = ['sentence', 'clause', 'collocation'];

/** Bank order: by role as reports run, then the most shared wording first, then by text. */
function comparePhrases(a: MergedPhrase, b: MergedPhrase): number {
  return (
    ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
    b.docCount - a.docCount ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    compareText(a.key, b.key)
  );
}

export function buildBank(documents: readonly SourceDocument[], segmenter: Segmenter, options: BuildOptions = {}): BankFile {
  const ordered = [...documents].sort((a, b) => compareText(a.name, b.name));
  const outlines = ordered.map((doc) => ({
    name: doc.name,
    outline: buildOutline(cleanDocument(doc.text, { markdown: doc.markdown })),
  }));

  const candidates = outlines.flatMap(({ name, outline }) => phraseCandidates(outline, name));
  const sentences = outlines.flatMap(({ name, outline }) => sentencesOf(outline, name));
  candidates.push(...collocationCandidates(sentences, segmenter));
  const merged = mergeCandidates(candidates).sort(comparePhrases);

  const tagged = merged.map((p) => segmenter.tag(p.text.replace(FIELD, '，')));
  const ranker = new KeywordRanker(tagged.map((words) => words.map((w) => w.word)));
  const phraseIds = new IdAllocator('p_');
  const phrases: Phrase[] = merged.map((p, i) => ({
    id: phraseIds.idFor(p.key),
    text: p.text,
    role: p.role,
    tags: ranker.keywords(tagged[i]!),
    tokens: tokenize(p.text, segmenter),
    kind: p.kind,
    sources: p.sources,
    docCount: p.docCount,
  }));

  const skeletonIds = new IdAllocator('s_');
  const skeletons: Skeleton[] = [...SKELETON_TEMPLATES, ...outlines.map(({ name, outline }) => skeletonOfDocument(outline, name))]
    .filter((s) => s.outline.length > 0)
    .map((s) => ({ id: skeletonIds.idFor(JSON.stringify(s)), ...s }));

  return { formatVersion: BANK_FORMAT_VERSION, name: options.bankName ?? DEFAULT_BANK_NAME, phrases, skeletons };
}
