// Storage pressure and bad input on every write path (#15), in the running extension: a
// QuotaExceededError struck at the storage layer of the service worker (every IndexedDB
// write throws, as a full disk does) must leave the bank exactly as it was and reach the
// page as the message that says so; bad input must be refused with a message naming the
// problem and change nothing.
import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { useExtensionBrowser } from '../e2e/harness';
import { answer, ask, bankState, extensionPage, watchExtensionRequests } from './extension';
import { record, survive } from './record';

const browser = useExtensionBrowser();

/** Every write of the worker's IndexedDB fails with the quota error while `on`. */
async function fullDisk(worker: Worker, on: boolean): Promise<void> {
  await worker.evaluate((on) => {
    const g = globalThis as any;
    const methods = ['put', 'add', 'delete', 'clear'] as const;
    g.__jukuOriginalWrites ??= Object.fromEntries(methods.map((m) => [m, IDBObjectStore.prototype[m]]));
    for (const m of methods) {
      (IDBObjectStore.prototype as any)[m] = on
        ? function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
        : g.__jukuOriginalWrites[m];
    }
  }, on);
}

const SKELETON = { id: 'faults-skeleton', title: '{{年度}}工作总结', docType: '工作总结', opening: [], outline: [{ title: '一、主要工作', role: 'work', children: [] }] };
const BANK = (text: string) => JSON.stringify({ formatVersion: 1, phrases: [{ id: 'f1', text, role: 'work', tags: [] }], skeletons: [] });

describe('storage pressure and bad input', () => {
  it('a quota error on every write path leaves the bank as it was and says so', async () => {
    const { harness } = browser;
    const requests = watchExtensionRequests(harness.context, harness.extensionId);
    const page = await extensionPage(harness.context, harness.extensionId);
    // Something for every write to change: a phrase of the writer's, a backup, an undo step, a skeleton.
    const mine = (await answer(page, { type: 'bankAddPhrase', text: '持续深化党建引领基层治理', role: 'plan', tags: ['自己'], tokens: [] })).phrase;
    await answer(page, { type: 'bankSaveSkeleton', skeleton: SKELETON });
    const backup = await answer(page, { type: 'bankBackupNow' });
    await answer(page, { type: 'bankUpdatePhrase', id: mine.id, patch: { favorite: true } });
    const writes: Array<[string, Record<string, unknown>]> = [
      ['add a phrase', { type: 'bankAddPhrase', text: '扎实推进全面从严治党', role: 'work', tags: [], tokens: [] }],
      ['edit a phrase', { type: 'bankUpdatePhrase', id: mine.id, patch: { text: '持续深化党建引领基层治理工作' } }],
      ['delete phrases', { type: 'bankDeletePhrases', ids: [mine.id] }],
      ['retag', { type: 'bankRetag', ids: [mine.id], add: ['新标签'], remove: [] }],
      ['undo', { type: 'bankUndo' }],
      ['import (merge)', { type: 'bankImport', mode: 'merge', text: BANK('全面加强新时代党的建设') }],
      ['import (replace)', { type: 'bankImport', mode: 'replace', text: BANK('全面加强新时代党的建设') }],
      ['back up now', { type: 'bankBackupNow' }],
      ['restore a backup', { type: 'bankRestoreBackup', id: backup.id }],
      ['restore the default bank', { type: 'bankRestoreDefaults' }],
      ['save a skeleton', { type: 'bankSaveSkeleton', skeleton: { ...SKELETON, title: '{{年度}}工作计划' } }],
      ['delete a skeleton', { type: 'bankDeleteSkeleton', id: SKELETON.id }],
      ['record a use', { type: 'recordUse', id: mine.id, charsSaved: 8 }],
    ];
    for (const [name, request] of writes) {
      await survive('fault', `quota error while "${name}"`, async () => {
        const before = await bankState(page);
        const undoBefore = await answer(page, { type: 'bankUndoState' });
        await fullDisk(harness.worker, true);
        const reply = await ask(page, request).finally(() => fullDisk(harness.worker, false));
        const after = await bankState(page);
        expect(after, 'the bank as it was').toEqual(before);
        expect(await answer(page, { type: 'bankUndoState' })).toEqual(undoBefore);
        // recordUse is the content script's and says nothing to the writer; every bank write says what happened.
        if (request.type !== 'recordUse') {
          expect(reply.ok).toBe(false);
          expect(reply.ok ? '' : reply.error).toMatch(/存储空间已满/);
        }
        return reply.ok ? 'use not counted, bank unchanged' : `refused: 「${reply.error.slice(0, 24)}…」, bank unchanged`;
      });
    }
    // With room again, the same writes go through: the failures above were the disk's alone.
    await answer(page, { type: 'bankAddPhrase', text: '扎实推进全面从严治党', role: 'work', tags: [], tokens: [] });
    record({ kind: 'requests', name: 'storage pressure', count: requests().length, urls: requests() });
  });

  it('bad input is refused with a message naming the problem, and changes nothing', async () => {
    const { harness } = browser;
    const page = await extensionPage(harness.context, harness.extensionId);
    const bad: Array<[string, Record<string, unknown>, RegExp]> = [
      ['import: not JSON', { type: 'bankImport', mode: 'replace', text: '{"formatVersion":1, "phrases": [' }, /JSON|格式|无法/],
      ['import: unknown format version', { type: 'bankImport', mode: 'replace', text: JSON.stringify({ formatVersion: 99, phrases: [], skeletons: [] }) }, /版本|格式/],
      ['import: a phrase without text', { type: 'bankImport', mode: 'merge', text: JSON.stringify({ formatVersion: 1, phrases: [{ id: 'x', role: 'work' }], skeletons: [] }) }, /./],
      ['import: a file over the size limit', { type: 'bankImport', mode: 'merge', text: 'x'.repeat(60 * 1024 * 1024) }, /过大|超过|MB/],
      ['add: empty phrase', { type: 'bankAddPhrase', text: '   ', role: 'work', tags: [], tokens: [] }, /至少|空/],
      ['add: unknown role', { type: 'bankAddPhrase', text: '加强学习', role: 'nonsense', tags: [], tokens: [] }, /role/],
      ['edit: no such phrase', { type: 'bankUpdatePhrase', id: 'no-such-id', patch: { text: '加强学习' } }, /找不到|不存在|已删除/],
      ['restore: no such backup', { type: 'bankRestoreBackup', id: 987654 }, /找不到|不存在|备份/],
      ['skeleton: no outline', { type: 'bankSaveSkeleton', skeleton: { id: 's', title: '标题', docType: '通知', outline: [] } }, /./],
      ['request of an unknown kind', { type: 'bankDropEverything' }, /./],
    ];
    for (const [name, request, message] of bad) {
      await survive('badInput', name, async () => {
        const before = await bankState(page);
        const reply = await ask(page, request);
        expect(reply.ok, `${name} was accepted`).toBe(false);
        const error = reply.ok ? '' : reply.error;
        expect(error).toMatch(message);
        expect(error).not.toMatch(/undefined|\[object|TypeError|at .*\.js/);
        expect(await bankState(page)).toEqual(before);
        return `refused: 「${error.slice(0, 30)}」`;
      });
    }
    // HTML in a phrase is kept as text, never markup: stored exactly as typed.
    await survive('badInput', 'a phrase made of HTML stays plain text', async () => {
      const text = '<img src=x onerror="alert(1)">加强<b>学习</b>';
      const { phrase } = await answer(page, { type: 'bankAddPhrase', text, role: 'work', tags: [], tokens: [] });
      expect(phrase.text).toBe(text);
      const found = await answer(page, { type: 'bankSearch', query: 'onerror', limit: 50 });
      expect(JSON.stringify(found)).toContain('onerror');
      return 'stored and listed as the same characters';
    });
  });
});
