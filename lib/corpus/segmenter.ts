// The word segmenter the pipeline needs, as an interface: the corpus code stays pure and
// testable, while Node (lib/segment-node.ts) and the extension each plug in their own
// jieba-wasm build.

export type TaggedWord = { word: string; tag: string };

export interface Segmenter {
  /** Words of the text, punctuation included, in order. */
  cut(text: string): string[];
  /** Words with their part-of-speech tags (jieba's ICTCLAS-style tags: n, v, vn, i, l, x …). */
  tag(text: string): TaggedWord[];
}
