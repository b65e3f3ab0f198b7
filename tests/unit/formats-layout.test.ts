// layout-lines.ts on runs placed by hand: lines from positions, paragraphs from margins,
// indents, punctuation and heading markers, page furniture dropped.
import { describe, expect, it } from 'vitest';
import { isPageNumber, paragraphsOfRuns, type LayoutRun } from '@/lib/formats/layout-lines';
import { expandDeltas } from '@/lib/formats/ofd';

const EM = 10;
const LEFT = 50;
const WIDTH = 30 * EM; // 30 CJK characters a line

/** A page of lines: [text, indent in ems]; each line one run, 15 units apart, starting at 100. */
function page(n: number, lines: Array<[string, number?]>, furniture: { top?: string; bottom?: string } = {}): LayoutRun[] {
  const runs: LayoutRun[] = lines.map(([text, indent = 0], i) => ({ page: n, x: LEFT + indent * EM, baseline: 100 + i * 15, width: [...text].length * EM, size: EM, text }));
  if (furniture.top) runs.push({ page: n, x: 150, baseline: 60, width: 0, size: 8, text: furniture.top });
  if (furniture.bottom) runs.push({ page: n, x: 190, baseline: 800, width: 0, size: 8, text: furniture.bottom });
  return runs;
}

const full = (seed: string) => seed.repeat(Math.ceil(30 / seed.length)).slice(0, 30);

describe('layout lines → paragraphs', () => {
  it('joins full lines without spaces between CJK, breaks at indents, short lines, 。 and heading markers', () => {
    const first = full('推动高质量发展');
    const runs = page(0, [
      ['一、总体要求'],
      [first.slice(2), 2],
      [full('坚持稳中求进')],
      ['结束。'],
      ['（一）加强领导'],
      [full('各级党组织要')],
      ['2. 第二项'],
      [`${full('全面落实责任').slice(0, 29)}。`],
      [full('下一句')],
    ]);
    expect(paragraphsOfRuns(runs, 1).paragraphs).toEqual([
      '一、总体要求',
      `${first.slice(2)}${full('坚持稳中求进')}结束。`,
      '（一）加强领导',
      full('各级党组织要'),
      '2. 第二项',
      `${full('全面落实责任').slice(0, 29)}。`,
      full('下一句'),
    ]);
  });

  it('puts a space between Latin words across lines and within a line, none between scripts', () => {
    const runs: LayoutRun[] = [
      { page: 0, x: LEFT, baseline: 100, width: WIDTH - 5, size: EM, text: 'The quick brown fox jumps over the lazy' },
      { page: 0, x: LEFT, baseline: 115, width: 60, size: EM, text: 'dog.' },
      { page: 0, x: LEFT, baseline: 130, width: 40, size: EM, text: '完成' },
      { page: 0, x: LEFT + 42, baseline: 130.5, width: 20, size: EM, text: '85%' },
      { page: 0, x: LEFT + 64, baseline: 130, width: 40, size: EM, text: '任务 2024 年' },
    ];
    expect(paragraphsOfRuns(runs, 1).paragraphs).toEqual(['The quick brown fox jumps over the lazy dog.', '完成85%任务2024年']);
  });

  it('drops a header repeated on half the pages and page numbers, keeps a paragraph running over the page break', () => {
    const body = full('深化改革');
    const runs = [
      ...page(0, [['标题'], [body, 2], [body]], { top: 'XX市人民政府', bottom: '- 1 -' }),
      ...page(1, [[body], ['完。']], { top: 'XX市人民政府', bottom: '第2页 共3页' }),
      ...page(2, [['第三页正文。']], { bottom: '3/3' }),
    ];
    const result = paragraphsOfRuns(runs, 3);
    expect(result.paragraphs).toEqual(['标题', `${body.slice(0, 28)}${body}${body}完。`.replace(body.slice(0, 28), body), '第三页正文。']);
    expect(result.repeatedDropped).toBe(2);
    expect(result.pageNumbersDropped).toBe(3);
  });

  it('keeps first and last lines that are not repeated, and lines that stand alone when none is full', () => {
    const runs = [...page(0, [['只此一页的首行'], [full('正文甲')], ['第一页完。']]), ...page(1, [['另一页的首行'], [full('正文乙')], ['第二页完。']])];
    expect(paragraphsOfRuns(runs, 2).paragraphs).toEqual(['只此一页的首行', `${full('正文甲')}第一页完。`, '另一页的首行', `${full('正文乙')}第二页完。`]);
    // A list: no line reaches the margin, so none is joined to the next.
    expect(paragraphsOfRuns(page(0, [['甲项'], ['乙项内容'], ['丙']]), 1).paragraphs).toEqual(['甲项', '乙项内容', '丙']);
  });

  it('finds the right margin from the few full lines of a page of short ones', () => {
    const shorts = ['联系人：王明', '联系电话：一二三四五六七八', '地址：人民路一号', '邮编：一零零零零零', '传真：一二三四五六七八', '电子邮箱：略', '开户行：某银行某支行营业部', '账号：略'];
    const runs = page(0, [[full('根据工作安排')], [full('现将有关事项')], ...shorts.map((t): [string] => [t])]);
    expect(paragraphsOfRuns(runs, 1).paragraphs).toEqual([`${full('根据工作安排')}${full('现将有关事项')}${shorts[0]}`, ...shorts.slice(1)]);
  });

  it('measures the margins page by page (mirrored margins)', () => {
    const lines = (seed: string): Array<[string, number?]> => [[full(seed).slice(2), 2], [full(seed)], [full(seed)], ['完。'], [full(seed).slice(2), 2], [full(seed)], [`${seed}止。`]];
    const shifted = page(1, lines('乙')).map((run) => ({ ...run, x: run.x + 3 * EM }));
    const paragraphs = paragraphsOfRuns([...page(0, lines('甲')), ...shifted], 2).paragraphs;
    expect(paragraphs).toEqual([
      `${full('甲').slice(2)}${full('甲')}${full('甲')}完。`,
      `${full('甲').slice(2)}${full('甲')}甲止。`,
      `${full('乙').slice(2)}${full('乙')}${full('乙')}完。`,
      `${full('乙').slice(2)}${full('乙')}乙止。`,
    ]);
  });

  it('knows page numbers in their usual forms and nothing else', () => {
    for (const text of ['- 3 -', '— 12 —', '3', '第3页', '第 3 页 共 10 页', '共10页 第3页', '3/10', 'Page 3 of 10', '第三页']) expect(isPageNumber(text), text).toBe(true);
    for (const text of ['3个方面', '第三条', '2024年', '一、总体要求']) expect(isPageNumber(text), text).toBe(false);
  });

  it('expands OFD DeltaX with the g shorthand', () => {
    expect(expandDeltas('g 3 4.2 1 g 2 0.5')).toEqual([4.2, 4.2, 4.2, 1, 0.5, 0.5]);
    expect(expandDeltas(undefined)).toEqual([]);
  });
});
