// Learning from a batch of the writer's files: grouped per file, what the bank has marked,
// phrase lists taken row by row, files that gave nothing saying why; and which picked files
// go to the readers at all.
import { describe, expect, it } from 'vitest';
import { learnFromSources, type LearnSource } from '../../lib/corpus/learn';
import { mergeKey } from '../../lib/corpus/merge';
import { MAX_PICKED_FILES, pickReadable } from '../../lib/bank/picked-files';
import { createNodeSegmenter } from '../../lib/segment-node';
import { seedDocuments } from './corpus-seeds';

const segmenter = createNodeSegmenter();
const [first, second] = seedDocuments();
const none = { phraseKeys: new Set<string>(), skeletonIds: new Set<string>() };

const doc = (name: string, text: string): LearnSource => ({ kind: 'document', document: { name, text }, notes: [] });

describe('learnFromSources', () => {
  const sources: LearnSource[] = [
    doc(first!.name, first!.text),
    doc(second!.name, second!.text),
    { kind: 'phrases', name: '表述清单.xlsx', rows: [{ text: '坚持以人民为中心', role: 'work', tags: ['人民'] }, { text: '坚持以人民为中心' }, { text: '存在学习不够深入的问题' }, { text: '一' }], notes: [] },
    doc('空白.txt', '1\n2\n3'),
  ];
  const result = learnFromSources(sources, segmenter, none);
  const group = (name: string) => result.groups.find((g) => g.name === name)!;

  it('gives one group per file, each phrase listed once', () => {
    expect(result.groups.map((g) => g.name)).toEqual(sources.map((s) => (s.kind === 'document' ? s.document.name : s.name)));
    const texts = result.groups.flatMap((g) => g.rows.map((r) => r.phrase.text));
    expect(new Set(texts).size).toBe(texts.length);
    expect(group(first!.name).rows.length).toBeGreaterThan(50);
    expect(group(first!.name).outline?.sources).toEqual([first!.name]);
  });

  it('takes a phrase list row by row: given sections and tags kept, duplicates and one-character rows dropped, the rest segmented', () => {
    const rows = group('表述清单.xlsx').rows.map((r) => r.phrase);
    expect(rows.map((p) => p.text)).toEqual(['坚持以人民为中心', '存在学习不够深入的问题']);
    expect(rows[0]).toMatchObject({ role: 'work', tags: ['人民'], sources: ['表述清单.xlsx'] });
    expect(rows[1]!.role).toBe('problem');
    expect(rows[1]!.tokens.length).toBeGreaterThan(1);
  });

  it('says why a file gave nothing', () => {
    expect(group('空白.txt').rows).toEqual([]);
    expect(group('空白.txt').notes.map((n) => n.zh).join()).toMatch(/没有/);
  });

  it('marks what the bank already has, by wording', () => {
    const someText = group(first!.name).rows[0]!.phrase.text;
    const known = { phraseKeys: new Set([mergeKey(someText), mergeKey('坚持以人民为中心')]), skeletonIds: new Set([group(first!.name).outline!.id]) };
    const again = learnFromSources(sources, segmenter, known);
    const rows = again.groups.flatMap((g) => g.rows);
    expect(rows.filter((r) => r.known).map((r) => r.phrase.text).sort()).toEqual([someText, '坚持以人民为中心'].sort());
    expect(again.groups.find((g) => g.name === first!.name)!.outlineKnown).toBe(true);
  });
});

describe('pickReadable', () => {
  const file = (name: string) => ({ name, file: new File(['x'], name.split('/').pop()!) });
  it('keeps readable kinds by extension, passes over hidden files, lock files and others', () => {
    const picked = pickReadable([file('2023/总结.DOC'), file('2024/总结.doc'), file('.DS_Store'), file('2024/~$总结.doc'), file('照片.jpg'), file('清单.xlsx')], ['.doc', '.xlsx']);
    expect(picked.files.map((f) => f.name)).toEqual(['2023/总结.DOC', '2024/总结.doc', '清单.xlsx']);
    expect(picked.skipped).toBe(3);
    expect(picked.overLimit).toBe(false);
  });
  it('stops at the limit and says so', () => {
    const picked = pickReadable(Array.from({ length: MAX_PICKED_FILES + 5 }, (_, i) => file(`${i}.txt`)), ['.txt']);
    expect(picked.files).toHaveLength(MAX_PICKED_FILES);
    expect(picked.overLimit).toBe(true);
  });
});
