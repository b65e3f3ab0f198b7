// The wording check's words in the page (issue #17): Simplified Chinese first, English for
// browsers in other languages, chosen with the palette's (see palette-text.ts).
import type { RuleKind } from '../check/rules';

export type CheckText = {
  dialog: string;
  results: string;
  kinds: Record<RuleKind, string>;
  found: (count: number) => string;
  none: string;
  /** How much was read: the writer can tell the whole text was checked. */
  checked: (chars: number) => string;
  fix: string;
  ignore: string;
  /** 「全部改正」: every fixable finding of the row's rule, with their count. */
  fixAll: (count: number) => string;
  /** 「忽略此类」: every finding of the row's rule, for the rest of this check. */
  ignoreRule: string;
  /** Picking one of a repetition's alternatives puts it in place of that use. */
  useAlternative: (alternative: string) => string;
  /** Before the replacement of a suggest-only finding (no 「改正」 button). */
  suggest: string;
  /** In place of an empty replacement (a stray mark taken out). */
  removed: string;
  alternatives: string;
  close: string;
  hint: string;
  noneHint: string;
  fixFailed: string;
  /** The palette's entry that starts a check. */
  paletteEntry: string;
};

const ZH: CheckText = {
  dialog: '表述检查',
  results: '检查结果',
  kinds: { fixed: '固定提法', outdated: '过时提法', 'de-di-de': '的地得', numbering: '序号', punctuation: '标点', repetition: '重复' },
  found: (count) => `发现 ${count} 处问题`,
  none: '未发现问题',
  checked: (chars) => `已检查 ${chars.toLocaleString('zh-CN')} 字`,
  fix: '改正',
  ignore: '忽略',
  fixAll: (count) => `全部改正（${count}）`,
  ignoreRule: '忽略此类',
  useAlternative: (alternative) => `换用「${alternative}」`,
  suggest: '建议',
  removed: '（删去）',
  alternatives: '可换用：',
  close: '关闭',
  hint: 'Enter 跳到原文 · F 改正 · Shift+F 全部改正 · I 忽略 · Shift+I 忽略此类 · ↑↓ 选择 · Esc 关闭；Alt+Shift+J 回到列表',
  noneHint: 'Esc 关闭',
  fixFailed: '未能改正，请在原文中手动修改',
  paletteEntry: '检查表述',
};

const EN: CheckText = {
  dialog: 'Wording check',
  results: 'Findings',
  kinds: { fixed: 'Fixed wording', outdated: 'Outdated', 'de-di-de': '的/地/得', numbering: 'Numbering', punctuation: 'Punctuation', repetition: 'Repetition' },
  found: (count) => `${count} finding${count === 1 ? '' : 's'}`,
  none: 'No problems found',
  checked: (chars) => `${chars.toLocaleString('en')} characters checked`,
  fix: 'Fix',
  ignore: 'Ignore',
  fixAll: (count) => `Fix all (${count})`,
  ignoreRule: 'Ignore this kind',
  useAlternative: (alternative) => `Use 「${alternative}」`,
  suggest: 'Suggested',
  removed: '(remove)',
  alternatives: 'Alternatives: ',
  close: 'Close',
  hint: 'Enter go to text · F fix · Shift+F fix all · I ignore · Shift+I ignore this kind · ↑↓ select · Esc close; Alt+Shift+J back to the list',
  noneHint: 'Esc close',
  fixFailed: 'Could not fix it: please edit the text by hand',
  paletteEntry: 'Check wording',
};

export function checkText(language: string): CheckText {
  return language.toLowerCase().startsWith('zh') || language === '' ? ZH : EN;
}
