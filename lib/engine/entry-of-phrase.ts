import type { Phrase } from '../schema';
import type { IndexEntry } from './types';

/** What the engine keeps of a bank phrase (a stored one may carry a favorite flag). */
export function entryOfPhrase(phrase: Phrase & { favorite?: boolean }): IndexEntry {
  return {
    id: phrase.id,
    kind: 'phrase',
    text: phrase.text,
    role: phrase.role,
    docCount: phrase.docCount,
    tokens: phrase.tokens,
    favorite: phrase.favorite ?? false,
  };
}
