// The Segmenter for extension pages (options, popup, the 「加入句库」 form): jieba-wasm's web
// build. Its wasm is copied to the extension root by wxt.config.ts and fetched from there
// the first time a phrase is saved, never while the user types in a page.
import init, { add_word, cut, tag } from 'jieba-wasm/web';
import { browser, type PublicPath } from 'wxt/browser';
import { DOMAIN_WORDS, DOMAIN_WORD_TAG } from './corpus/lexicon';
import type { Segmenter } from './corpus/segmenter';

let loading: Promise<Segmenter> | null = null;

/** Where the wasm is: copied in by the build:publicAssets hook, so WXT's PublicPath type does not list it. */
export const jiebaWasmUrl = (): string => browser.runtime.getURL('/jieba_rs_wasm_bg.wasm' as PublicPath);

/** `wasmUrl` is given by a worker, which cannot ask the extension runtime for URLs itself. */
export function loadWebSegmenter(wasmUrl?: string): Promise<Segmenter> {
  loading ??= (async () => {
    await init({ module_or_path: wasmUrl ?? jiebaWasmUrl() });
    // The same domain words as the Node segmenter, so tokens match the default bank's.
    for (const word of DOMAIN_WORDS) add_word(word, undefined, DOMAIN_WORD_TAG);
    return {
      cut: (text: string) => cut(text, true),
      tag: (text: string) => tag(text, true).map(({ word, tag: t }) => ({ word, tag: t })),
    };
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
