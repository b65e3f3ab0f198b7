// Figures → typed {{字段}} placeholders.
//
// Source documents blank their figures (「统筹资金    亿元」, 「责任*项」, 「政府办党组X年度」,
// 「按照**市委《…》」); a blank must never reach the bank as a literal X or *, and the writer
// needs to know what to fill in. The type comes from the words around the blank: the unit
// after it (亿元 → 金额, % → 比例, 项 → 数量, 年 → 年度), an organ suffix (**市委 → 单位), or the
// brackets around it (《**》 → 名称).
import { field, type FieldType } from './text';

const COUNT_UNITS =
  '个|项|次|人|名|篇|条|家|份|件|起|场|期|批|处|所|户|位|天|本|套|轮|类|支|座|封|张|部|间|台|辆|场次|人次|课时|学时|周年|大类|大项';
const ORG_SUFFIX =
  /^(?:[省市区县镇乡村]?(?:委|政府|人大|政协|纪委|党组|党委|党工委|党支部|党总支|支部|组织|机关)|局|厅|办|部|院|所|中心|公司|集团|单位|系统|市|县|区|省|镇|乡|街道|社区|村)/;
const NAMED_THING = /^(?:纪念馆|基地|平台|工程|计划|项目|品牌|专题片|展览|展|活动|行动|网|APP)/;

/**
 * Decides a blank's type from the text after it (`after`), the text before it (`before`, only
 * the current line) and whether it sits alone inside 《》 or “”.
 */
export function inferFieldType(before: string, after: string): { type: FieldType; absorb: number } {
  // A year blank absorbs its 年/年度 suffix: the writer fills 「2024年」 into {{年度}}, which is
  // how titles read (「{{年度}}{{单位}}党组书记抓党建工作述职报告」).
  const year = /^年度?/.exec(after);
  if (year && !/^年(?:轻|纪|龄|代|级)/.test(after)) return { type: '年度', absorb: year[0].length };
  if (/^(?:余|多)?[亿万千百]?(?:余|多)?元/.test(after)) return { type: '金额', absorb: 0 };
  if (/^(?:%|个百分点)/.test(after)) return { type: '比例', absorb: 0 };
  if (new RegExp(`^(?:余|多)?(?:${COUNT_UNITS})`).test(after)) return { type: '数量', absorb: 0 };
  const closesTitle = /^[》”]/.test(after) && /[《“]$/.test(before);
  if (closesTitle) return { type: '名称', absorb: 0 };
  if (ORG_SUFFIX.test(after)) return { type: '单位', absorb: 0 };
  if (NAMED_THING.test(after) || /“$/.test(before)) return { type: '名称', absorb: 0 };
  // A blank opening a title 《**意识形态自查报告》 or a sentence 「**高度重视…」 is the
  // reporting organisation itself.
  if (before === '' || /[《。；！？：]$/.test(before)) return { type: '单位', absorb: 0 };
  return { type: '内容', absorb: 0 };
}

/**
 * Placeholder tokens: runs of X/×/* (standalone, never inside a Latin word or number) and runs
 * of two or more spaces between two pieces of text. A trailing or leading run of spaces is
 * layout, not a blank, and is left for the space-dropping step.
 */
const PLACEHOLDER = /(?<![A-Za-z0-9])(?:[XxＸｘ×]{1,4}|[*＊]{1,4})(?![A-Za-z0-9])|(?<=\S)[ \u00a0\u3000]{2,}(?=\S)/g;

/** Replaces blanked figures in one line with typed fields. */
export function blanksToFields(line: string): string {
  const matches = [...line.matchAll(PLACEHOLDER)];
  // Right to left, so a blank in a list 「省、**、**市委」 can take the type of the blank
  // after it (already decided when we reach it).
  let result = line;
  let nextType: FieldType | undefined;
  let nextStart = Infinity;
  for (let m = matches.length - 1; m >= 0; m--) {
    const match = matches[m]!;
    const start = match.index;
    const end = start + match[0].length;
    const isSpaces = /^\s/.test(match[0]);
    // A lowercase x between Latin-free text is still a blank, but a lone x/X must have Chinese
    // or punctuation on at least one side to count (guards against stray Latin).
    if (!isSpaces && /^[Xxｘ]+$/.test(match[0])) {
      const prev = line[start - 1] ?? '';
      const next = line[end] ?? '';
      if (!/[^\x00-\x7f]/.test(prev + next)) continue;
    }
    const before = line.slice(0, start).trimEnd();
    const after = result.slice(end).trimStart();
    let { type, absorb } = inferFieldType(before, after);
    if (type === '内容' && nextType && /^、$/.test(line.slice(end, nextStart).trim())) type = nextType;
    const afterStart = end + (result.slice(end).length - after.length);
    result = result.slice(0, start) + field(type) + result.slice(afterStart + absorb);
    nextType = type;
    nextStart = start;
  }
  return result;
}

/**
 * Turns concrete figures in a phrase into fields (「共下发学习通知11次」 → 「共下发学习通知{{数量}}次」),
 * so the wording is reusable and the same sentence with other numbers merges. Figures inside
 * “…” and 《…》 are names (「“1+4+3+1”体系」, 「《…30问》」) and stay.
 */
export function generalizeFigures(text: string): string {
  const protectedSpans: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^”]*”|《[^》]*》/g)) protectedSpans.push([m.index, m.index + m[0].length]);
  const inside = (i: number) => protectedSpans.some(([s, e]) => i > s && i < e);
  return text.replace(/(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(?![\d.])/g, (number, _n, offset: number, whole: string) => {
    if (inside(offset)) return number;
    const after = whole.slice(offset + number.length);
    if (/^(?:19|20)\d\d$/.test(number) && /^年/.test(after)) return field('年度');
    const { type } = inferFieldType(whole.slice(0, offset), after);
    return type === '金额' || type === '比例' || type === '数量' ? field(type) : number;
  }).replace(/\{\{年度\}\}年度?/g, field('年度'));
}
