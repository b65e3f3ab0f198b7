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
import { SCHEMA_LIMITS, fitPhrase, fitSkeleton } from './fit-schema';
import type { Bilingual } from '../bank/limits';
import { FIELD, compareText } from './text';
import { fixText, flaggedAmong } from '../check/check';

export type SourceDocument = {
  /** The document's name as sources will list it (the CLI uses the file's basename). */
  name: string;
  text: string;
  markdown?: boolean;
};

export type BuildOptions = {
  bankName?: string;
  /** Called as phrases are segmented (the long part of a large batch), so a page can show progress. */
  onProgress?: (done: number, total: number) => void;
};

/** Segmented phrases between two progress calls: often enough for a bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 500;

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

/** What one document gave, and what of it was left out and why: shown to the writer. */
export type DocumentReport = { name: string; phrases: number; outline: boolean; notes: Bilingual[] };

export type BuildResult = { bank: BankFile; documents: DocumentReport[] };

type ReadDocument = { name: string; outline: Outline };

/** One document's outline, or a note saying why it gave nothing: a bad document never stops the batch. */
function outlineOf(doc: SourceDocument, report: DocumentReport): ReadDocument | undefined {
  try {
    // Wording a rule corrects with certainty (四种意识, 有力的促进, a renamed ministry) is learned
    // corrected, so Juku never suggests the slip back (#17).
    const cleaned = cleanDocument(doc.text, { markdown: doc.markdown });
    const lines = cleaned.map((line) => fixText(line));
    const fixed = lines.filter((line, i) => line !== cleaned[i]).length;
    if (fixed > 0) report.notes.push({ zh: `${fixed} 段中的表述已按规范更正`, en: `wording corrected to the rules in ${fixed} paragraphs` });
    if (lines.length === 0) {
      report.notes.push({ zh: '没有可用的文字', en: 'no usable text' });
      return undefined;
    }
    return { name: doc.name, outline: buildOutline(lines) };
  } catch (error) {
    report.notes.push({
      zh: `无法分析（${error instanceof Error ? error.message : String(error)}）`,
      en: `could not be analysed (${error instanceof Error ? error.message : String(error)})`,
    });
    return undefined;
  }
}

export function buildBank(documents: readonly SourceDocument[], segmenter: Segmenter, options: BuildOptions = {}): BankFile {
  return buildBankWithReport(documents, segmenter, options).bank;
}

/**
 * The bank, and per document what it gave. Never throws on a document's content: its output
 * satisfies BankFileSchema by construction (fit-schema.ts), and a document that gives nothing
 * says why in its report.
 */
export function buildBankWithReport(documents: readonly SourceDocument[], segmenter: Segmenter, options: BuildOptions = {}): BuildResult {
  const ordered = [...documents].sort((a, b) => compareText(a.name, b.name));
  const reports = ordered.map((doc): DocumentReport => ({ name: doc.name, phrases: 0, outline: false, notes: [] }));
  const outlines = ordered.flatMap((doc, i) => outlineOf(doc, reports[i]!) ?? []);
  const reportOf = new Map(reports.map((r) => [r.name, r]));

  const candidates = outlines.flatMap(({ name, outline }) => phraseCandidates(outline, name));
  const sentences = outlines.flatMap(({ name, outline }) => sentencesOf(outline, name));
  candidates.push(...collocationCandidates(sentences, segmenter));
  // What a rule still flags (an uncertain replacement, an unpaired quote) is not offered at all.
  const candidatesMerged = mergeCandidates(candidates);
  const flagged = flaggedAmong(candidatesMerged.map((p) => p.text));
  const merged = candidatesMerged.filter((_, i) => !flagged.has(i)).sort(comparePhrases);

  const tagged = merged.map((p, i) => {
    if (i % PROGRESS_EVERY === 0) options.onProgress?.(i, merged.length);
    return segmenter.tag(p.text.replace(FIELD, '，'));
  });
  const ranker = new KeywordRanker(tagged.map((words) => words.map((w) => w.word)));
  const phraseIds = new IdAllocator('p_');
  const phrases: Phrase[] = merged.map((p, i) =>
    fitPhrase({
      id: phraseIds.idFor(p.key),
      text: p.text,
      role: p.role,
      tags: ranker.keywords(tagged[i]!),
      tokens: tokenize(p.text, segmenter),
      kind: p.kind,
      sources: p.sources,
      docCount: p.docCount,
    }),
  );
  for (const phrase of phrases) for (const source of phrase.sources) if (reportOf.has(source)) reportOf.get(source)!.phrases++;

  const learned = outlines.flatMap(({ name, outline }) => {
    const report = reportOf.get(name)!;
    const whole = skeletonOfDocument(outline, name);
    // A document with more top headings than an outline holds (a 政府工作报告's fifty) is not one to start from.
    if (whole.outline.length > SCHEMA_LIMITS.nodes) {
      report.notes.push({ zh: `一级标题过多（${whole.outline.length} 个），未形成提纲`, en: `too many top-level headings (${whole.outline.length}) for an outline` });
      return [];
    }
    const { value, trimmed } = fitSkeleton(whole);
    if (value.outline.length === 0) report.notes.push({ zh: '没有编号标题，未形成提纲', en: 'no numbered headings, so no outline' });
    else report.outline = true;
    if (trimmed) report.notes.push({ zh: '提纲过长的部分已截去', en: 'the outline was cut to the bank’s limits' });
    return [value];
  });
  const unread = new Set(reports.filter((r) => !outlines.some((o) => o.name === r.name)).map((r) => r.name));
  for (const report of reports) if (report.phrases === 0 && !unread.has(report.name)) report.notes.unshift({ zh: '没有找到可用的表述', en: 'no usable wording found' });

  const skeletonIds = new IdAllocator('s_');
  const skeletons: Skeleton[] = [...SKELETON_TEMPLATES, ...learned]
    .filter((s) => s.outline.length > 0)
    .map((s) => ({ id: skeletonIds.idFor(JSON.stringify(s)), ...s }));

  const bank: BankFile = { formatVersion: BANK_FORMAT_VERSION, name: options.bankName ?? DEFAULT_BANK_NAME, phrases, skeletons };
  return { bank, documents: reports };
}
