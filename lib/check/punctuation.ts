// Punctuation as 公文 use GB/T 15834. half-width: an ASCII mark between Chinese characters
// (a comma, a full stop, …) or a bracket touching Chinese text. pairs: “ ” 《 》 （ ） 「 」 ‘ ’
// that open without closing, or close without opening, within one paragraph. enumeration-comma:
// a 、 next to another mark (、，  ，、  、、) or ending a paragraph: it only stands between items.
import { isCjk } from '../corpus/text';
import type { Doc, Finding, RuleOf } from './types';

type PunctuationRule = RuleOf<'punctuation'>;

const WIDE: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF = /[,.;:?!()]/g;
// A half-width bracket pairs with a full-width one here (（…)): half-width reports it once, not twice.
const OPEN: Record<string, string> = { '“': '“', '《': '《', '（': '（', '(': '（', '「': '「', '‘': '‘' };
const CLOSE: Record<string, string> = { '”': '“', '》': '《', '）': '（', ')': '（', '」': '「', '’': '‘' };
const PAIRED = /[“”《》（）()「」‘’]/g;
/** 、 before another mark or the end of a paragraph, or after a mark (the second of 、、 too). */
const DUN_HAO = /、(?=[，。；：？！、]|\n|$)|(?<=[，。；：？！、])、/g;

export function checkPunctuation(doc: Doc, rules: readonly PunctuationRule[], separate = false): Finding[] {
  const findings: Finding[] = [];
  const { text } = doc;
  const halfWidth = rules.find((r) => r.check === 'half-width');
  if (halfWidth) {
    HALF.lastIndex = 0;
    for (let m = HALF.exec(text); m; m = HALF.exec(text)) {
      const i = m.index;
      const mark = m[0];
      const before = text[i - 1];
      const after = text[i + 1];
      const touches = mark === '(' ? isCjk(after) || (isCjk(before) && after !== undefined && after !== '\n') : mark === ')' ? isCjk(before) || isCjk(after) : chineseBefore(before) && chineseAfter(after);
      if (!touches) continue;
      findings.push({ kind: 'punctuation', ruleId: halfWidth.id, start: i, end: i + 1, text: mark, replacement: WIDE[mark], autoFix: true, explain: halfWidth.explain });
    }
  }
  const dunHao = rules.find((r) => r.check === 'enumeration-comma');
  if (dunHao) {
    DUN_HAO.lastIndex = 0;
    for (let m = DUN_HAO.exec(text); m; m = DUN_HAO.exec(text)) {
      findings.push({ kind: 'punctuation', ruleId: dunHao.id, start: m.index, end: m.index + 1, text: '、', replacement: '', autoFix: true, explain: dunHao.explain });
    }
  }
  const pairs = rules.find((r) => r.check === 'pairs');
  if (pairs) {
    // Per paragraph; a mark left open at a paragraph's end may close in the next one (a title
    // set over two lines, a note in brackets across a line break), nowhere further.
    let carried: Array<{ mark: string; at: number }> = [];
    const unpaired: number[] = [];
    for (const paragraph of doc.paragraphs) {
      const stack: Array<{ mark: string; at: number }> = [];
      PAIRED.lastIndex = 0;
      for (let m = PAIRED.exec(paragraph.text); m; m = PAIRED.exec(paragraph.text)) {
        const at = paragraph.start + m.index;
        const mark = m[0];
        if (mark in OPEN && !(mark === '(' && !touchesCjk(paragraph.text, m.index))) stack.push({ mark: OPEN[mark]!, at });
        else if (mark in CLOSE && !(mark === ')' && !touchesCjk(paragraph.text, m.index))) {
          const opener = CLOSE[mark]!;
          const j = stack.map((s) => s.mark).lastIndexOf(opener);
          if (j >= 0) {
            // Openers left inside the pair never closed.
            for (const left of stack.splice(j).slice(1)) unpaired.push(left.at);
          } else {
            const k = carried.map((s) => s.mark).lastIndexOf(opener);
            if (k >= 0) carried.splice(k, 1);
            else unpaired.push(at);
          }
        }
      }
      for (const left of carried) unpaired.push(left.at);
      carried = stack;
      if (separate) {
        for (const left of carried) unpaired.push(left.at);
        carried = [];
      }
    }
    for (const left of carried) unpaired.push(left.at);
    for (const start of unpaired.sort((a, b) => a - b)) {
      const mark = text[start]!;
      findings.push({
        kind: 'punctuation',
        ruleId: pairs.id,
        start,
        end: start + 1,
        text: mark,
        autoFix: false,
        explain: { zh: `${pairs.explain.zh}此处「${mark}」未配对。`, en: `${pairs.explain.en} This ${mark} has no partner.` },
      });
    }
  }
  return findings;
}

/** Chinese text on that side: a character, or a closing (before) or opening (after) full-width mark: 「”,有」. */
const chineseBefore = (c: string | undefined) => isCjk(c) || (c !== undefined && '”’）》」'.includes(c));
const chineseAfter = (c: string | undefined) => isCjk(c) || (c !== undefined && '“‘（《「'.includes(c));

/** A half-width bracket in Chinese text (a pair finding about it is meant); (a) in Latin text is not ours. */
function touchesCjk(text: string, i: number): boolean {
  return isCjk(text[i - 1]) || isCjk(text[i + 1]);
}
