// The text above the caret offers its own wording (#12): a term the document named once
// comes back after a few characters, beside the bank's rows, through the same show gate.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SuggestionEngine } from '../../lib/engine/engine';
import { entryOfPhrase } from '../../lib/engine/entry-of-phrase';
import { DocumentEngines, documentEntries, evidenceWithDocument, finishedSentences, suggestWithDocument } from '../../lib/engine/document-engine';
import { documentContext, MAX_CONTEXT_CHARS } from '../../lib/engine/document-context';
import { evidenceOf, gateSuggestions } from '../../lib/engine/show-gate';
import type { SuggestQuery } from '../../lib/engine/types';
import { BankFileSchema } from '../../lib/schema';

let shipped: SuggestionEngine;
beforeAll(() => {
  const bank = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
  shipped = new SuggestionEngine(bank.phrases.map(entryOfPhrase));
});

/** A notice about a made-up programme: no bank has its name. */
const ABOVE = [
  '关于开展“青禾计划”乡村数字助理培训工作的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '为深入推进“青禾计划”乡村数字助理培训工作，经市政府同意，现就有关事项通知如下。',
  '一、目标任务',
  '到2027年，全市培养乡村数字助理3000名，实现行政村全覆盖。',
];

const ask = (before: string, above: readonly string[] = ABOVE, documents = new DocumentEngines()) => {
  const context = documentContext(above);
  const query: SuggestQuery = { before, headings: [], limit: 5, now: 0, context };
  const document = documents.enginesFor(context, before);
  const all = suggestWithDocument(shipped, document, query);
  return { all, shown: gateSuggestions(all, query, evidenceWithDocument(evidenceOf(shipped.entryList), document)) };
};

describe('the document above the caret', () => {
  it('offers a name it used before, marked as its own, past the show gate', () => {
    const { all, shown } = ask('（一）加强“青禾计划”乡村数字');
    expect(shown[0]).toMatchObject({ insert: '助理', source: 'document' });
    expect(shown.filter((s) => s.source === 'document').map((s) => s.insert)).toContain('助理培训工作');
    expect(all.filter((s) => s.source === 'document').every((s) => s.id.startsWith('doc:'))).toBe(true);
    // A few characters of the name are enough; the bank's rows stay below it.
    const later = ask('三、加强“青禾计划”乡村').shown;
    expect(later[0]).toMatchObject({ insert: '数字助理', source: 'document' });
    expect(later.some((s) => s.source === undefined)).toBe(true);
  });

  it('offers nothing of its own without the text above', () => {
    const { all } = ask('（一）加强“青禾计划”乡村数字', []);
    expect(all.some((s) => s.source === 'document')).toBe(false);
    expect(all.some((s) => s.insert.startsWith('助理'))).toBe(false);
  });

  it('leaves the bank row where both would insert the same text', () => {
    const above = ['我们要增强“四个意识”、坚定“四个自信”、做到“两个维护”。'];
    const { all } = ask('全体党员要增强“四个', above);
    const same = all.filter((s) => s.insert === '意识”');
    expect(same).toHaveLength(1);
    expect(same[0]!.source).toBeUndefined();
  });

  it('counts a repeated sentence once, with its repetitions as its documents', () => {
    const entries = documentEntries('加强组织领导。加强组织领导。压实工作责任，加强督促检查；');
    const texts = entries.map((e) => e.text);
    expect(texts).toEqual(['加强组织领导', '压实工作责任，加强督促检查', '压实工作责任', '加强督促检查']);
    expect(entries.find((e) => e.text === '加强组织领导')!.docCount).toBe(2);
    // Clauses are cut as the bank's are: a quotation with a comma inside stays whole.
    expect(documentEntries('落实“放管服，优环境”改革要求，提升服务效能').map((e) => e.text)).toContain('落实“放管服，优环境”改革要求');
  });

  it('reads only the part of a long document nearest the caret', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `第${i}段落文字内容`);
    const context = documentContext(lines);
    expect(context.length).toBeLessThanOrEqual(MAX_CONTEXT_CHARS);
    expect(context.endsWith(lines.at(-1)!)).toBe(true);
    expect(context.startsWith('第')).toBe(true);
    expect(documentContext([])).toBe('');
  });

  it('builds an engine once per text, and again when the text changes', () => {
    const documents = new DocumentEngines();
    const [first] = documents.enginesFor('加强组织领导，压实工作责任');
    expect(first).toBeDefined();
    expect(documents.enginesFor('加强组织领导，压实工作责任', '今年要')).toEqual([first]);
    const [second] = documents.enginesFor('加强组织领导，压实工作责任。强化督导问效');
    expect(second).not.toBe(first);
    expect(documents.enginesFor('')).toEqual([]);
    expect(documents.enginesFor('，。；')).toEqual([]);
  });

  it('indexes a long text after the answer when it can, a short one at once', () => {
    const deferred: Array<() => void> = [];
    const documents = new DocumentEngines((work) => deferred.push(work));
    const long = '加强组织领导，压实工作责任。'.repeat(400);
    expect(documents.enginesFor(long)).toEqual([]);
    expect(documents.enginesFor(long)).toEqual([]);
    expect(deferred).toHaveLength(1);
    deferred[0]!();
    expect(documents.enginesFor(long)).toHaveLength(1);
    expect(documents.enginesFor('加强组织领导，压实工作责任')).toHaveLength(1);
  });

  it('offers the finished sentences of the caret’s own paragraph too, not the one being typed', () => {
    expect(finishedSentences('要抓好“青禾计划”乡村数字助理培训。同时，要把乡村数')).toBe('要抓好“青禾计划”乡村数字助理培训。');
    expect(finishedSentences('没有句末标点的一句')).toBe('');
    const before = '要抓好“青禾计划”乡村数字助理培训。同时，要把“青禾计划”乡村数';
    const { shown } = ask(before, []);
    expect(shown.filter((s) => s.source === 'document').map((s) => s.insert)).toContain('字助理培训');
    // The sentence being typed is not its own evidence.
    expect(ask('要把“青禾计划”乡村数', []).all.some((s) => s.source === 'document')).toBe(false);
  });
});
