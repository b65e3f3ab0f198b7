// Every document format reads our fixtures (tests/fixtures/formats, made by make-fixtures.sh)
// into the expected paragraphs, in order, without page furniture.
import { describe, expect, it } from 'vitest';
import { cleanWordText } from '@/lib/formats/doc';
import { decodeText, htmlToText } from '@/lib/formats/text';
import { fixture, paragraphsOf, read } from './formats-helpers';
import { pdfInStSong } from './formats-pdf-builder';

const ZONGJIE = [
  'XX区统计局2023年工作总结',
  '2023年，在区委、区政府的坚强领导下，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，紧紧围绕全区中心工作，扎实推进统计改革发展，较好地完成了全年各项目标任务。现将有关情况总结如下。',
  '一、主要工作及成效',
  '（一）统计数据质量稳步提升。严格落实统计法律法规，健全数据质量控制体系，全年共审核企业联网直报数据1.2万余条，数据差错率同比下降15%。',
  '（二）统计服务水平不断提高。围绕经济运行监测，编发《统计月报》12期、统计分析报告24篇，多篇报告获区领导批示肯定，为科学决策提供了有力支撑。',
  '二、存在的问题',
  '一是基层统计力量仍然薄弱，部分街道统计人员兼职多、变动频繁。二是统计信息化水平有待提升，数据共享机制还不够健全。',
  '三、下一步工作打算',
  'XX区统计局',
  '2023年12月28日',
];

const QINGSHI = [
  '关于申请拨付2024年度基层党建工作经费的请示',
  '区财政局：',
  '一、基本情况',
  '我街道现有基层党组织42个，党员1260名。近年来，街道党工委坚持以党建引领基层治理，持续推进党支部标准化规范化建设，但党员教育培训、阵地建设等方面经费缺口较大，制约了工作的深入开展。',
  '（三）党建品牌创建经费14.5万元，用于打造“红色网格”党建品牌。',
  '妥否，请批示。',
  'XX区XX街道办事处',
  '2024年3月15日',
];

/** The expected paragraphs appear whole, as paragraphs of their own, in this order. */
function expectInOrder(paragraphs: string[], expected: string[]) {
  const trimmed = paragraphs.map((p) => p.trim());
  let at = -1;
  for (const paragraph of expected) {
    const found = trimmed.indexOf(paragraph, at + 1);
    expect(found, `「${paragraph}」 after paragraph ${at}`).toBeGreaterThan(at);
    at = found;
  }
}

/** The table's cells and the 附件 items come through, wherever the format puts their breaks. */
function expectTableAndAttachments(text: string) {
  for (const cell of ['指标', '目标任务', '联网直报审核（万条）', '执法检查企业（家）', '86']) expect(text).toContain(cell);
  expect(text).toMatch(/附件：1\.2023年统计执法检查情况汇总表/);
  expect(text).toContain('2.2024年统计工作要点');
}

describe('Word 97–2003 (.doc) and .wps', () => {
  it('reads the 工作总结 as LibreOffice wrote it, headings, table, 附件 and signature in order', async () => {
    const paragraphs = await paragraphsOf('zongjie.doc');
    expectInOrder(paragraphs, ZONGJIE);
    expectTableAndAttachments(paragraphs.join('\n'));
  });

  it('reads the 请示', async () => {
    expectInOrder(await paragraphsOf('qingshi.doc'), QINGSHI);
  });

  it('reads a .wps that is the Word-binary format modern WPS writes', async () => {
    expectInOrder(await paragraphsOf('qingshi.wps'), QINGSHI);
  });

  it('keeps a hyperlink field\'s text without its code, and leaves the footnote (outside the main text) out', async () => {
    expect(await paragraphsOf('fields.doc')).toEqual(['关于转发网上办事指南的通知', '各科室：', '现将《网上办事指南》转发给你们，请认真组织学习。', '事项', '办理时限', '户籍迁入', '5个工作日', '办公室', '2024年5月6日']);
  });

  it('drops field codes and keeps their results; marks become line breaks; other controls go', () => {
    const raw = '第一段\r\u0013 PAGE \\* MERGEFORMAT \u00143\u0015页\u000b下一行\u0007单元格\u0007\u0007\u0013 HYPERLINK "http://x" \u0013 nested \u0014\u0015\u0014链接文字\u0015\u0001\u0008尾\u000c';
    expect(cleanWordText(raw)).toBe('第一段\n3页\n下一行\n单元格\n\n链接文字尾');
  });
});

describe('.docx', () => {
  it('reads the 工作总结 through mammoth after the zip pre-check', async () => {
    const paragraphs = await paragraphsOf('zongjie.docx');
    expectInOrder(paragraphs, ZONGJIE);
    expectTableAndAttachments(paragraphs.join('\n'));
  });
});

describe('.pdf (pdf.js, legacy build, in Node)', () => {
  it('joins lines back into paragraphs and drops the page numbers', async () => {
    const paragraphs = await paragraphsOf('zongjie.pdf');
    expectInOrder(paragraphs, ZONGJIE);
    expect(paragraphs).toContain('联网直报审核（万条） 1.0 1.2');
    expect(paragraphs.join('\n')).not.toMatch(/—\s*\d+\s*—/);
  });

  it('joins a title set over two lines and keeps the date apart from the line after it', async () => {
    const paragraphs = await paragraphsOf('qingshi.pdf');
    expectInOrder(paragraphs, [...QINGSHI, '（联系人：王明，联系电话：12345678）']);
  });

  it('drops the running header and the page numbers of a 7-page report, and joins paragraphs across pages', async () => {
    const outcome = await read('changqi.pdf', fixture('changqi.pdf'));
    if (outcome.kind !== 'document') throw new Error('not a document');
    const { text } = outcome.document;
    expect(text).not.toContain('XX市人民政府办公室');
    expect(text).not.toMatch(/—\s*\d+\s*—/);
    const paragraphs = text.split('\n');
    expectInOrder(paragraphs, ['关于全市安全生产工作情况的报告', '市人大常委会：', '一、主要工作', '（一）交通运输领域安全监管持续加强。', '二、存在的问题', '三、下一步工作安排', '以上报告，请予审议。', '市人民政府', '2024年6月20日']);
    // Each body paragraph of the source is one paragraph here, page breaks or not.
    const body = paragraphs.filter((p) => p.startsWith('全市各级各部门围绕'));
    expect(body).toHaveLength(12);
    for (const paragraph of body) expect(paragraph).toMatch(/^全市各级各部门围绕.+责令停产停业整顿6家。$/);
    expect(outcome.notes.map((n) => n.zh)).toEqual(expect.arrayContaining([expect.stringMatching(/略去页眉页脚 \d+ 行/), expect.stringMatching(/略去页码 7 处/)]));
  });
});

describe('.pdf with a predefined Chinese CMap (non-embedded STSong-Light, UniGB-UCS2-H)', () => {
  it('reads the text through the CMaps the Node loader points pdf.js at', async () => {
    const outcome = await read('旧系统.pdf', pdfInStSong([['关于做好年度考核工作的通知', '各单位：'], ['请认真贯彻执行。']]));
    expect(outcome).toMatchObject({ kind: 'document', document: { text: '关于做好年度考核工作的通知\n各单位：\n请认真贯彻执行。' } });
  });
});

describe('.ofd', () => {
  it('reads text objects in reading order, skips the template page, the running header and page numbers', async () => {
    const outcome = await read('zongjie.ofd', fixture('zongjie.ofd'));
    if (outcome.kind !== 'document') throw new Error('not a document');
    const paragraphs = outcome.document.text.split('\n');
    expectInOrder(paragraphs, ZONGJIE);
    expectTableAndAttachments(outcome.document.text);
    expect(paragraphs).toContain('指标 目标任务 完成情况');
    expect(outcome.document.text).not.toContain('模板页文字不应读出');
    expect(outcome.document.text).not.toMatch(/—\s*\d+\s*—/);
    expect(paragraphs.filter((p) => p === 'XX区统计局')).toHaveLength(1); // the signature, not the header
  });
});

describe('.ofd text objects scaled by a CTM', () => {
  it('places and sizes text through the CTM (Size 1, CTM 5.6)', async () => {
    const { strToU8, unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(fixture('zongjie.ofd'));
    const line = (y: number, text: string, x = 28) =>
      `<ofd:TextObject ID="1" Boundary="${x} ${y} 160 8" Size="1" CTM="5.6 0 0 5.6 0 0"><ofd:TextCode X="0" Y="1" DeltaX="g ${[...text].length - 1} 1">${text}</ofd:TextCode></ofd:TextObject>`;
    const full = '推进依法行政建设法治政府'.repeat(3).slice(0, 27);
    files['Doc_0/Pages/Page_0/Content.xml'] = strToU8(`<ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer>${line(40, '一、总体要求')}${line(50, full.slice(2), 39.2)}${line(60, full)}${line(70, '全面推进。')}</ofd:Layer></ofd:Content></ofd:Page>`);
    const outcome = await read('变换.ofd', zipSync(files));
    if (outcome.kind !== 'document') throw new Error('not a document');
    expect(outcome.document.text.split('\n').slice(0, 2)).toEqual(['一、总体要求', `${full.slice(2)}${full}全面推进。`]);
  });
});

describe('.txt, .md, .html', () => {
  const report = '一、主要工作\n今年以来，我们认真贯彻落实上级部署，各项工作取得明显成效。';

  it('decodes UTF-8 with and without a BOM, UTF-16 LE/BE with a BOM, and GB18030', () => {
    const utf8 = new TextEncoder().encode(report);
    const utf16 = (bigEndian: boolean) => {
      const out = new Uint8Array(2 + report.length * 2);
      out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
      for (let i = 0; i < report.length; i++) {
        const code = report.charCodeAt(i);
        out[2 + i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
        out[2 + i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
      }
      return out;
    };
    // 「主要工作」 in GB18030 (the same bytes as GBK).
    const gb = new Uint8Array([0xd6, 0xf7, 0xd2, 0xaa, 0xb9, 0xa4, 0xd7, 0xf7]);
    expect(decodeText(utf8)).toBe(report);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(report);
    expect(decodeText(utf16(false))).toBe(report);
    expect(decodeText(utf16(true))).toBe(report);
    expect(decodeText(gb)).toBe('主要工作');
  });

  it('reads a BOM-less UTF-16 .txt and a GB18030 .md through readUserFile', async () => {
    const text = '一、主要工作\n认真贯彻落实。';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], i * 2);
    expect(await read('无BOM.txt', utf16)).toMatchObject({ kind: 'document', document: { text } });
    // 「# 主要工作」 in GB18030.
    expect(await read('旧.md', new Uint8Array([0x23, 0x20, 0xd6, 0xf7, 0xd2, 0xaa, 0xb9, 0xa4, 0xd7, 0xf7]))).toMatchObject({ document: { text: '# 主要工作', markdown: true } });
  });

  it('reads a .txt report as a document, a .md as Markdown', async () => {
    expect(await read('a.txt', report)).toMatchObject({ kind: 'document', document: { name: 'a.txt', text: report } });
    expect(await read('b.md', '# 标题\n正文。')).toMatchObject({ kind: 'document', document: { markdown: true } });
  });

  it('turns a web page into lines: head, script and style dropped, blocks broken, entities decoded, meta charset honoured', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="gb2312"><title>不要</title><style>p{}</style></head>
      <body><script>var x = "不要";</script><h1>关于&ldquo;放管服&rdquo;改革的通知</h1>
      <p>&emsp;&emsp;各部门：<br>现将有关事项通知如下&#xFF1A;</p><div>一、<b>总体</b>要求</div>
      <table><tr><td>项目</td><td>金额&nbsp;(万元)</td></tr></table><!-- 注释 --></body></html>`;
    expect(htmlToText(html)).toBe('关于“放管服”改革的通知\n各部门：\n现将有关事项通知如下：\n一、总体要求\n项目 金额 (万元)');
    // A GB2312 page: 「通知」 in GB bytes, with the charset only in the meta tag.
    const bytes = new Uint8Array([...new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>'), 0xcd, 0xa8, 0xd6, 0xaa, ...new TextEncoder().encode('</p></body></html>')]);
    expect(await read('page.htm', bytes)).toMatchObject({ kind: 'document', document: { text: '通知' } });
  });

  it('reads a web page saved as .doc (as document systems export them) as HTML, with a note', async () => {
    const outcome = await read('导出.doc', '<html><body><p>一、总体要求</p><p>坚持稳中求进。</p></body></html>');
    expect(outcome).toMatchObject({ kind: 'document', document: { text: '一、总体要求\n坚持稳中求进。' } });
    expect(outcome.notes[0]?.zh).toContain('网页');
  });
});
