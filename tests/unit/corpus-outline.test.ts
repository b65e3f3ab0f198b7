import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../lib/corpus/clean';
import { allSections, buildOutline, countHeadings, parseHeading, splitItems } from '../../lib/corpus/outline';
import { headingRoles } from '../../lib/corpus/roles';
import { readSeed } from './corpus-seeds';

const outlineOf = (prefix: string) => buildOutline(cleanDocument(readSeed(prefix)));
const sentencesOf = (prefix: string) =>
  allSections(outlineOf(prefix)).flatMap((s) => s.blocks.flatMap((b) => b.sentences));

describe('outline of the seeds', () => {
  // Counted by hand from the files. Seed 000 numbers its second problem subsection （三）
  // twice; both count. Run-in items (一是…) are not headings.
  it.each([
    ['000', { 1: 3, 2: 11, 3: 0, 4: 0 }],
    ['001', { 1: 3, 2: 8, 3: 0, 4: 0 }],
    ['002', { 1: 3, 2: 10, 3: 0, 4: 0 }],
    ['003', { 1: 2, 2: 5, 3: 0, 4: 0 }],
    ['004', { 1: 3, 2: 3, 3: 0, 4: 0 }],
  ])('seed %s headings per level', (prefix, counts) => {
    expect(countHeadings(outlineOf(prefix))).toEqual(counts);
  });

  it.each([
    ['000', ['work', 'problem', 'plan']],
    ['001', ['work', 'highlight', 'problem']],
    ['002', ['work', 'problem', 'plan']],
    ['003', ['work', 'problem']],
    ['004', ['work', 'problem', 'plan']],
  ])('seed %s level-1 roles', (prefix, roles) => {
    expect(outlineOf(prefix).sections.map((s) => s.role)).toEqual(roles);
  });

  it('reads the title and the post line as the header, not a section', () => {
    const outline = outlineOf('000');
    expect(outline.title).toBe('党组书记抓党建工作述职报告');
    expect(outline.header).toEqual(['局党组书记']);
    expect(outline.opening[0]?.sentences[0]?.text).toMatch(/^本人任财政局党组书记以来/);
    expect(outline.sections[0]?.heading).toBe('主要工作');
  });

  it('finds the title on line 2 when line 1 is blank', () => {
    expect(outlineOf('001').title).toBe('党委书记抓党建工作述职报告');
    expect(outlineOf('004').title).toBe('2023年度区商务局党支部书记抓基层党建工作述职报告');
  });

  it('splits a run-in heading at its first full stop', () => {
    const first = outlineOf('000').sections[0]!.children[0]!;
    expect(first.heading).toBe('切实履行政治领导职责，正确抓思想把方向');
    expect(first.blocks[0]?.sentences[0]?.text).toMatch(/^始终把思想政治建设放在/);
  });

  it('keeps both subsections of a duplicated （三）', () => {
    const problems = outlineOf('000').sections[1]!;
    expect(problems.children.map((c) => c.heading)).toEqual(['示范作用仍需增强', '履责力度还需加大']);
    expect(problems.children.every((c) => c.role === 'problem')).toBe(true);
  });

  it('splits run-in items 一是…二是… inside a paragraph, markers removed', () => {
    const section = outlineOf('000').sections[0]!.children[3]!;
    expect(section.blocks.map((b) => b.marker)).toEqual(['一是', '二是', '三是']);
    expect(section.blocks[0]?.sentences[0]?.text).toBe('支持优化发展环境。');
  });

  it('sends 「究其主要原因」 paragraphs to cause in a problem-and-cause section (002)', () => {
    const section = outlineOf('002').sections[1]!;
    const roles = section.blocks.map((b) => `${b.marker ?? '-'}:${b.sentences[0]!.role}`);
    expect(roles).toEqual([
      '-:problem', '一是:problem', '二是:problem', '三是:problem', '四是:problem',
      '-:cause', '一是:cause', '二是:cause', '三是:cause', '四是:cause', '五是:cause',
    ]);
  });

  it('marks 究其根源 sentences as cause and the next problem item as problem again (004)', () => {
    const sentences = sentencesOf('004');
    expect(sentences.find((s) => s.text.startsWith('究其根源，由于目标任务较重'))?.role).toBe('cause');
    expect(sentences.find((s) => s.text.startsWith('在理论学习的方法上还有待进一步创新'))?.role).toBe('problem');
  });

  it('turns a combined 「存在的问题及下步打算」 section into plan from 下一步 on (003)', () => {
    const sentences = sentencesOf('003');
    expect(sentences.find((s) => s.text.startsWith('主要表现在'))?.role).toBe('problem');
    expect(sentences.find((s) => s.text.startsWith('下一步，将重点抓好以下几点'))?.role).toBe('plan');
    expect(sentences.find((s) => s.text.startsWith('强化理论学习，确保融会贯通'))?.role).toBe('plan');
  });

  it('gives plan to the subsections after 「对此」 in 「存在的问题及下一步打算」 (001)', () => {
    const section = outlineOf('001').sections[2]!;
    expect(section.headingRoles).toEqual(['problem', 'plan']);
    expect(section.blocks[0]?.sentences.map((s) => s.role)).toEqual(['problem', 'plan']);
    expect(section.children.map((c) => c.role)).toEqual(['plan', 'plan', 'plan']);
  });
});

describe('heading and item parsing', () => {
  it('recognizes the four 公文 levels', () => {
    expect(parseHeading('一、主要工作')).toMatchObject({ level: 1, heading: '主要工作' });
    expect(parseHeading('（二）加强制度建设，提升管理水平。大力加强…')).toMatchObject({
      level: 2,
      heading: '加强制度建设，提升管理水平',
      rest: '大力加强…',
    });
    expect(parseHeading('1.强化理论学习')).toMatchObject({ level: 3, heading: '强化理论学习' });
    expect(parseHeading('2、狠抓责任落实')).toMatchObject({ level: 3 });
    expect(parseHeading('3．严守廉洁纪律')).toMatchObject({ level: 3 });
    expect(parseHeading('（1）学习制度')).toMatchObject({ level: 4, heading: '学习制度' });
    expect(parseHeading('1.3万余元用于慰问')).toBeUndefined();
    expect(parseHeading('一是强化学习。')).toBeUndefined();
  });

  it('only splits items that continue the count', () => {
    expect(splitItems('唯一是要求。一是学习。二是落实。').map((p) => p.marker)).toEqual([undefined, '一是', '二是']);
    expect(splitItems('二是加强检查督促。').map((p) => p.marker)).toEqual(['二是']);
  });

  it('names every role of a combined heading, first written first', () => {
    expect(headingRoles('存在的问题及下一步打算')).toEqual(['problem', 'plan']);
    expect(headingRoles('存在的主要问题及原因分析')).toEqual(['problem', 'cause']);
    expect(headingRoles('履职工作特色和亮点')[0]).toBe('work');
    expect(headingRoles('特色亮点做法')[0]).toBe('highlight');
    expect(headingRoles('2024年党建工作思路')).toEqual(['plan']);
    expect(headingRoles('落实全面从严治党主体责任情况')).toEqual(['work']);
    // 问题 in a work heading's stock phrases does not make it a problem section.
    expect(headingRoles('坚持问题导向，抓好作风建设')).toEqual([]);
    expect(headingRoles('着力解决群众急难愁盼问题')).toEqual([]);
    expect(headingRoles('整改落实巡察反馈问题情况')).toEqual(['work']);
    expect(headingRoles('存在的突出问题')).toEqual(['problem']);
    expect(headingRoles('查摆的主要问题')).toEqual(['problem']);
  });
});
