// Issue #12: a skeleton for every statutory type and the common working documents, each with
// its type's GB/T 9704 elements and closing words; issue #20: each slot its own field.
import { describe, expect, it } from 'vitest';
import { SKELETON_TEMPLATES } from '@/lib/corpus/templates';
import { numberRepeatedFields } from '@/lib/corpus/skeleton';
import { SkeletonSchema } from '@/lib/schema';
import { fieldsIn } from '@/lib/skeleton/fields';
import { renderSkeleton, skeletonTexts } from '@/lib/skeleton/render';
import { headingNumber } from '@/lib/skeleton/numbering';
import defaultBank from '@/assets/default-bank.json';

const STATUTORY = ['决议', '决定', '命令（令）', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'];
const WORKING = ['工作总结', '工作计划', '述职报告', '述责述廉报告', '对照检查材料', '发言提纲', '调研报告', '讲话稿', '心得体会'];

const template = (docType: string) => {
  const found = SKELETON_TEMPLATES.find((t) => t.docType === docType);
  if (!found) throw new Error(`no template for ${docType}`);
  return found;
};
const rendered = (docType: string) => renderSkeleton(template(docType), {}).lines;
const textOf = (docType: string) => rendered(docType).map((l) => l.text).join('\n');
const closingOf = (docType: string) => rendered(docType).filter((l) => l.kind === 'closing').map((l) => l.text);

describe('skeleton templates', () => {
  it('cover every statutory type and the common working documents, once each', () => {
    const types = SKELETON_TEMPLATES.map((t) => t.docType);
    expect(types.sort()).toEqual([...STATUTORY, ...WORKING].sort());
  });

  it('are valid skeletons and are in the default bank', () => {
    for (const t of SKELETON_TEMPLATES) expect(SkeletonSchema.safeParse({ id: 's', ...t }).success, t.docType).toBe(true);
    const bankTypes = defaultBank.skeletons.map((s) => s.docType);
    for (const t of SKELETON_TEMPLATES) expect(bankTypes, t.docType).toContain(t.docType);
  });

  it.each(SKELETON_TEMPLATES.map((t) => [t.docType, t] as const))('%s renders with numbered headings, unnumbered closing and every field', (_, t) => {
    const { lines } = renderSkeleton(t, {});
    expect(lines[0]!.kind).toBe('title');
    const counters: number[] = [];
    for (const line of lines.filter((l) => l.kind === 'heading')) {
      counters.length = line.depth + 1;
      counters[line.depth] = (counters[line.depth] ?? -1) + 1;
      expect(line.text.startsWith(headingNumber(line.depth, counters[line.depth]!)), line.text).toBe(true);
    }
    for (const line of lines.filter((l) => l.kind === 'closing')) expect(line.text).not.toMatch(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/);
    // No raw {{…}} reaches the page; every field shows as a pending marker when empty.
    expect(lines.some((l) => l.text.includes('{{'))).toBe(false);
    const fields = fieldsIn(skeletonTexts(t));
    const joined = lines.map((l) => l.text).join('\n');
    for (const name of fields) expect(joined).toContain(`【待填：${name}】`);
    // Filled, no marker is left.
    const filled = renderSkeleton(t, Object.fromEntries(fields.map((f) => [f, `值${f}`]))).lines.map((l) => l.text).join('\n');
    expect(filled).not.toContain('【待填');
  });

  it.each(SKELETON_TEMPLATES.map((t) => [t.docType, t] as const))('%s has no generic field used for several slots', (_, t) => {
    expect(fieldsIn(skeletonTexts(t))).not.toContain('内容');
  });
});

describe('each statutory type has its required elements', () => {
  const signedAndDated = (docType: string) => {
    const closing = closingOf(docType);
    expect(closing.at(-1) === '【待填：成文日期】' || closing.includes('【待填：成文日期】'), `${docType} 成文日期`).toBe(true);
  };
  const addressed = (docType: string, addressee = '【待填：主送机关】：') => expect(rendered(docType).find((l) => l.kind === 'opening')?.text).toBe(addressee);
  const signedBy = (docType: string, signer = '【待填：发文机关】') => expect(closingOf(docType)).toContain(signer);

  it('决议: 题注 (通过日期 and 会议) and 决议事项', () => {
    expect(rendered('决议')[1]!.text).toMatch(/^（【待填：通过日期】【待填：会议名称】通过）$/);
    expect(textOf('决议')).toContain('会议决定');
  });
  it('决定: 主送机关, 决定事项, 署名, 日期', () => {
    addressed('决定');
    expect(textOf('决定')).toContain('决定如下');
    signedBy('决定');
    signedAndDated('决定');
  });
  it('命令（令）: 令号, 签署人, 日期', () => {
    expect(textOf('命令（令）')).toContain('第【待填：令号】号');
    expect(closingOf('命令（令）')).toContain('【待填：签署人职务】　【待填：签署人姓名】');
    signedAndDated('命令（令）');
  });
  it('公报: 题注, 会议时间地点', () => {
    expect(textOf('公报')).toContain('通过）');
    expect(textOf('公报')).toContain('【待填：会议地点】');
  });
  it('公告: 「特此公告。」, 署名, 日期', () => {
    expect(closingOf('公告')[0]).toBe('特此公告。');
    signedBy('公告');
    signedAndDated('公告');
  });
  it('通告: 「特此通告。」, 署名, 日期', () => {
    expect(closingOf('通告')[0]).toBe('特此通告。');
    signedBy('通告');
    signedAndDated('通告');
  });
  it('意见: 主送机关, 总体要求 and 主要任务, 署名, 日期', () => {
    addressed('意见');
    expect(textOf('意见')).toMatch(/一、总体要求[\s\S]*二、主要任务/);
    signedBy('意见');
    signedAndDated('意见');
  });
  it('通知: 主送机关, 「特此通知。」, 附件说明, 署名, 日期', () => {
    addressed('通知');
    expect(closingOf('通知')).toEqual(['特此通知。', '附件：【待填：附件名称】', '【待填：发文机关】', '【待填：成文日期】']);
  });
  it('通报: 主送机关, 「特此通报。」, 署名, 日期', () => {
    addressed('通报');
    expect(closingOf('通报')[0]).toBe('特此通报。');
    signedBy('通报');
    signedAndDated('通报');
  });
  it('报告: 主送机关, 「特此报告。」, no request, 署名, 日期', () => {
    addressed('报告');
    expect(closingOf('报告')[0]).toBe('特此报告。');
    expect(textOf('报告')).not.toMatch(/请示|批示|批准/);
    signedBy('报告');
    signedAndDated('报告');
  });
  it('请示: 主送机关, one request, 「妥否，请批示。」, 署名, 日期', () => {
    addressed('请示');
    expect(textOf('请示').match(/特请示/g)).toHaveLength(1);
    expect(closingOf('请示')[0]).toMatch(/^[妥当]否，请批示。$/);
    signedBy('请示');
    signedAndDated('请示');
  });
  it('批复: 来文机关, 引叙来文, 「此复。」, 署名, 日期', () => {
    expect(rendered('批复')[1]!.text).toBe('【待填：来文机关】：');
    expect(textOf('批复')).toMatch(/《关于【待填：请示事项】的请示》（【待填：来文字号】）收悉/);
    expect(closingOf('批复')[0]).toBe('此复。');
    signedBy('批复');
    signedAndDated('批复');
  });
  it('议案: 人大常委会, 「请予审议」, 提案人签署, 日期', () => {
    expect(rendered('议案')[1]!.text).toBe('【待填：人大常委会】：');
    expect(closingOf('议案')[0]).toContain('请予审议');
    signedAndDated('议案');
  });
  it('函: 主送机关, 「特此函告」, 署名, 日期', () => {
    addressed('函');
    expect(closingOf('函')[0]).toMatch(/特此函[告复]。$/);
    signedBy('函');
    signedAndDated('函');
  });
  it('纪要: 会议时间、地点、主持、出席、列席、记录 lines, 议定事项', () => {
    const opening = rendered('纪要').filter((l) => l.kind === 'opening').map((l) => l.text.split('：')[0]);
    expect(opening.slice(0, 6)).toEqual(['会议时间', '会议地点', '主持人', '出席', '列席', '记录']);
    expect(textOf('纪要')).toContain('会议议定');
  });
});

describe('fields that mean one thing each', () => {
  it('the 述职报告 gives two different problems two different lines', () => {
    const t = template('述职报告');
    const text = renderSkeleton(t, { 问题一: '理论学习不够深入', 问题二: '调查研究不够经常' }).lines.map((l) => l.text).join('\n');
    expect(text).toContain('一是理论学习不够深入；二是调查研究不够经常');
    expect(text.match(/理论学习不够深入/g)).toHaveLength(1);
  });

  it('learned skeletons number a repeated generic field, keep 年度 and 单位', () => {
    const s = numberRepeatedFields({
      title: '{{年度}}{{单位}}述职报告',
      opening: ['完成{{数量}}项，投入{{金额}}万元'],
      outline: [{ title: '主要工作', role: 'work' as const, body: ['{{年度}}开展{{数量}}次，覆盖{{数量}}人'] }],
    });
    expect(s.opening[0]).toBe('完成{{数量一}}项，投入{{金额}}万元');
    expect(s.outline[0]!.body![0]).toBe('{{年度}}开展{{数量二}}次，覆盖{{数量三}}人');
    expect(s.title).toBe('{{年度}}{{单位}}述职报告');
  });
});

describe('the palette finds every template by its type', () => {
  it.each([...STATUTORY, ...WORKING])('%s', async (docType) => {
    const { PaletteIndex } = await import('@/lib/search/palette-index');
    const { BankFileSchema } = await import('@/lib/schema');
    const bank = BankFileSchema.parse(defaultBank);
    const index = new PaletteIndex([], bank.skeletons);
    const items = index.search({ query: docType.replace(/（.*）/, ''), kind: 'skeleton', limit: 10 });
    expect(items.map((i) => i.text)).toContain(docType);
  });
});

describe('the closing field stays optional', () => {
  it('a skeleton written before it existed reads unchanged and renders without closing lines', () => {
    const old = SkeletonSchema.parse({ id: 's', title: '{{年度}}述职报告', docType: '述职报告', opening: [], outline: [{ title: '主要工作', role: 'work' }], sources: [] });
    expect('closing' in old).toBe(false);
    expect(renderSkeleton(old, {}).lines.map((l) => l.kind)).toEqual(['title', 'heading']);
  });

  it('every field name is short enough for the bank text rules (at most 8 characters)', () => {
    for (const t of SKELETON_TEMPLATES) for (const name of fieldsIn(skeletonTexts(t))) expect(name.length, name).toBeLessThanOrEqual(8);
  });
});
