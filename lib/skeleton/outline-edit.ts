// Pure edits of a skeleton outline for the skeleton editor: each takes the outline and the
// path of a node (indexes from the top) and returns a new outline plus where the node went,
// so focus can follow it. Numbering is never stored: see numbering.ts.
import type { Role, SkeletonNode } from '../schema';
import { headingNumber } from './numbering';

export type Path = readonly number[];
export type Edited = { outline: SkeletonNode[]; path: Path };

const clone = (nodes: readonly SkeletonNode[]): SkeletonNode[] =>
  nodes.map((n) => ({ ...n, ...(n.children ? { children: clone(n.children) } : {}) }));

/** The sibling list that holds the node at `path`, in a cloned outline. */
function siblingsOf(outline: SkeletonNode[], path: Path): SkeletonNode[] {
  let list = outline;
  for (const index of path.slice(0, -1)) list = (list[index]!.children ??= []);
  return list;
}

export function nodeAt(outline: readonly SkeletonNode[], path: Path): SkeletonNode | undefined {
  let list: readonly SkeletonNode[] | undefined = outline;
  let node: SkeletonNode | undefined;
  for (const index of path) {
    node = list?.[index];
    list = node?.children;
  }
  return node;
}

const tidy = (node: SkeletonNode) => {
  if (node.children && node.children.length === 0) delete node.children;
};

export function updateNode(outline: readonly SkeletonNode[], path: Path, change: Partial<Pick<SkeletonNode, 'title' | 'role'>>): SkeletonNode[] {
  const next = clone(outline);
  const list = siblingsOf(next, path);
  const index = path[path.length - 1]!;
  list[index] = { ...list[index]!, ...change };
  return next;
}

/** Up (-1) or down (+1) among its siblings. */
export function moveNode(outline: readonly SkeletonNode[], path: Path, delta: -1 | 1): Edited {
  const next = clone(outline);
  const list = siblingsOf(next, path);
  const index = path[path.length - 1]!;
  const target = index + delta;
  if (target < 0 || target >= list.length) return { outline: next, path };
  [list[index], list[target]] = [list[target]!, list[index]!];
  return { outline: next, path: [...path.slice(0, -1), target] };
}

/** Becomes the last child of the sibling above it. */
export function indentNode(outline: readonly SkeletonNode[], path: Path): Edited {
  const next = clone(outline);
  const list = siblingsOf(next, path);
  const index = path[path.length - 1]!;
  if (index === 0) return { outline: next, path };
  const [node] = list.splice(index, 1);
  const parent = list[index - 1]!;
  (parent.children ??= []).push(node!);
  return { outline: next, path: [...path.slice(0, -1), index - 1, parent.children.length - 1] };
}

/** Becomes the sibling right after its parent. */
export function outdentNode(outline: readonly SkeletonNode[], path: Path): Edited {
  if (path.length < 2) return { outline: clone(outline), path };
  const next = clone(outline);
  const list = siblingsOf(next, path);
  const [node] = list.splice(path[path.length - 1]!, 1);
  const parentPath = path.slice(0, -1);
  const parentList = siblingsOf(next, parentPath);
  const parentIndex = parentPath[parentPath.length - 1]!;
  tidy(parentList[parentIndex]!);
  parentList.splice(parentIndex + 1, 0, node!);
  return { outline: next, path: [...parentPath.slice(0, -1), parentIndex + 1] };
}

export function removeNode(outline: readonly SkeletonNode[], path: Path): SkeletonNode[] {
  const next = clone(outline);
  siblingsOf(next, path).splice(path[path.length - 1]!, 1);
  if (path.length > 1) tidy(nodeAt(next, path.slice(0, -1))!);
  return next;
}

export function addNode(outline: readonly SkeletonNode[], parent: Path | null, title: string, role: Role): Edited {
  const next = clone(outline);
  if (!parent) {
    next.push({ title, role });
    return { outline: next, path: [next.length - 1] };
  }
  const node = nodeAt(next, parent)!;
  (node.children ??= []).push({ title, role: node.role });
  return { outline: next, path: [...parent, node.children.length - 1] };
}

const isInside = (path: Path, ancestor: Path) => ancestor.length <= path.length && ancestor.every((v, i) => path[i] === v);

/** Drag and drop: the node at `from` goes right before the node at `to` (as its sibling). */
export function moveBefore(outline: readonly SkeletonNode[], from: Path, to: Path): Edited {
  if (isInside(to, from)) return { outline: clone(outline), path: from };
  const next = clone(outline);
  const node = nodeAt(next, from)!;
  // Mark the target, remove the dragged node, then find the target again (its path may shift).
  const target = nodeAt(next, to)!;
  const fromList = siblingsOf(next, from);
  fromList.splice(from[from.length - 1]!, 1);
  if (from.length > 1) tidy(nodeAt(next, from.slice(0, -1))!);
  const found = findPath(next, target)!;
  const list = siblingsOf(next, found);
  const index = found[found.length - 1]!;
  list.splice(index, 0, node);
  return { outline: next, path: [...found.slice(0, -1), index] };
}

function findPath(nodes: readonly SkeletonNode[], wanted: SkeletonNode, prefix: number[] = []): number[] | null {
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i] === wanted) return [...prefix, i];
    const inner = nodes[i]!.children && findPath(nodes[i]!.children!, wanted, [...prefix, i]);
    if (inner) return inner;
  }
  return null;
}

export type FlatNode = { node: SkeletonNode; path: Path; depth: number; number: string; setSize: number };

/** The outline as rows in reading order, each with its live number (一、/（一）/1./（1）). */
export function flatten(outline: readonly SkeletonNode[], prefix: Path = []): FlatNode[] {
  return outline.flatMap((node, index) => {
    const path = [...prefix, index];
    const row: FlatNode = { node, path, depth: prefix.length, number: headingNumber(prefix.length, index), setSize: outline.length };
    return [row, ...flatten(node.children ?? [], path)];
  });
}

/** Inserts a node so that it ends up at `path` (a new section between existing ones). */
export function insertNode(outline: readonly SkeletonNode[], path: Path, node: SkeletonNode): Edited {
  const next = clone(outline);
  const list = siblingsOf(next, path);
  const index = Math.max(0, Math.min(path[path.length - 1]!, list.length));
  list.splice(index, 0, node);
  return { outline: next, path: [...path.slice(0, -1), index] };
}
