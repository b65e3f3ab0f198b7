// The engine's input in columns: a few long strings and typed arrays instead of one object
// per phrase. IndexedDB reads and clones it as a handful of values, which is what makes a
// waking service worker answer quickly even with a large bank.
import { ROLES, type Role } from '../roles';
import type { IndexEntry } from '../engine/types';

export type EngineSnapshot = {
  ids: string;
  texts: string;
  roles: Uint8Array;
  docCounts: Uint32Array;
  favorites: Uint8Array;
  /** Token lengths of all phrases, one after another; tokenCounts says how many per phrase. */
  tokenLengths: Uint16Array;
  tokenCounts: Uint16Array;
};

/** Separates ids and texts: a control character no phrase or id contains (schema-checked). */
const SEPARATOR = '\u0000';

export function encodeSnapshot(entries: readonly IndexEntry[]): EngineSnapshot {
  const tokenLengths: number[] = [];
  const tokenCounts = new Uint16Array(entries.length);
  entries.forEach((entry, i) => {
    // Token lengths are stored, not tokens: tokens are slices of the text. Tokens that do
    // not tile the text (older stored lists without punctuation) are kept only while they do.
    let at = 0;
    let count = 0;
    for (const token of entry.tokens ?? []) {
      if (!entry.text.startsWith(token, at) || count === 0xffff) break;
      tokenLengths.push(token.length);
      at += token.length;
      count++;
    }
    tokenCounts[i] = count;
  });
  return {
    ids: entries.map((e) => e.id).join(SEPARATOR),
    texts: entries.map((e) => e.text).join(SEPARATOR),
    roles: Uint8Array.from(entries, (e) => ROLES.indexOf(e.role)),
    docCounts: Uint32Array.from(entries, (e) => e.docCount),
    favorites: Uint8Array.from(entries, (e) => (e.favorite ? 1 : 0)),
    tokenLengths: Uint16Array.from(tokenLengths),
    tokenCounts,
  };
}

export function decodeSnapshot(snapshot: EngineSnapshot): IndexEntry[] {
  if (snapshot.roles.length === 0) return [];
  const ids = snapshot.ids.split(SEPARATOR);
  const texts = snapshot.texts.split(SEPARATOR);
  let tokenAt = 0;
  return ids.map((id, i) => {
    const text = texts[i]!;
    const tokens: string[] = [];
    let charAt = 0;
    for (let t = 0; t < snapshot.tokenCounts[i]!; t++) {
      const length = snapshot.tokenLengths[tokenAt++]!;
      tokens.push(text.slice(charAt, charAt + length));
      charAt += length;
    }
    return {
      id,
      kind: 'phrase',
      text,
      role: (ROLES[snapshot.roles[i]!] ?? 'general') as Role,
      docCount: snapshot.docCounts[i]!,
      favorite: snapshot.favorites[i] === 1,
      tokens,
    };
  });
}
