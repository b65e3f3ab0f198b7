// Keywords (a phrase's tags) from jieba's part-of-speech tags, ranked by TF-IDF against the
// corpus being built: jieba-wasm has no keyword extractor, and corpus frequency is what tells
// 「一岗双责」 (distinctive) from 「工作」 (everywhere).
import type { TaggedWord } from './segmenter';
import { CJK_CHAR } from './text';

/** Content parts of speech (#20): nouns, verb-noun terms (管理, 建设), idioms, set phrases,
 * abbreviations and nominal adjectives. Plain verbs (强化, 召开), adverbs and jieba's
 * unknown words (x: 作一, the debris of 「作一简要汇报」) say what is done, not what about. */
const CONTENT_TAG = /^(?:n|nr|ns|nt|nz|nrt|nrfg|ng|vn|i|l|j|an)$/;

/** Words too common in 公文 to say anything about a phrase. */
const STOPWORDS = new Set([
  '工作', '进行', '开展', '进一步', '不断', '认真', '切实', '有关', '相关', '各项', '方面', '情况', '问题',
  '通过', '同时', '以及', '一些', '一定', '存在', '没有', '不够', '主要', '重要', '加强', '提高', '坚持',
  '做到', '做好', '抓好', '推动', '推进', '落实', '持续', '全面', '深入', '积极', '有效', '实现', '作为',
  '成为', '能够', '需要', '还是', '就是', '已经', '这个', '我们', '本人', '自己', '个人',
  // The framing words of a report (「现将……简要汇报如下」) and nouns every section has.
  '现将', '简要', '如下', '汇报', '报告', '时间', '要求', '方式', '作用', '水平', '事项', '同志', '一年',
]);

export const maxTags = 6;

export class KeywordRanker {
  private readonly documentFrequency = new Map<string, number>();
  private readonly documents: number;

  /** `corpus`: the words of every text in the build, one array per text. */
  constructor(corpus: readonly (readonly string[])[]) {
    this.documents = corpus.length;
    for (const words of corpus) {
      for (const word of new Set(words)) this.documentFrequency.set(word, (this.documentFrequency.get(word) ?? 0) + 1);
    }
  }

  private idf(word: string): number {
    return Math.log((this.documents + 1) / ((this.documentFrequency.get(word) ?? 0) + 1)) + 1;
  }

  /** Up to `maxTags` content words, most distinctive first (ties: first occurrence). */
  keywords(tagged: readonly TaggedWord[]): string[] {
    const scores = new Map<string, { score: number; first: number }>();
    tagged.forEach(({ word, tag }, position) => {
      if ([...word].length < 2 || !CONTENT_TAG.test(tag) || STOPWORDS.has(word) || !CJK_CHAR.test(word)) return;
      if (/[{}]/.test(word)) return;
      const entry = scores.get(word);
      if (entry) entry.score += this.idf(word);
      else scores.set(word, { score: this.idf(word), first: position });
    });
    return [...scores.entries()]
      .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
      .slice(0, maxTags)
      .map(([word]) => word);
  }
}
