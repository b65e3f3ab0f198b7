// The pipeline's output satisfies the bank schema by construction: whatever a real document
// holds (a title of three hundred characters, fifty-odd top headings, a file name longer
// than a sentence), what goes into the bank is cut to the schema's limits here, and what was
// cut or left out is said, instead of the whole batch failing validation at the end.
import { MAX_PHRASE_CHARS, type Phrase, type Skeleton, type SkeletonNode } from '../schema';

/** The schema's limits (lib/schema.ts), named once for the pipeline. */
export const SCHEMA_LIMITS = {
  titleChars: 200,
  docTypeChars: 100,
  sourceChars: 200,
  sources: 1000,
  openingLines: 20,
  nodes: 50,
  bodyLines: 50,
  tags: 32,
  tagChars: 32,
  tokens: 4000,
} as const;

/** Cut to at most `max` UTF-16 units (zod counts those), never inside a surrogate pair. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, cut);
}

/** A heading or title cut at the last clause mark before the limit, so it still reads as words. */
export function clampHeading(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = clampText(text, max);
  const mark = Math.max(...['，', '；', '：', '、', ',', ';'].map((m) => head.lastIndexOf(m)));
  return mark >= max / 2 ? head.slice(0, mark) : head;
}

export const clampSources = (sources: readonly string[]): string[] =>
  sources.slice(0, SCHEMA_LIMITS.sources).map((s) => clampText(s, SCHEMA_LIMITS.sourceChars));

function fitNode(node: SkeletonNode, depth: number): SkeletonNode {
  const body = node.body?.filter((line) => line.length <= MAX_PHRASE_CHARS).slice(0, SCHEMA_LIMITS.bodyLines);
  // Learned outlines are two levels deep; deeper nesting from a hostile source is dropped.
  const children = depth < 4 ? node.children?.slice(0, SCHEMA_LIMITS.nodes).map((c) => fitNode(c, depth + 1)) : undefined;
  return {
    title: clampHeading(node.title, SCHEMA_LIMITS.titleChars) || '…',
    role: node.role,
    ...(body?.length ? { body } : {}),
    ...(children?.length ? { children } : {}),
  };
}

export type Fitted<T> = { value: T; trimmed: boolean };

/** A skeleton inside the schema's limits; `trimmed` says whether anything had to go. */
export function fitSkeleton<T extends Omit<Skeleton, 'id'>>(skeleton: T): Fitted<T> {
  const fitted: T = {
    ...skeleton,
    title: clampHeading(skeleton.title, SCHEMA_LIMITS.titleChars),
    docType: clampHeading(skeleton.docType, SCHEMA_LIMITS.docTypeChars),
    opening: skeleton.opening.filter((line) => line.length <= MAX_PHRASE_CHARS).slice(0, SCHEMA_LIMITS.openingLines),
    outline: skeleton.outline.slice(0, SCHEMA_LIMITS.nodes).map((n) => fitNode(n, 1)),
    sources: clampSources(skeleton.sources),
  };
  return { value: fitted, trimmed: JSON.stringify(fitted) !== JSON.stringify(skeleton) };
}

/** A phrase inside the schema's limits (its text was already kept within them by phrases.ts). */
export function fitPhrase(phrase: Phrase): Phrase {
  return {
    ...phrase,
    tags: phrase.tags.filter((t) => t.length <= SCHEMA_LIMITS.tagChars).slice(0, SCHEMA_LIMITS.tags),
    tokens: phrase.tokens.slice(0, SCHEMA_LIMITS.tokens),
    sources: clampSources(phrase.sources),
  };
}
