// The skeleton editor's writes: save a whole outline (validated by the bank schema) or
// delete one. Numbering is never stored (see numbering.ts).
import { SkeletonSchema, type Skeleton } from '../schema';
import type { JukuDatabase } from '../db';
import { BankInputError } from './limits';
import { writeBank } from './transaction';

export async function saveSkeleton(db: JukuDatabase, input: unknown, now = Date.now()): Promise<Skeleton> {
  const parsed = SkeletonSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.includes('title')
      ? { zh: '标题', en: 'the title' }
      : issue?.path.includes('outline')
        ? { zh: '提纲', en: 'the outline' }
        : { zh: '提纲', en: 'the outline' };
    const tooBig = issue?.code === 'too_big';
    throw new BankInputError({
      zh: `提纲无效：${where.zh}${tooBig ? '过长或过多' : '不能为空'}。`,
      en: `Invalid outline: ${where.en} ${tooBig ? 'is too long or has too many items' : 'must not be empty'}.`,
    });
  }
  return writeBank(db, async () => {
    await db.skeletons.put(parsed.data);
    // Outlines carry no time of their own: personal sync merges by this one.
    await db.rowTimes.put({ key: `s:${parsed.data.id}`, at: now, deleted: false });
    return parsed.data;
  });
}

export function deleteSkeleton(db: JukuDatabase, id: string, now = Date.now()): Promise<void> {
  return writeBank(db, async () => {
    await db.skeletons.delete(id);
    await db.rowTimes.put({ key: `s:${id}`, at: now, deleted: true });
  });
}
