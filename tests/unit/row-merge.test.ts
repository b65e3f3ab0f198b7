// Personal sync's merge rule (#16), pure: last writer per row (time, then device id),
// deletions as tombstones kept 90 days, both sides' changes to one row reported.
import { describe, expect, it } from 'vitest';
import type { StoredPhrase } from '@/lib/db';
import { baseOf, localRows, mergeRows, rowHash, TOMBSTONE_MS, wins, type SyncRow } from '@/lib/sync/row-merge';

const phrase = (id: string, text: string, extra: Partial<StoredPhrase> = {}): StoredPhrase => ({ id, text, role: 'work', tags: [], tokens: [], kind: 'sentence', sources: [], docCount: 1, origin: 'user', favorite: false, updatedAt: 100, ...extra });
const row = (id: string, text: string, at: number, device: string): SyncRow => ({ key: `p:${id}`, at, device, phrase: { ...phrase(id, text), updatedAt: at, origin: 'user' } });
const gone = (id: string, at: number, device: string): SyncRow => ({ key: `p:${id}`, at, device, deleted: true });
const rows = (...list: SyncRow[]) => new Map(list.map((r) => [r.key, r]));
const textOf = (r: SyncRow | undefined) => (r && !r.deleted && 'phrase' in r ? r.phrase.text : r?.deleted ? 'deleted' : undefined);
const NOW = 1_000_000;

describe('the merge rule', () => {
  it('keeps every row only one side has, and the later of two versions of a row', () => {
    const a = rows(row('x', '甲的新表述', 10, 'aa'), row('same', '两边都改了，甲在后', 30, 'aa'));
    const b = rows(row('y', '乙的新表述', 20, 'bb'), row('same', '两边都改了，乙在前', 25, 'bb'));
    const { rows: merged, conflicts } = mergeRows(a, b, new Map(), NOW);
    expect(textOf(merged.get('p:x'))).toBe('甲的新表述');
    expect(textOf(merged.get('p:y'))).toBe('乙的新表述');
    expect(textOf(merged.get('p:same'))).toBe('两边都改了，甲在后');
    // The loser is named, not dropped unseen.
    expect(conflicts.map((c) => [c.key, textOf(c.kept), textOf(c.lost)])).toEqual([['p:same', '两边都改了，甲在后', '两边都改了，乙在前']]);
  });

  it('is the same whichever side merges (so both computers end equal)', () => {
    const a = rows(row('1', '甲', 10, 'aa'), gone('2', 50, 'aa'), row('3', '甲三', 40, 'aa'));
    const b = rows(row('1', '乙', 10, 'bb'), row('2', '乙二', 40, 'bb'), row('3', '乙三', 41, 'bb'), row('4', '乙四', 1, 'bb'));
    const ab = mergeRows(a, b, new Map(), NOW).rows;
    const ba = mergeRows(b, a, new Map(), NOW).rows;
    expect([...ab].sort()).toEqual([...ba].sort());
    // Equal times: the greater device id wins.
    expect(textOf(ab.get('p:1'))).toBe('乙');
    expect(wins({ at: 10, device: 'bb' }, { at: 10, device: 'aa' })).toBe(true);
  });

  it('delete vs edit: the later one wins, either way', () => {
    const deletedLater = mergeRows(rows(gone('d', 60, 'aa')), rows(row('d', '乙改过', 50, 'bb')), new Map(), NOW);
    expect(deletedLater.rows.get('p:d')).toMatchObject({ deleted: true });
    expect(deletedLater.conflicts).toHaveLength(1);
    const editedLater = mergeRows(rows(gone('d', 60, 'aa')), rows(row('d', '乙在删除之后又改了', 70, 'bb')), new Map(), NOW);
    expect(textOf(editedLater.rows.get('p:d'))).toBe('乙在删除之后又改了');
  });

  it('a tombstone stops a computer that never heard of the deletion from bringing the row back', () => {
    const base = baseOf(rows(row('t', '旧表述', 10, 'bb')));
    // B still has the row as agreed; A deleted it after.
    const b = rows(row('t', '旧表述', 10, 'bb'));
    const merged = mergeRows(rows(gone('t', 20, 'aa')), b, base, NOW);
    expect(merged.rows.get('p:t')).toMatchObject({ deleted: true });
    expect(merged.conflicts).toEqual([]); // only A changed it: no conflict
  });

  it('drops tombstones older than 90 days, keeps younger ones', () => {
    const now = 10_000_000_000;
    const merged = mergeRows(rows(gone('old', now - TOMBSTONE_MS - 1, 'aa'), gone('young', now - TOMBSTONE_MS + 1000, 'aa')), new Map(), new Map(), now).rows;
    expect([...merged.keys()]).toEqual(['p:young']);
  });
});

describe('this computer’s rows', () => {
  const input = (extra: Partial<Parameters<typeof localRows>[0]>) => ({ phrases: [], skeletons: [], times: new Map(), base: new Map(), device: 'me', now: 5000, ...extra });

  it('takes the writer’s own and changed default phrases, never a subscription’s or the untouched default bank', () => {
    const local = localRows(input({ phrases: [phrase('u', '自己的'), phrase('d0', '默认未改', { origin: 'default', updatedAt: 0 }), phrase('d1', '默认收藏', { origin: 'default', favorite: true, updatedAt: 300 }), phrase('t', '订阅的', { origin: 'team', team: 'x' })] }));
    expect([...local.keys()].sort()).toEqual(['p:d1', 'p:u']);
    expect(local.get('p:u')).toMatchObject({ at: 100, device: 'me' });
  });

  it('keeps the agreed stamp for an unchanged row, dates a changed one by its write, and a row gone since as a tombstone', () => {
    const agreed = rows(row('same', '未改', 50, 'other'), row('edited', '改前', 50, 'other'), row('undone', '撤销前', 50, 'other'), row('deleted', '删前', 50, 'other'), row('recorded', '记录了删除', 50, 'other'));
    const base = baseOf(agreed);
    const local = localRows(
      input({
        base,
        phrases: [phrase('same', '未改', { updatedAt: 50 }), phrase('edited', '改后', { updatedAt: 70 }), phrase('undone', '撤销后', { updatedAt: 10 })],
        times: new Map([['p:recorded', { at: 60, deleted: true }]]),
      }),
    );
    expect(local.get('p:same')).toMatchObject({ at: 50, device: 'other' });
    expect(local.get('p:edited')).toMatchObject({ at: 70, device: 'me' });
    // Written by a path that records no newer time (an undo): dated when sync finds it.
    expect(local.get('p:undone')).toMatchObject({ at: 5000, device: 'me' });
    expect(local.get('p:deleted')).toMatchObject({ deleted: true, at: 5000, device: 'me' });
    expect(local.get('p:recorded')).toMatchObject({ deleted: true, at: 60, device: 'me' });
  });

  it('takes the outlines the writer saved or deleted here, or agreed on, not the shipped ones or a subscription’s', () => {
    const outline = (id: string) => ({ id, title: id, docType: '通知', opening: [], outline: [{ title: '一', role: 'work' as const }], sources: [] });
    const local = localRows(
      input({
        skeletons: [outline('shipped'), outline('saved'), outline('agreed'), outline('team:x:o')],
        times: new Map([['s:saved', { at: 40, deleted: false }], ['s:team:x:o', { at: 40, deleted: false }]]),
        base: baseOf(new Map([['s:agreed', { key: 's:agreed', at: 9, device: 'other', skeleton: outline('agreed') } as SyncRow]])),
      }),
    );
    expect([...local.keys()].sort()).toEqual(['s:agreed', 's:saved']);
    expect(local.get('s:saved')).toMatchObject({ at: 40, device: 'me' });
    expect(local.get('s:agreed')).toMatchObject({ at: 9, device: 'other' });
  });

  it('a deletion undone is not sent: a live row is never a tombstone', () => {
    const local = localRows(input({ phrases: [phrase('d5', '撤销了删除的默认表述', { origin: 'default', updatedAt: 0 })], times: new Map([['p:d5', { at: 70, deleted: true }], ['p:gone', { at: 80, deleted: true }]]) }));
    expect([...local.keys()]).toEqual(['p:gone']);
  });

  it('hashes what a row says, not when', () => {
    expect(rowHash(row('h', '同一句', 1, 'a'))).toBe(rowHash(row('h', '同一句', 2, 'b')));
    expect(rowHash(row('h', '同一句', 1, 'a'))).not.toBe(rowHash(row('h', '另一句', 1, 'a')));
  });
});
