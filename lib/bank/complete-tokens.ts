// A hand-written bank file gives phrases without jieba tokens or tags. The page that imports
// it segments them (the write path, where jieba belongs) before the file goes to the
// background, so those phrases match by word like every other. Anything that is not a
// bank file is passed on unchanged: the background names what is wrong with it.
import type { Segmenter } from '../corpus/segmenter';
import { analyzePhrase } from './analyze';

type LoosePhrase = { text?: unknown; tokens?: unknown; tags?: unknown };

const needsTokens = (p: unknown): p is LoosePhrase & { text: string } =>
  typeof p === 'object' && p !== null && typeof (p as LoosePhrase).text === 'string' && !Array.isArray((p as LoosePhrase).tokens);

/** The file's text with tokens (and tags, where it gave none) filled in; `loadSegmenter` runs only if needed. */
export async function completeTokens(text: string, loadSegmenter: () => Promise<Segmenter>): Promise<string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return text;
  }
  const phrases = (raw as { phrases?: unknown } | null)?.phrases;
  if (!Array.isArray(phrases) || !phrases.some(needsTokens)) return text;
  const segmenter = await loadSegmenter();
  for (const phrase of phrases) {
    if (!needsTokens(phrase) || phrase.text.trim().length < 2) continue;
    const analysis = analyzePhrase(phrase.text.trim(), segmenter);
    phrase.tokens = analysis.tokens;
    if (phrase.tags === undefined) phrase.tags = analysis.tags;
  }
  return JSON.stringify(raw);
}
