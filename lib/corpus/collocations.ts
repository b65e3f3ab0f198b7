// Recurring collocations: short runs of jieba words that several documents (or one document
// again and again) use — 「全面从严治党」, 「增强“四个意识”」, 「压紧压实」. Recurrence across
// independent writers is what makes a run of words standard wording rather than one
// author's sentence.
import type { Role } from '../schema';
import { mostFrequentRole } from './merge';
import type { PhraseCandidate } from './phrases';
import type { Segmenter, TaggedWord } from './segmenter';
import { CJK_CHAR, FIELD, compareText } from './text';

export const COLLOCATION_LIMITS = {
  minChars: 4,
  maxChars: 20,
  maxWords: 6,
  minDocuments: 2,
  minOccurrences: 3,
} as const;

/** A sentence of one document, already cleaned, with its role. */
export type SourceSentence = { text: string; role: Role; source: string };

/** Parts of speech that cannot open or close a collocation (particles, prepositions, adverbs …). */
const EDGE_TAG_FORBIDDEN = /^(?:u.*|p|c|d|r|q|y|e|o|f|m|zg|ul|uj|ud|ug|uv|uz)$/;
/** Function words jieba sometimes tags as content. */
const EDGE_WORD_FORBIDDEN = new Set(['的', '了', '和', '与', '及', '等', '是', '在', '对', '把', '将', '为', '从', '向', '中', '上', '下', '之', '其', '各', '有', '并', '也', '都', '还', '又', '更', '要', '着', '我', '我们', '本人', '一年来']);

/** Word runs between punctuation (quotes excepted: 「增强“四个意识”」 is one unit) and fields. */
function wordRuns(tagged: readonly TaggedWord[]): TaggedWord[][] {
  const runs: TaggedWord[][] = [[]];
  for (const token of tagged) {
    const isWord = CJK_CHAR.test(token.word) || token.word === '“' || token.word === '”';
    if (isWord) runs[runs.length - 1]!.push(token);
    else if (runs[runs.length - 1]!.length) runs.push([]);
  }
  return runs.filter((run) => run.length);
}

const balancedQuotes = (text: string) => {
  let depth = 0;
  for (const char of text) {
    if (char === '“') depth++;
    else if (char === '”' && --depth < 0) return false;
  }
  return depth === 0;
};

const canEdge = (token: TaggedWord, isStart: boolean) =>
  token.word === (isStart ? '“' : '”') ||
  (CJK_CHAR.test(token.word) && !EDGE_TAG_FORBIDDEN.test(token.tag) && !EDGE_WORD_FORBIDDEN.has(token.word));

/** Verb-like tags: a run may end in one only if it is a predicate compound (严格落实, 压紧压实). */
const PREDICATE_TAG = /^(?:v|vd|vg|ad|d|a)$/;
const NOMINAL_END_TAG = /^(?:n|nr|ns|nt|nz|nrt|ng|vn|an|j|l|i|x)$/;

/** Shape of wording: ends in a noun-like word (增强“四个意识”), or is all predicate (贯彻落实). */
function wellFormed(words: readonly TaggedWord[]): boolean {
  const last = words[words.length - 1]!;
  const first = words[0]!;
  if ([...first.word].length < 2 && first.word !== '“') return false;
  if ([...last.word].length < 2 && last.word !== '”') return false;
  if (last.word === '”' || NOMINAL_END_TAG.test(last.tag)) return true;
  return words.every((w) => PREDICATE_TAG.test(w.tag));
}

/** Where a run was seen: its neighbours tell whether it is a whole unit or a piece of a longer one. */
type Tally = {
  text: string;
  words: number;
  occurrences: number;
  roles: Map<Role, number>;
  sources: Set<string>;
  left: Set<string>;
  right: Set<string>;
};

/** A dominant role needs this share of the occurrences; wording spread over sections is general. */
const DOMINANT_ROLE_SHARE = 0.6;

function roleOf(tally: Tally): Role {
  const role = mostFrequentRole(tally.roles);
  return (tally.roles.get(role) ?? 0) >= DOMINANT_ROLE_SHARE * tally.occurrences ? role : 'general';
}

/**
 * Counts every admissible word run and keeps those that recur and are maximal: a run whose
 * every occurrence has the same word just before it (or just after it) is a piece of a longer
 * unit — 「坚持以习近平新时代中国」 is always followed by 「特色」 — and is dropped.
 */
export function collocationCandidates(sentences: readonly SourceSentence[], segmenter: Segmenter): PhraseCandidate[] {
  const tallies = new Map<string, Tally>();
  for (const sentence of sentences) {
    const withoutFields = sentence.text.replace(FIELD, '，');
    for (const run of wordRuns(segmenter.tag(withoutFields))) {
      for (let start = 0; start < run.length; start++) {
        let text = '';
        for (let end = start; end < Math.min(run.length, start + COLLOCATION_LIMITS.maxWords); end++) {
          text += run[end]!.word;
          const chars = [...text].length;
          if (chars > COLLOCATION_LIMITS.maxChars) break;
          // A single word qualifies only as a set phrase of four or more characters (一岗双责).
          if (chars < COLLOCATION_LIMITS.minChars) continue;
          const words = run.slice(start, end + 1);
          if (!canEdge(words[0]!, true) || !canEdge(words[words.length - 1]!, false)) continue;
          if (!balancedQuotes(text) || !wellFormed(words)) continue;
          let tally = tallies.get(text);
          if (!tally) {
            tally = { text, words: words.length, occurrences: 0, roles: new Map(), sources: new Set(), left: new Set(), right: new Set() };
            tallies.set(text, tally);
          }
          tally.occurrences++;
          tally.roles.set(sentence.role, (tally.roles.get(sentence.role) ?? 0) + 1);
          tally.sources.add(sentence.source);
          // Run edges are punctuation or sentence ends: each counts as a distinct neighbour.
          tally.left.add(run[start - 1]?.word ?? `^${tally.occurrences}`);
          tally.right.add(run[end + 1]?.word ?? `$${tally.occurrences}`);
        }
      }
    }
  }

  const candidates: PhraseCandidate[] = [];
  for (const tally of tallies.values()) {
    const recurs =
      tally.sources.size >= COLLOCATION_LIMITS.minDocuments || tally.occurrences >= COLLOCATION_LIMITS.minOccurrences;
    const maximal = tally.left.size > 1 && tally.right.size > 1;
    if (!recurs || !maximal) continue;
    const role = roleOf(tally);
    for (const source of [...tally.sources].sort(compareText)) {
      candidates.push({ text: tally.text, role, kind: 'collocation', source });
    }
  }
  return candidates;
}
