// 公文 terms that jieba's general dictionary splits into pieces (三会/一课, 管党/治党).
// Registering them keeps each one a single token, so tokens, tags and collocations treat the
// standard wording as one unit. Every Segmenter implementation should add these words,
// tagged DOMAIN_WORD_TAG (jieba leaves an added word's tag empty otherwise).
export const DOMAIN_WORD_TAG = 'nz';

export const DOMAIN_WORDS: readonly string[] = [
  '全面从严治党',
  '管党治党',
  '一岗双责',
  '三会一课',
  '主题党日',
  '三重一大',
  '两学一做',
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '第一责任人',
  '主体责任',
  '民主生活会',
  '组织生活会',
  '党风廉政建设',
  '意识形态',
  '八项规定',
  '民主集中制',
  '党支部书记',
  '党组书记',
  '党委书记',
  '述职报告',
];
