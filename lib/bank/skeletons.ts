// The skeleton editor's writes: save a whole outline (validated by the bank schema) or
// delete one. Numbering is never stored (see numbering.ts).
import { SkeletonSchema, type Skeleton } from '../schema';
import type { JukuDatabase } from '../db';
import { BankInputError } from './limits';
import { writeBank } from './transaction';

export async function saveSkeleton(db: JukuDatabase, input: unknown): Promise<Skeleton> {
  const parsed = SkeletonSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.includes('title') ? '标题' : issue?.path.includes('outline') ? '提纲' : '骨架';
    throw new BankInputError(`骨架无效：${where}${issue?.code === 'too_big' ? '过长或过多' : '不能为空'}。`);
  }
  return writeBank(db, async () => {
    await db.skeletons.put(parsed.data);
    return parsed.data;
  });
}

export function deleteSkeleton(db: JukuDatabase, id: string): Promise<void> {
  return writeBank(db, () => db.skeletons.delete(id));
}
