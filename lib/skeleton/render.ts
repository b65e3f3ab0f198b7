// A skeleton as the lines that go into the writer's document: the title, the opening, then
// every heading numbered by its depth and position, each followed by its body lines.
import type { Skeleton, SkeletonNode } from '../schema';
import { fillFields } from './fields';
import { headingNumber } from './numbering';

export type OutlineLineKind = 'title' | 'opening' | 'heading' | 'body' | 'closing';
export type OutlineLine = { text: string; kind: OutlineLineKind; depth: number };

export type RenderedSkeleton = {
  lines: OutlineLine[];
  /** The line the caret goes to after insertion: the first line the writer writes in. */
  caretLine: number;
};

export function renderOutline(outline: readonly SkeletonNode[], values: Readonly<Record<string, string>>, depth = 0): OutlineLine[] {
  const lines: OutlineLine[] = [];
  outline.forEach((node, index) => {
    lines.push({ text: headingNumber(depth, index) + fillFields(node.title, values), kind: 'heading', depth });
    for (const body of node.body ?? []) if (body.trim()) lines.push({ text: fillFields(body, values), kind: 'body', depth });
    if (node.children?.length) lines.push(...renderOutline(node.children, values, depth + 1));
  });
  return lines;
}

type Renderable = Pick<Skeleton, 'title' | 'opening' | 'outline'> & { closing?: readonly string[] | undefined };

export function renderSkeleton(skeleton: Renderable, values: Readonly<Record<string, string>>): RenderedSkeleton {
  const lines: OutlineLine[] = [{ text: fillFields(skeleton.title, values), kind: 'title', depth: 0 }];
  for (const opening of skeleton.opening) if (opening.trim()) lines.push({ text: fillFields(opening, values), kind: 'opening', depth: 0 });
  lines.push(...renderOutline(skeleton.outline, values));
  // Closing words, 附件说明, 署名 and 日期 are never numbered.
  for (const closing of skeleton.closing ?? []) if (closing.trim()) lines.push({ text: fillFields(closing, values), kind: 'closing', depth: 0 });
  const firstBody = lines.findIndex((line) => line.kind === 'opening' || line.kind === 'body');
  return { lines, caretLine: firstBody >= 0 ? firstBody : lines.length - 1 };
}

/** Every text of a skeleton that may hold fields, for the form. */
export function skeletonTexts(skeleton: Renderable): string[] {
  const texts = [skeleton.title, ...skeleton.opening];
  const walk = (nodes: readonly SkeletonNode[]) => {
    for (const node of nodes) {
      texts.push(node.title, ...(node.body ?? []));
      if (node.children) walk(node.children);
    }
  };
  walk(skeleton.outline);
  texts.push(...(skeleton.closing ?? []));
  return texts;
}
