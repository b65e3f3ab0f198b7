// What a row of the inline list shows: the words the text will read after Tab, not the
// stored phrase it came from (#20). A continuation from inside 「机关工作运行和党员干部」
// puts in 「和党员干部」; showing the whole phrase, or the part of it the insertion
// stops short of (a closer it drops, the words after the next-words cut), would promise
// text the writer does not get. The typed words that agree with the row lead, marked.
import type { Suggestion } from './types';

/** Typed characters shown before the insertion at most; longer agreement starts with 「…」. */
export const TYPED_SHOWN = 8;

export type RowWords = { cut: boolean; typed: string; rest: string };

export function rowWords(suggestion: Pick<Suggestion, 'kind' | 'text' | 'insert' | 'replace' | 'matchStart' | 'matchEnd'>): RowWords {
  const { text, insert, replace, matchStart, matchEnd } = suggestion;
  let typed: string;
  let rest: string;
  if (suggestion.kind === 'skeleton' || (matchEnd === 0 && replace > 0)) {
    // A skeleton's title, or a phrase asked for by its pinyin initials: it all goes in.
    typed = text.slice(matchStart, matchEnd);
    rest = text.slice(matchEnd);
  } else if (replace === 0) {
    typed = text.slice(matchStart, matchEnd);
    rest = insert;
  } else {
    // The typed words are replaced by the standard wording (punctuation width, quote
    // style): its own opening stands where they were.
    const agreed = Math.min(insert.length, matchEnd - matchStart);
    typed = insert.slice(0, agreed);
    rest = insert.slice(agreed);
  }
  const cut = typed.length > TYPED_SHOWN + 2;
  return { cut, typed: cut ? typed.slice(typed.length - TYPED_SHOWN) : typed, rest };
}
