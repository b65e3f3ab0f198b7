// Punctuation as 公文 use GB/T 15834. half-width: an ASCII mark between Chinese characters
// (a comma, a full stop, …) or a bracket touching Chinese text. pairs: “ ” 《 》 （ ） 「 」 ‘ ’
// that open without closing, or close without opening, within one paragraph.
import { isCjk } from '../corpus/text';
import type { Doc, Finding, RuleOf } from './types';

type PunctuationRule = RuleOf<'punctuation'>;

const WIDE: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF = /[,.;:?!()]/g;
const OPEN: Record<string, string> = { '“': '”', '《': '》', '（': '）', '「': '」', '‘': '’' };
const CLOSE: Record<string, string> = { '”': '“', '》': '《', '）': '（', '」': '「', '’': '‘' };
const PAIRED = /[“”《》（）「」‘’]/g;

export function checkPunctuation(doc: Doc, rules: readonly PunctuationRule[]): Finding[] {
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
      const touches = mark === '(' ? isCjk(after) || (isCjk(before) && after !== undefined && after !== '\n') : mark === ')' ? isCjk(before) || isCjk(after) : isCjk(before) && isCjk(after);
      if (!touches) continue;
      findings.push({ kind: 'punctuation', ruleId: halfWidth.id, start: i, end: i + 1, text: mark, replacement: WIDE[mark], autoFix: true, explain: halfWidth.explain });
    }
  }
  const pairs = rules.find((r) => r.check === 'pairs');
  if (pairs) {
    for (const paragraph of doc.paragraphs) {
      const stack: Array<{ mark: string; at: number }> = [];
      const unpaired: number[] = [];
      PAIRED.lastIndex = 0;
      for (let m = PAIRED.exec(paragraph.text); m; m = PAIRED.exec(paragraph.text)) {
        const mark = m[0];
        if (OPEN[mark]) stack.push({ mark, at: m.index });
        else {
          const opener = CLOSE[mark]!;
          const j = stack.map((s) => s.mark).lastIndexOf(opener);
          if (j < 0) unpaired.push(m.index);
          else {
            // Openers left inside the pair never closed.
            for (const left of stack.splice(j)) if (left.mark !== opener) unpaired.push(left.at);
          }
        }
      }
      for (const left of stack) unpaired.push(left.at);
      for (const at of unpaired.sort((a, b) => a - b)) {
        const start = paragraph.start + at;
        const mark = paragraph.text[at]!;
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
  }
  return findings;
}
