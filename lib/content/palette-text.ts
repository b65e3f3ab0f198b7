// The palette's words, Simplified Chinese first and English for browsers in other
// languages. The content script cannot wait for settings before it draws, so it follows
// the browser's UI language.
import { ROLE_LABELS, ROLE_LABELS_EN, type Role } from '../roles';
import { checkText, type CheckText } from './check-text';

export type PaletteText = {
  /** Section names, as shown beside each suggestion. */
  roles: Record<Role, string>;
  /** Shown beside a suggestion that comes from the text above the caret, not the bank. */
  fromDocument: string;
  dialog: string;
  searchLabel: string;
  searchPlaceholder: string;
  kindLabel: string;
  kinds: { all: string; phrase: string; skeleton: string };
  roleLabel: string;
  anyRole: string;
  results: string;
  empty: string;
  /** Offered when nothing is found: opens the add window with the searched text. */
  addToBank: string;
  emptyHint: string;
  searching: string;
  skeletonTag: string;
  preview: string;
  hint: string;
  formTitle: string;
  formHint: string;
  insert: string;
  back: string;
  failed: string;
  /** The inline suggestion list's name and key hint. */
  suggestions: string;
  suggestionsHint: string;
  /** An insertion the editor would not take went to the clipboard instead. */
  copied: string;
  /** The wording check's list (issue #17). */
  check: CheckText;
};

const ZH: PaletteText = {
  roles: ROLE_LABELS,
  fromDocument: '本文',
  dialog: '句库面板',
  searchLabel: '搜索句库',
  searchPlaceholder: '输入关键词、拼音首字母，如「述职」「sgys」',
  kindLabel: '类型',
  kinds: { all: '全部', phrase: '短语', skeleton: '提纲' },
  roleLabel: '章节',
  anyRole: '不限章节',
  results: '搜索结果',
  empty: '没有找到匹配的内容。',
  addToBank: '加入句库',
  emptyHint: '也可以换个说法，或只输入其中几个词。',
  searching: '正在搜索…',
  skeletonTag: '提纲',
  preview: '预览',
  hint: 'Enter 插入 · ↑↓ 选择 · Esc 关闭',
  formTitle: '填写字段',
  formHint: 'Ctrl+Enter 插入 · Enter 下一项 · Esc 返回；留空的字段显示为「【待填：…】」',
  insert: '插入',
  back: '返回',
  failed: '句库后台没有响应，请稍后再试',
  suggestions: '句库建议',
  suggestionsHint: 'Tab 插入 · ↑↓ 选择 · Esc 关闭',
  copied: '已复制，请按 Ctrl+V 粘贴',
  check: checkText('zh'),
};

const EN: PaletteText = {
  roles: ROLE_LABELS_EN,
  fromDocument: 'This text',
  dialog: 'Juku palette',
  searchLabel: 'Search the bank',
  searchPlaceholder: 'Keywords or pinyin initials, e.g. 述职 or sgys',
  kindLabel: 'Kind',
  kinds: { all: 'All', phrase: 'Phrases', skeleton: 'Outlines' },
  roleLabel: 'Section',
  anyRole: 'Any section',
  results: 'Results',
  empty: 'Nothing matches.',
  addToBank: 'Add to the bank',
  emptyHint: 'Or try other words, or only a few of them.',
  searching: 'Searching…',
  skeletonTag: 'Outline',
  preview: 'Preview',
  hint: 'Enter insert · ↑↓ select · Esc close',
  formTitle: 'Fill in the fields',
  formHint: 'Ctrl+Enter insert · Enter next field · Esc back; empty fields show as 【待填：…】',
  insert: 'Insert',
  back: 'Back',
  failed: 'The Juku background did not answer; try again',
  suggestions: 'Juku suggestions',
  suggestionsHint: 'Tab insert · ↑↓ select · Esc close',
  copied: 'Copied: press Ctrl+V to paste',
  check: checkText('en'),
};

export function paletteText(language: string): PaletteText {
  return language.toLowerCase().startsWith('zh') || language === '' ? ZH : EN;
}
