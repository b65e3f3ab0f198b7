// Section roles, without zod, so the content script can label suggestions cheaply.
/** The section roles of a 公文 report, in the order they usually appear. */
export const ROLES = [
  'opening', // 开头：依据、总体评价
  'work', // 主要工作、成效
  'highlight', // 特色亮点
  'problem', // 存在问题
  'cause', // 原因分析
  'plan', // 下步打算、努力方向
  'closing', // 结尾
  'general', // 不限章节
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  opening: '开头',
  work: '主要工作',
  highlight: '特色亮点',
  problem: '存在问题',
  cause: '原因分析',
  plan: '下步打算',
  closing: '结尾',
  general: '通用',
};

/** The same, for the English interface. */
export const ROLE_LABELS_EN: Record<Role, string> = {
  opening: 'Opening',
  work: 'Work done',
  highlight: 'Highlights',
  problem: 'Problems',
  cause: 'Causes',
  plan: 'Plans',
  closing: 'Closing',
  general: 'General',
};
