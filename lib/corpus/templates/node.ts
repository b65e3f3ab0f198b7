// One outline node of a built-in skeleton: a heading, its role, optional body lines and children.
import type { SkeletonNode } from '../../schema';

export const node = (title: string, role: SkeletonNode['role'], body: string[] = [], children: SkeletonNode[] = []): SkeletonNode => ({
  title,
  role,
  ...(body.length ? { body } : {}),
  ...(children.length ? { children } : {}),
});
