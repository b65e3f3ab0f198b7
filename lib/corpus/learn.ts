// What a batch of the writer's own files teaches, grouped per file for the review: the
// phrases and outline each document gave (through the same pipeline as the default bank,
// all documents together so wording shared between them counts as shared), the rows of
// each phrase list as they are, what the bank already has, and every file that gave
// nothing, with the reason. Pure: the files are already read, the segmenter is an argument.
import type { Phrase, PhraseKind, Role, Skeleton } from '../schema';
import type { Bilingual } from '../bank/limits';
import { analyzePhrase } from '../bank/analyze';
import { buildBankWithReport, type BuildOptions, type BuildResult, type SourceDocument } from './build-bank';
import { fitPhrase } from './fit-schema';
import { IdAllocator } from './hash';
import { mergeKey } from './merge';
import type { Segmenter } from './segmenter';

/** One phrase-list row as a reader gives it (lib/formats). */
export type ListRow = { text: string; role?: Role; tags?: string[] };

export type LearnSource =
  | { kind: 'document'; document: SourceDocument; notes: Bilingual[] }
  | { kind: 'phrases'; name: string; rows: ListRow[]; notes: Bilingual[] };

export type LearnedRow = { phrase: Phrase; known: boolean };

export type LearnGroup = {
  name: string;
  kind: 'document' | 'phrases';
  rows: LearnedRow[];
  /** The document's outline, as a skeleton the palette can insert. */
  outline?: Skeleton;
  outlineKnown?: boolean;
  notes: Bilingual[];
};

export type LearnResult = { groups: LearnGroup[]; phraseCount: number };

export type KnownBank = { phraseKeys: ReadonlySet<string>; skeletonIds: ReadonlySet<string> };

const LIST_KIND: PhraseKind = 'sentence';

export function phrasesOfList(name: string, rows: readonly ListRow[], segmenter: Segmenter, ids: IdAllocator): Phrase[] {
  const seen = new Set<string>();
  const phrases: Phrase[] = [];
  for (const row of rows) {
    const text = row.text.trim();
    const key = mergeKey(text);
    if ([...text].length < 2 || seen.has(key)) continue;
    seen.add(key);
    const analysis = analyzePhrase(text, segmenter);
    phrases.push(
      fitPhrase({
        id: ids.idFor(key),
        text,
        role: row.role ?? analysis.role,
        tags: row.tags?.length ? row.tags : analysis.tags,
        tokens: analysis.tokens,
        kind: LIST_KIND,
        sources: [name],
        docCount: 1,
      }),
    );
  }
  return phrases;
}

export function learnFromSources(sources: readonly LearnSource[], segmenter: Segmenter, known: KnownBank, onProgress?: BuildOptions['onProgress']): LearnResult {
  const documents = sources.flatMap((s) => (s.kind === 'document' ? [s] : []));
  const { bank, documents: reports } = buildBankWithReport(
    documents.map((s) => s.document),
    segmenter,
    onProgress ? { onProgress } : {},
  );
  const groups = new Map<string, LearnGroup>();
  for (const source of sources) {
    const name = source.kind === 'document' ? source.document.name : source.name;
    groups.set(name, { name, kind: source.kind, rows: [], notes: [...source.notes] });
  }
  for (const report of reports) groups.get(report.name)?.notes.push(...(report.phrases === 0 || !report.outline ? report.notes : []));

  const isKnown = (phrase: Phrase) => known.phraseKeys.has(mergeKey(phrase.text));
  // Each phrase is listed once, under the first document (in name order) that has it.
  for (const phrase of bank.phrases) {
    const group = groups.get(phrase.sources[0] ?? '');
    if (group) group.rows.push({ phrase, known: isKnown(phrase) });
  }
  for (const skeleton of bank.skeletons) {
    const group = groups.get(skeleton.sources[0] ?? '');
    if (group && skeleton.sources.length > 0) Object.assign(group, { outline: skeleton, outlineKnown: known.skeletonIds.has(skeleton.id) });
  }

  const listIds = new IdAllocator('p_');
  for (const source of sources) {
    if (source.kind !== 'phrases') continue;
    const group = groups.get(source.name)!;
    group.rows.push(...phrasesOfList(source.name, source.rows, segmenter, listIds).map((phrase) => ({ phrase, known: isKnown(phrase) })));
    if (group.rows.length === 0) group.notes.push({ zh: '没有可用的表述', en: 'no usable phrases' });
  }
  const ordered = [...groups.values()];
  return { groups: ordered, phraseCount: ordered.reduce((n, g) => n + g.rows.length, 0) };
}

/**
 * A bank file from documents and phrase lists together (the CLI's `build`): the documents
 * through the pipeline, then each list's rows that the documents did not already give.
 */
export function bankOfSources(sources: readonly LearnSource[], segmenter: Segmenter, options: BuildOptions = {}): BuildResult {
  const built = buildBankWithReport(
    sources.flatMap((s) => (s.kind === 'document' ? [s.document] : [])),
    segmenter,
    options,
  );
  const have = new Set(built.bank.phrases.map((p) => mergeKey(p.text)));
  const ids = new IdAllocator('p_');
  for (const source of sources) {
    if (source.kind !== 'phrases') continue;
    const fresh = phrasesOfList(source.name, source.rows, segmenter, ids).filter((p) => !have.has(mergeKey(p.text)));
    for (const p of fresh) have.add(mergeKey(p.text));
    built.bank.phrases.push(...fresh);
    built.documents.push({ name: source.name, phrases: fresh.length, outline: false, notes: fresh.length ? [...source.notes] : [...source.notes, { zh: '没有新的表述', en: 'no new phrases' }] });
  }
  for (const source of sources) if (source.kind === 'document') built.documents.find((d) => d.name === source.document.name)?.notes.unshift(...source.notes);
  return built;
}
