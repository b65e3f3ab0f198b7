// 公文 numbering (GB/T 9704): 一、 （一） 1. （1）, checked at the start of each paragraph.
// form: the marker's punctuation (「（一）、」「一.」「1、」「(1)」); sequence: within a level under
// the same parent, numbers run on. A restart at 1 is allowed (a new list), and so is numbering
// that runs on across parents (国务院 documents number their （一） to （三十） through the
// whole text); a gap or a repeat is not.
import type { Doc, Finding, RuleOf } from './types';

type NumberingRule = RuleOf<'numbering'>;
type Level = 1 | 2 | 3 | 4;
type Marker = { level: Level; n: number; length: number; proper: string };

const HAN = '一二三四五六七八九十百';
const HAN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九. */
export function hanNumber(s: string): number {
  if (s === '十') return 10;
  const [tens, units] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? HAN_DIGIT[tens] ?? 0 : 1) * 10 : 0) + (units ? HAN_DIGIT[units] ?? 0 : 0);
}

const PATTERNS: Array<{ re: RegExp; level: Level; han: boolean; proper: (n: string) => string }> = [
  // Proper forms first; the bad forms are tried on what they leave.
  { re: new RegExp(`^（([${HAN}]{1,3})）(?:[、.．，,]\\s*)?`), level: 2, han: true, proper: (n) => `（${n}）` },
  { re: new RegExp(`^\\(([${HAN}]{1,3})\\)(?:[、.．，,]\\s*)?`), level: 2, han: true, proper: (n) => `（${n}）` },
  { re: new RegExp(`^([${HAN}]{1,3})(?:、|[.．，,]\\s*)(?=\\S)`), level: 1, han: true, proper: (n) => `${n}、` },
  { re: /^（(\d{1,2})）(?:[、.．，,]\s*)?/, level: 4, han: false, proper: (n) => `（${n}）` },
  { re: /^\((\d{1,2})\)(?:[、.．，,]\s*)?/, level: 4, han: false, proper: (n) => `（${n}）` },
  // 1.5 and 2.3万 are figures, not markers.
  { re: /^(\d{1,2})(?:\.(?!\d)|．|、)/, level: 3, han: false, proper: (n) => `${n}.` },
];

function markerOf(paragraph: string): (Marker & { raw: string }) | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(paragraph);
    if (!m) continue;
    const digits = m[1]!;
    const n = p.han ? hanNumber(digits) : Number(digits);
    if (!n) continue;
    // 一、 must be followed by text, and 十分… or 一般… are words, not markers: require the mark.
    return { level: p.level, n, length: m[0].length, proper: p.proper(digits), raw: m[0] };
  }
  return undefined;
}

const LEVEL_NAMES = ['', '一、', '（一）', '1.', '（1）'];

export function checkNumbering(doc: Doc, rules: readonly NumberingRule[]): Finding[] {
  const form = rules.find((r) => r.check === 'form');
  const sequence = rules.find((r) => r.check === 'sequence');
  const findings: Finding[] = [];
  let last: number[] = [0, 0, 0, 0, 0];
  /** The last number per level anywhere before, not reset by a parent heading. */
  let lastAnywhere: number[] = [0, 0, 0, 0, 0];
  for (const paragraph of doc.paragraphs) {
    let text = paragraph.text.trimStart();
    let offset = paragraph.start + (paragraph.text.length - text.length);
    const reset = sequence?.resetAt.find((w) => text.startsWith(w));
    if (reset) {
      last = [0, 0, 0, 0, 0];
      lastAnywhere = [0, 0, 0, 0, 0];
      // 附件：1.××× — the list starts on the same line.
      const rest = /^[:：\s]*/.exec(text.slice(reset.length))![0].length + reset.length;
      text = text.slice(rest);
      offset += rest;
    }
    const marker = markerOf(text);
    if (!marker) continue;
    const raw = marker.raw.trimEnd();
    if (form && raw !== marker.proper) {
      findings.push({ kind: 'numbering', ruleId: form.id, start: offset, end: offset + raw.length, text: raw, replacement: marker.proper, autoFix: true, explain: form.explain });
    }
    if (sequence) {
      const previous = last[marker.level]!;
      const expected = previous + 1;
      // Nothing at this level yet: a fragment may start anywhere, so the first number is taken as it is.
      const firstSeen = lastAnywhere[marker.level] === 0;
      if (!firstSeen && marker.n !== expected && marker.n !== 1 && marker.n !== lastAnywhere[marker.level]! + 1) {
        const what =
          marker.n > expected
            ? { zh: `跳号：此前为第 ${previous} 项，此处为第 ${marker.n} 项（层次「${LEVEL_NAMES[marker.level]}」）。`, en: `Skipped: item ${marker.n} follows item ${previous} at level ${LEVEL_NAMES[marker.level]}.` }
            : { zh: `重号或倒序：此前已有第 ${previous} 项（层次「${LEVEL_NAMES[marker.level]}」）。`, en: `Repeated or out of order: item ${previous} came before at level ${LEVEL_NAMES[marker.level]}.` };
        findings.push({
          kind: 'numbering',
          ruleId: sequence.id,
          start: offset,
          end: offset + raw.length,
          text: raw,
          replacement: marker.proper.replace(/\d+|[一二三四五六七八九十百]+/, (d) => (/\d/.test(d) ? String(expected) : hanOf(expected))),
          autoFix: false,
          explain: { zh: `${sequence.explain.zh}${what.zh}`, en: `${sequence.explain.en} ${what.en}` },
        });
      }
      last[marker.level] = marker.n;
      lastAnywhere[marker.level] = marker.n;
      for (let deeper = marker.level + 1; deeper <= 4; deeper++) last[deeper] = 0;
    }
  }
  return findings;
}

/** 1 … 99 in Chinese numerals. */
export function hanOf(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${digits[n % 10]}`;
}
