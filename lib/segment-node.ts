// The Segmenter for Node (CLI, tests): jieba-wasm's nodejs build, which loads its wasm
// synchronously. The extension builds its own from jieba-wasm/web; both register the same
// domain words, so tokens computed here match tokens computed in the browser.
import * as jieba from 'jieba-wasm';
import { DOMAIN_WORDS, DOMAIN_WORD_TAG } from './corpus/lexicon';
import type { Segmenter } from './corpus/segmenter';

let prepared = false;

function prepare(): void {
  if (prepared) return;
  for (const word of DOMAIN_WORDS) jieba.add_word(word, undefined, DOMAIN_WORD_TAG);
  prepared = true;
}

/** jieba with HMM on, so unknown words (names, new terms) are found rather than split into characters. */
export function createNodeSegmenter(): Segmenter {
  prepare();
  return {
    cut: (text) => jieba.cut(text, true),
    tag: (text) => jieba.tag(text, true).map(({ word, tag }) => ({ word, tag })),
  };
}
