// Search and filters for the popup and the options page: Chinese text, tags, and pinyin
// initials (「qmcy」 finds 「全面从严…」). Initials are read one distinct character at a time
// and cached, so a 100,000-phrase bank costs one pass over its characters, once.
import { PinyinReadings } from '../text/pinyin-readings';
import type { Role } from '../schema';
import type { PhraseOrigin, StoredPhrase } from '../db';

export type PhraseFilter = {
  query?: string;
  role?: Role | '';
  tag?: string;
  origin?: PhraseOrigin | '';
  favorites?: boolean;
  neverUsed?: boolean;
};

const LATIN = /^[a-z]+$/;

export class InitialsCache {
  private readonly readings = new PinyinReadings();
  private readonly phrases = new Map<string, { text: string; initials: string }>();

  /** A Chinese character's initial; letters and digits stand for themselves. */
  private initialOf(char: string): string {
    return this.readings.of(char)[0] ?? (/[a-z0-9]/i.test(char) ? char.toLowerCase() : '');
  }

  /** The initials of a text's Chinese characters (and its letters and digits), e.g. 「qmcyzd」. */
  of(id: string, text: string): string {
    const cached = this.phrases.get(id);
    if (cached && cached.text === text) return cached.initials;
    let initials = '';
    for (const char of text) initials += this.initialOf(char);
    this.phrases.set(id, { text, initials });
    return initials;
  }
}

type Term = { text: string; latin: boolean };

const termsOf = (query: string): Term[] =>
  query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, latin: LATIN.test(text) }));

function matchesTerms(phrase: StoredPhrase, terms: readonly Term[], initials: InitialsCache): boolean {
  const lower = phrase.text.toLowerCase();
  return terms.every(
    (term) =>
      lower.includes(term.text) ||
      phrase.tags.some((tag) => tag.includes(term.text)) ||
      (term.latin && initials.of(phrase.id, phrase.text).includes(term.text)),
  );
}

/** The phrases that pass the filter, in the order given. */
export function filterPhrases(
  phrases: readonly StoredPhrase[],
  filter: PhraseFilter,
  usesOf: (id: string) => number,
  initials: InitialsCache,
): StoredPhrase[] {
  const terms = termsOf(filter.query ?? '');
  const tag = filter.tag?.trim();
  return phrases.filter(
    (p) =>
      (!filter.role || p.role === filter.role) &&
      (!filter.origin || p.origin === filter.origin) &&
      (!filter.favorites || p.favorite) &&
      (!filter.neverUsed || usesOf(p.id) === 0) &&
      (!tag || p.tags.includes(tag)) &&
      (terms.length === 0 || matchesTerms(p, terms, initials)),
  );
}

/** Popup search: matches ranked — wording that starts with the query, then favorites, then most used. */
export function rankedSearch(
  phrases: readonly StoredPhrase[],
  query: string,
  usesOf: (id: string) => number,
  initials: InitialsCache,
  limit: number,
): StoredPhrase[] {
  if (!query.trim()) return [];
  const q = query.trim().toLowerCase();
  const score = (p: StoredPhrase) =>
    (p.text.toLowerCase().startsWith(q) || initials.of(p.id, p.text).startsWith(q) ? 4 : 0) + (p.favorite ? 2 : 0) + Math.min(usesOf(p.id), 1000) / 1000;
  return filterPhrases(phrases, { query }, usesOf, initials)
    .map((p) => ({ p, s: score(p) }))
    .sort((a, b) => b.s - a.s || b.p.docCount - a.p.docCount || a.p.text.length - b.p.text.length)
    .slice(0, limit)
    .map(({ p }) => p);
}
