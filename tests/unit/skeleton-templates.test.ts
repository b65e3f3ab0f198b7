// The built-in skeletons (issue 12): every statutory kind of 党政机关公文 and the common working
// documents. Each renders with correct numbering and no field left raw; each statutory kind
// has its required elements (主送机关, closing formula, 附件说明, 署名, 日期 where GB/T 9704
// and the kind ask for them); a field means one thing in each skeleton (issue 20).
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, STATUTORY_TEMPLATES, WORKING_TEMPLATES, type Template } from '../../lib/corpus/templates';
import { SkeletonSchema } from '../../lib/schema';
import { fieldsIn, fillFields } from '../../lib/skeleton/fields';
import { renderSkeleton, skeletonTexts } from '../../lib/skeleton/render';

const byType = (docType: string): Template => {
  const found = BUILT_IN_TEMPLATES.find((t) => t.docType === docType);
  if (!found) throw new Error(`no template ${docType}`);
  return found;
};

/** A value per field that names the field, so a rendered line shows which field went where. */
const valuesFor = (template: Template) => Object.fromEntries(fieldsIn(skeletonTexts(template)).map((name) => [name, `«${name}»`]));

/** Fields that stand for the same text wherever a skeleton uses them. */
const SAME_EVERYWHERE = new Set(['年度', '单位', '职务', '姓名', '发文机关', '主送机关', '事由', '会议名称', '会议时间', '主持人', '提案机关', '审议事项', '目的', '调研组', '学习内容', '成文日期', '施行日期', '通过日期', '上级机关']);

describe('the built-in skeletons', () => {
  it('cover the fifteen statutory kinds and nine working documents, each valid for the bank', () => {
    expect(STATUTORY_TEMPLATES.map((t) => t.docType)).toEqual(['决议', '决定', '命令（令）', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要']);
    expect(WORKING_TEMPLATES.map((t) => t.docType)).toEqual(['述职报告', '述责述廉报告', '工作总结', '工作计划', '对照检查材料', '发言提纲', '调研报告', '讲话稿', '心得体会']);
    for (const template of BUILT_IN_TEMPLATES) expect(SkeletonSchema.safeParse({ id: 's_x', sources: [], ...template }).success, template.docType).toBe(true);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.docType, t] as const))('%s renders numbered, every field filled, closing lines unnumbered', (_, template) => {
    const { lines } = renderSkeleton(template, valuesFor(template));
    const text = lines.map((l) => l.text).join('\n');
    expect(text).not.toMatch(/\{\{|【待填/);
    const headings = lines.filter((l) => l.kind === 'heading');
    const top = headings.filter((l) => l.depth === 0).map((l) => /^([一二三四五六七八九十]+)、/.exec(l.text)?.[1]);
    expect(top).toEqual(['一', '二', '三', '四', '五', '六'].slice(0, top.length));
    // Children restart at （一） under each parent.
    let expected = 0;
    for (const line of lines) {
      if (line.kind === 'heading' && line.depth === 0) expected = 0;
      if (line.kind === 'heading' && line.depth === 1) expect(line.text.startsWith(`（${'一二三四五六七八九十'[expected++]}）`)).toBe(true);
    }
    for (const line of lines.filter((l) => l.kind === 'closing')) expect(line.text).not.toMatch(/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.docType, t] as const))('%s: a field named twice means the same text; no catch-all 「内容」', (_, template) => {
    const counts = new Map<string, number>();
    for (const text of skeletonTexts(template)) for (const m of text.matchAll(/\{\{([^{}]+)\}\}/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    expect(counts.has('内容')).toBe(false);
    for (const [name, count] of counts) if (count > 1) expect(SAME_EVERYWHERE.has(name), `${template.docType}: 「${name}」 used ${count} times`).toBe(true);
  });
});

describe('each statutory kind has its required elements', () => {
  /** The closing formula, and whether 附件说明 / 署名 and 日期 follow it (GB/T 9704 7.3). */
  const REQUIRED: Record<string, { title: RegExp; addressee: boolean; formula: RegExp; attachment?: boolean; signed: boolean }> = {
    决议: { title: /的决议$/, addressee: false, formula: /^会议号召/, signed: false },
    决定: { title: /的决定$/, addressee: true, formula: /^本决定自\{\{施行日期\}\}起施行。$/, signed: true },
    '命令（令）': { title: /令$/, addressee: false, formula: /^\{\{签发人职务\}\}　\{\{签发人\}\}$/, signed: false },
    公报: { title: /公报$/, addressee: false, formula: /^会议号召/, signed: false },
    公告: { title: /公告$/, addressee: false, formula: /^特此公告。$/, signed: true },
    通告: { title: /的通告$/, addressee: false, formula: /^特此通告。$/, signed: true },
    意见: { title: /的意见$/, addressee: true, formula: /^\{\{发文机关\}\}$/, signed: true },
    通知: { title: /的通知$/, addressee: true, formula: /^特此通知。$/, attachment: true, signed: true },
    通报: { title: /的通报$/, addressee: true, formula: /^特此通报。$/, signed: true },
    报告: { title: /的报告$/, addressee: true, formula: /^特此报告。$/, signed: true },
    请示: { title: /的请示$/, addressee: true, formula: /^(妥否|当否)，请批示。$/, attachment: true, signed: true },
    批复: { title: /的批复$/, addressee: true, formula: /^此复。$/, signed: true },
    议案: { title: /的议案$/, addressee: true, formula: /^请予审议。$/, attachment: true, signed: false },
    函: { title: /的函$/, addressee: true, formula: /^请予研究函复。$/, signed: true },
    纪要: { title: /纪要$/, addressee: false, formula: /^分送：/, signed: false },
  };

  it.each(Object.entries(REQUIRED))('%s', (docType, required) => {
    const template = byType(docType);
    expect(template.title).toMatch(required.title);
    if (required.addressee) expect(template.opening[0]).toBe('{{主送机关}}：');
    const closing = template.closing ?? [];
    expect(closing[0]).toMatch(required.formula);
    expect(closing.some((line) => line.startsWith('附件：'))).toBe(required.attachment === true);
    if (required.signed) expect(closing.slice(-2)).toEqual(['{{发文机关}}', '{{成文日期}}']);
  });

  it('命令 announces when it takes effect; 议案 is signed by the one who moves it; 纪要 records time, place and who attended', () => {
    expect(byType('命令（令）').opening.join()).toMatch(/现予公布，自\{\{施行日期\}\}起施行/);
    expect(byType('命令（令）').closing?.at(-1)).toBe('{{成文日期}}');
    expect(byType('议案').closing?.slice(-2)).toEqual(['{{提案人职务}}　{{提案人}}', '{{成文日期}}']);
    const minutes = byType('纪要').opening.join('\n');
    for (const element of ['时间：', '地点：', '主持：', '出席：', '记录：']) expect(minutes).toContain(element);
    expect(byType('函').closing).toContain('特此函告。');
  });
});

describe('the 述职报告 outline (issue 20)', () => {
  const template = byType('述职报告');
  it('two different problems give two different lines, and no slot is filled twice', () => {
    const values = { ...valuesFor(template), 问题一: '预算编制不够精细', 问题二: '绩效评价运用不够' };
    const text = renderSkeleton(template, values).lines.map((l) => l.text).join('\n');
    expect(text).toContain('一是预算编制不够精细；二是绩效评价运用不够。');
    expect(text.split('预算编制不够精细')).toHaveLength(2);
    // Causes and plans have slots of their own: the problems appear nowhere else.
    expect(text).toMatch(/究其原因，一是«原因一»；二是«原因二»。/);
    expect(text).toMatch(/一是«打算一»；二是«打算二»。/);
  });

  it('the requirement comes from the body that set it, not the writer\'s own unit', () => {
    expect(template.opening[0]).toMatch(/^根据\{\{上级机关\}\}要求/);
    expect(fillFields(template.opening[0]!, { 上级机关: '县委组织部', 单位: '县财政局' })).toMatch(/^根据县委组织部要求/);
  });
});
