import { describe, expect, it } from 'vitest';
import { chineseNumeral, headingNumber } from '@/lib/skeleton/numbering';
import { defaultFieldValues, fieldsForDisplay, fieldsFromDisplay, fieldsIn, fillFields } from '@/lib/skeleton/fields';
import { renderOutline, renderSkeleton, skeletonTexts } from '@/lib/skeleton/render';
import { insertNode, moveNode, removeNode } from '@/lib/skeleton/outline-edit';
import type { SkeletonNode } from '@/lib/schema';
import defaultBank from '@/assets/default-bank.json';

const outline: SkeletonNode[] = [
  {
    title: '主要工作',
    role: 'work',
    body: ['{{年度}}，重点抓好以下工作。'],
    children: [
      { title: '加强政治建设', role: 'work', children: [{ title: '学习', role: 'work', children: [{ title: '专题学习', role: 'work' }, { title: '集中研讨', role: 'work' }] }] },
      { title: '落实主体责任', role: 'work' },
    ],
  },
  { title: '存在问题', role: 'problem' },
  { title: '下步打算', role: 'plan' },
];
const headings = (nodes: readonly SkeletonNode[]) => renderOutline(nodes, {}).filter((l) => l.kind === 'heading').map((l) => l.text);

describe('heading numbers', () => {
  it('writes Chinese numerals the way 公文 do', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 35, 99].map(chineseNumeral)).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '三十五', '九十九']);
  });

  it('numbers the four levels 一、 （一） 1. （1）', () => {
    expect([0, 1, 2, 3].map((depth) => headingNumber(depth, 1))).toEqual(['二、', '（二）', '2.', '（2）']);
    expect(headings(outline)).toEqual([
      '一、主要工作',
      '（一）加强政治建设',
      '1.学习',
      '（1）专题学习',
      '（2）集中研讨',
      '（二）落实主体责任',
      '二、存在问题',
      '三、下步打算',
    ]);
  });

  it('renumbers after a reorder', () => {
    const moved = moveNode(outline, [2], -1).outline;
    expect(headings(moved).filter((h) => !h.startsWith('（') && !/^\d/.test(h))).toEqual(['一、主要工作', '二、下步打算', '三、存在问题']);
    const inner = moveNode(outline, [0, 1], -1).outline;
    expect(headings(inner).slice(1, 3)).toEqual(['（一）落实主体责任', '（二）加强政治建设']);
    // Moving past either end changes nothing.
    expect(headings(moveNode(outline, [0], -1).outline)).toEqual(headings(outline));
    expect(headings(moveNode(outline, [2], 1).outline)).toEqual(headings(outline));
  });

  it('renumbers after an insert and a delete, and leaves the original tree alone', () => {
    const inserted = insertNode(outline, [1], { title: '特色亮点', role: 'highlight' }).outline;
    expect(headings(inserted).filter((h) => /^[一二三四]、/.test(h))).toEqual(['一、主要工作', '二、特色亮点', '三、存在问题', '四、下步打算']);
    const deeper = insertNode(outline, [0, 0], { title: '新的第一项', role: 'work' }).outline;
    expect(headings(deeper).slice(1, 3)).toEqual(['（一）新的第一项', '（二）加强政治建设']);
    const removed = removeNode(outline, [0]);
    expect(headings(removed)).toEqual(['一、存在问题', '二、下步打算']);
    const removedInner = removeNode(outline, [0, 0, 0, 0]);
    expect(headings(removedInner)).toContain('（1）集中研讨');
    expect(headings(outline)).toHaveLength(8);
    expect(outline[0]!.children).toHaveLength(2);
  });
});

describe('fields', () => {
  it('lists distinct fields in order of appearance', () => {
    expect(fieldsIn(['{{年度}}{{单位}}述职报告', '现将本人{{年度}}履行{{职务}}职责', '{{ 内容 }}'])).toEqual(['年度', '单位', '职务', '内容']);
  });

  it('fills values and leaves a visible marker for empty ones, never {{', () => {
    const filled = fillFields('{{年度}}{{单位}}{{职务}}述职报告', { 年度: '2026年度', 单位: '  ', 职务: '局长' });
    expect(filled).toBe('2026年度【待填：单位】局长述职报告');
    expect(filled).not.toContain('{{');
  });

  it('shows fields in lists as blanks to fill', () => {
    expect(fieldsForDisplay('现将本人{{年度}}履行{{职务}}职责')).toBe('现将本人【待填：年度】履行【待填：职务】职责');
    expect(fieldsFromDisplay('现将本人【待填：年度】履行【待填：职务】职责，〔2024〕5号')).toBe('现将本人{{年度}}履行{{职务}}职责，〔2024〕5号');
  });

  it('prefills from the profile and the current year', () => {
    const values = defaultFieldValues({ unit: '市财政局', title: '党组书记', name: '张三' }, new Date(2026, 10, 22));
    expect(values).toMatchObject({ 年度: '2026年度', 单位: '市财政局', 职务: '党组书记', 姓名: '张三' });
  });
});

describe('rendering a skeleton', () => {
  it('renders the general 述职报告 skeleton of the default bank with the profile, caret on the first body line', () => {
    const general = defaultBank.skeletons.find((s) => s.docType === '述职报告')!;
    const values = defaultFieldValues({ unit: '市财政局', title: '局长', name: '' }, new Date(2026, 0, 1));
    const { lines, caretLine } = renderSkeleton(general as never, values);
    expect(lines[0]!.text).toBe('2026年度市财政局局长述职报告');
    expect(lines[caretLine]!.kind).toBe('opening');
    expect(lines[caretLine]!.text).toBe('根据【待填：上级机关】要求，现将本人2026年度履行局长职责情况报告如下：');
    const top = lines.filter((l) => l.kind === 'heading' && l.depth === 0).map((l) => l.text.slice(0, 2));
    expect(top).toEqual(['一、', '二、', '三、', '四、']);
    expect(lines.every((l) => !l.text.includes('{{'))).toBe(true);
    // Issue #20: each slot its own field; the requirement comes from 上级机关, not the writer's unit.
    expect(skeletonTexts(general as never).some((t) => t.includes('{{内容}}'))).toBe(false);
    expect(fieldsIn(skeletonTexts(general as never))).toEqual(expect.arrayContaining(['问题一', '问题二', '原因一', '原因二', '打算一', '打算二', '上级机关']));
    expect(general.opening[0]).toContain('根据{{上级机关}}要求');
  });

  it('without an opening, puts the caret on the first section body', () => {
    const { lines, caretLine } = renderSkeleton({ title: '报告', opening: [], outline }, {});
    expect(lines[caretLine]!.text).toBe('【待填：年度】，重点抓好以下工作。');
  });
});
