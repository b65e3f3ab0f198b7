// Phrase lists: .csv, .xlsx and .txt, with and without a header row; sections become roles,
// tags are split, empty and over-long rows are skipped and counted; the .txt rule that
// tells a phrase list from a document, both ways.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_PHRASE_CHARS } from '@/lib/schema';
import { looksLikePhraseList, phraseRowsOf, roleOfSectionLabel, splitTags } from '@/lib/formats/phrase-rows';
import { fixture, read } from './formats-helpers';

const EXPECTED_ROWS = [
  { text: '坚持以习近平新时代中国特色社会主义思想为指导', role: 'opening', tags: ['指导思想', '政治站位'] },
  { text: '扎实推进统计改革发展', role: 'work', tags: ['统计', '改革'] },
  { text: '基层统计力量仍然薄弱，部分街道统计人员兼职多', role: 'problem', tags: ['基层', '队伍'] },
  { text: '究其原因，主要是思想认识还不够到位', role: 'cause' },
  { text: '着力抓好以下工作', role: 'plan', tags: ['计划', '部署'] },
  { text: '以上报告，请予审议', role: 'closing' },
  { text: '全面贯彻党的二十大精神' },
];

describe('.csv and .xlsx', () => {
  it('reads the .xlsx LibreOffice made from our list: header recognised, roles, tags, skipped rows counted', async () => {
    const outcome = await read('表述.xlsx', fixture('phrases.xlsx'));
    expect(outcome).toMatchObject({ kind: 'phrases', name: '表述.xlsx', rows: EXPECTED_ROWS });
    if (outcome.kind !== 'phrases') return;
    expect(outcome.notes.map((n) => n.zh)).toEqual([
      '已识别表头，按列名读取',
      '1 行没有表述文字，已跳过',
      `1 行超过 ${MAX_PHRASE_CHARS} 字，已跳过`,
      '1 行的章节未能识别，按不限章节处理',
    ]);
  });

  it('reads the same list as .csv (UTF-8), and as GB18030 with a BOM-less semicolon layout', async () => {
    const csv = fixture('src/phrases.csv');
    expect(await read('表述.csv', csv)).toMatchObject({ kind: 'phrases', rows: EXPECTED_ROWS });
    // 「主要工作」;「开头」 in GB18030 bytes, semicolon-separated, no header.
    const gb = new Uint8Array([0xd6, 0xf7, 0xd2, 0xaa, 0xb9, 0xa4, 0xd7, 0xf7, 0x3b, 0xbf, 0xaa, 0xcd, 0xb7, 0x0a, 0xd6, 0xf7, 0xd2, 0xaa, 0xb9, 0xa4, 0xd7, 0xf7, 0xc8, 0xce, 0xce, 0xf1, 0x3b, 0xbf, 0xaa, 0xcd, 0xb7, 0x0a]);
    expect(await read('旧.csv', gb)).toMatchObject({ rows: [{ text: '主要工作', role: 'opening' }, { text: '主要工作任务', role: 'opening' }] });
  });

  it('takes column 1 as text, 2 as section, 3 as tags when there is no header; quoting and a BOM are handled', async () => {
    const csv = '\uFEFF"加强组织领导，压实工作责任",下步打算,"组织,责任"\n"多行\n表述",Problems,\n';
    expect(await read('无表头.csv', csv)).toMatchObject({
      rows: [
        { text: '加强组织领导，压实工作责任', role: 'plan', tags: ['组织', '责任'] },
        { text: '多行\n表述', role: 'problem' },
      ],
    });
  });

  it('finds the columns by their names wherever they are', () => {
    const { rows, notes } = phraseRowsOf([
      ['编号', '标签', '章节', '规范表述'],
      ['1', '学习', '开头', '深入学习贯彻'],
      ['2', '', '', ''],
      ['3', '', '', '好'],
    ]);
    expect(rows).toEqual([{ text: '深入学习贯彻', role: 'opening', tags: ['学习'] }]);
    expect(notes.map((n) => n.zh)).toContain('1 行不足 2 个字，已跳过');
    expect(notes.map((n) => n.zh)).toContain('1 行没有表述文字，已跳过');
  });

  it('finds a header under a title row, and skips a 序号 column when there is no header', () => {
    expect(phraseRowsOf([['常用规范表述汇总（2024年）'], [], ['序号', '表述', '章节'], ['1', '守正创新', '开头']]).rows).toEqual([{ text: '守正创新', role: 'opening' }]);
    const numbered = phraseRowsOf([['1', '守正创新', '开头'], ['2', '真抓实干', '', '作风'], ['3.', '久久为功']]);
    expect(numbered.rows).toEqual([{ text: '守正创新', role: 'opening' }, { text: '真抓实干', tags: ['作风'] }, { text: '久久为功' }]);
    expect(numbered.notes[0]?.zh).toBe('第 1 列是序号，表述取自第 2 列');
  });

  it('maps section labels to roles: our labels, English labels, role ids, heading words', () => {
    expect(roleOfSectionLabel('主要工作')).toBe('work');
    expect(roleOfSectionLabel('Highlights')).toBe('highlight');
    expect(roleOfSectionLabel('cause')).toBe('cause');
    expect(roleOfSectionLabel('二、存在的问题')).toBe('problem');
    expect(roleOfSectionLabel('通用')).toBe('general');
    expect(roleOfSectionLabel('杂项')).toBeUndefined();
    expect(splitTags('党建、 基层，治理,党建;考核；队伍')).toEqual(['党建', '基层', '治理', '考核', '队伍']);
  });

  it('reads inline strings and sheets in the workbook order', async () => {
    const { zipSync } = await import('fflate');
    const sheet = (rows: string) => strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const xlsx = zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="B" sheetId="2" r:id="rId2"/><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': sheet(`<row r="1">${inline('A1', '第一张表的表述')}</row>`),
      'xl/worksheets/sheet2.xml': sheet(`<row r="1">${inline('A1', '第二张表的表述')}${inline('C1', '标签甲')}</row>`),
    });
    expect(await read('两表.xlsx', xlsx)).toMatchObject({ rows: [{ text: '第二张表的表述', tags: ['标签甲'] }, { text: '第一张表的表述' }] });
  });
});

describe('.txt: phrase list or document', () => {
  const list = ['坚持以人民为中心', '压紧压实主体责任', '推动工作落地见效', '着力补齐短板弱项', '切实增强服务意识', '不断提升治理效能'].join('\n');
  const report =
    '一、主要工作\n今年以来，在上级党委的坚强领导下，我们认真贯彻落实各项决策部署，坚持稳中求进工作总基调，统筹推进各项工作，取得了明显成效。\n二、存在问题\n一是基层基础还不够牢固。';

  it('the rule: 5+ lines, no heading numbering, none over 100 characters, median at most 40', () => {
    expect(looksLikePhraseList(list)).toBe(true);
    expect(looksLikePhraseList(report)).toBe(false);
    expect(looksLikePhraseList(list.split('\n').slice(0, 4).join('\n'))).toBe(false); // too few lines
    expect(looksLikePhraseList(`${list}\n${'很长的段落'.repeat(25)}`)).toBe(false); // a paragraph
    expect(looksLikePhraseList(`${list}\n（一）加强领导`)).toBe(false); // a heading
    expect(looksLikePhraseList(list.split('\n').map((l) => l.repeat(6)).join('\n'))).toBe(false); // long lines throughout
  });

  it('reads a list .txt as phrases on auto, a report as a document; intent overrides', async () => {
    const auto = await read('常用语.txt', list);
    expect(auto).toMatchObject({ kind: 'phrases', rows: list.split('\n').map((text) => ({ text })) });
    expect(auto.notes[0]?.zh).toBe('按每行一条表述读取');
    expect(await read('报告.txt', report)).toMatchObject({ kind: 'document' });
    expect(await read('常用语.txt', list, { intent: 'document' })).toMatchObject({ kind: 'document' });
    expect(await read('报告.txt', report, { intent: 'phrases' })).toMatchObject({ kind: 'phrases' });
    // A .md is a document whatever it looks like.
    expect(await read('常用语.md', list)).toMatchObject({ kind: 'document' });
  });

  it('reads tab-separated columns in a .txt list like a sheet', async () => {
    const tsv = '表述\t章节\t标签\n' + list.split('\n').map((l, i) => `${l}\t${i % 2 ? '存在问题' : '主要工作'}\t甲、乙`).join('\n');
    const outcome = await read('带列.txt', tsv, { intent: 'phrases' });
    expect(outcome).toMatchObject({ kind: 'phrases' });
    if (outcome.kind === 'phrases') expect(outcome.rows[1]).toEqual({ text: '压紧压实主体责任', role: 'problem', tags: ['甲', '乙'] });
  });
});
