import { describe, expect, it } from 'vitest';
import { headingChain } from '@/lib/editors/heading-chain';
import { sectionRoleOf } from '@/lib/engine/section-role';

describe('section detection from the headings above the caret', () => {
  const document = [
    '2026年度市财政局局长述职报告',
    '根据要求，现将本人履职情况报告如下：',
    '一、主要工作',
    '（一）加强政治建设。全年组织学习12次。',
    '1.抓好理论学习',
    '正文……',
    '（二）落实主体责任',
    '二、存在问题',
    '一是学习不够深入。',
  ];

  it('keeps the nearest heading of each level, outermost first', () => {
    expect(headingChain(document.slice(0, 6))).toEqual(['一、主要工作', '（一）加强政治建设', '1.抓好理论学习']);
    expect(headingChain(document.slice(0, 7))).toEqual(['一、主要工作', '（二）落实主体责任']);
    expect(headingChain(document)).toEqual(['二、存在问题']);
    expect(headingChain(document.slice(0, 2))).toEqual([]);
  });

  it('gives the engine the section role: problem wording under 存在问题, plans under 下步打算', () => {
    expect(sectionRoleOf(headingChain(document))).toBe('problem');
    expect(sectionRoleOf(headingChain([...document, '三、下一步工作打算', '']))).toBe('plan');
    expect(sectionRoleOf(headingChain(document.slice(0, 6)))).toBe('work');
  });

  it('is not fooled by numbers that are not headings', () => {
    expect(headingChain(['一、主要工作', '1.5亿元资金已拨付到位。'])).toEqual(['一、主要工作']);
  });
});
