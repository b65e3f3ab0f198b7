// Edits of a skeleton's outline tree, addressed by path (indexes from the top level down).
// Each returns a new tree and leaves its input alone, so an editor can keep the old tree
// for undo. Numbering is never touched here: it follows from the tree (numbering.ts).
import type { SkeletonNode } from '../schema';

export type NodePath = readonly number[];

/** Copies the nodes along the path so the edit does not reach the caller's tree. */
function editAt(outline: readonly SkeletonNode[], path: NodePath, edit: (siblings: SkeletonNode[], index: number) => void): SkeletonNode[] {
  if (path.length === 0) return [...outline];
  const copy = outline.map((node) => ({ ...node }));
  const parentPath = path.slice(0, -1);
  let level = copy;
  for (const index of parentPath) {
    const node = level[index];
    if (!node) return copy;
    node.children = (node.children ?? []).map((child) => ({ ...child }));
    level = node.children;
  }
  edit(level, path[path.length - 1]!);
  return copy;
}

/** Moves a node up (delta −1) or down (+1) among its siblings; at either end nothing moves. */
export function moveNode(outline: readonly SkeletonNode[], path: NodePath, delta: number): SkeletonNode[] {
  return editAt(outline, path, (siblings, index) => {
    const to = index + delta;
    if (index < 0 || index >= siblings.length || to < 0 || to >= siblings.length) return;
    const [node] = siblings.splice(index, 1);
    siblings.splice(to, 0, node!);
  });
}

/** Inserts a node so that it ends up at `path`. */
export function insertNode(outline: readonly SkeletonNode[], path: NodePath, node: SkeletonNode): SkeletonNode[] {
  return editAt(outline, path, (siblings, index) => {
    siblings.splice(Math.max(0, Math.min(index, siblings.length)), 0, node);
  });
}

export function removeNode(outline: readonly SkeletonNode[], path: NodePath): SkeletonNode[] {
  return editAt(outline, path, (siblings, index) => {
    if (index >= 0 && index < siblings.length) siblings.splice(index, 1);
  });
}
