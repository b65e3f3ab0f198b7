// `npx tsx tests/bench/make-check-set.ts`: the labelled set for the wording check (#17), made
// reproducibly (seeded) from real sentences of the seed documents (seeds/ and seeds/held-out/):
// per rule kind, slips planted where a real sentence gives the chance (a fixed formulation or a
// current name it contains, an adverb right before a verb, a full-width mark, a run of real
// headings), and real sentences left as they are. Writes tests/bench/fixtures/check-set.json.
import { writeFileSync } from 'node:fs';
import { defaultRules, type RuleKind } from '@/lib/check/rules';
import type { RuleOf } from '@/lib/check/types';
import { asOfYear, readCheckSeeds } from './check-seeds';
import { pick, seededRandom } from './prng';

export type Slip = { kind: RuleKind; start: number; end: number };
export type LabelledItem = { id: string; planted: RuleKind | 'clean' | 'near-miss'; source: string; asOf?: string; paragraphs: string[]; slips: Slip[] };

/**
 * Slips the seed documents really contain, each read and confirmed by hand: where a sentence
 * holding one is taken, it is labelled a slip like the planted ones.
 */
const REAL_SLIPS: Array<[string, RuleKind]> = [
  ['四种意识', 'fixed'],
  ['习近平新时代社会主义思想', 'fixed'],
  ['有力的促进', 'de-di-de'],
  ['做的不够', 'de-di-de'],
  ['个人所得税;', 'punctuation'],
];

const PER_KIND = 45;
const CLEAN = 120;
const NEAR_MISSES = 60;
const random = seededRandom(17);
const seeds = readCheckSeeds();

type Sentence = { source: string; text: string };
const sentences: Sentence[] = seeds.flatMap((doc) =>
  doc.paragraphs.flatMap((p) =>
    (p.match(/[^。！？]+[。！？]/g) ?? [])
      .map((text) => text.trim())
      .filter((text) => text.length >= 12 && text.length <= 250 && !/^[一二三四五六七八九十]+、|^（/.test(text))
      .map((text) => ({ source: doc.name, text })),
  ),
);

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const used = new Set<string>();
const items: LabelledItem[] = [];
const yearOf = new Map(seeds.map((d) => [d.name, d.year]));
function add(planted: LabelledItem['planted'], source: string, paragraphs: string[], slips: Slip[]): void {
  const text = paragraphs.join('\n');
  for (const [slip, kind] of REAL_SLIPS) for (let i = text.indexOf(slip); i >= 0; i = text.indexOf(slip, i + 1)) slips.push({ kind, start: i, end: i + slip.length });
  const asOf = asOfYear(yearOf.get(source));
  items.push({
    ...(asOf ? { asOf } : {}), id: `${planted}-${String(items.filter((i) => i.planted === planted).length + 1).padStart(3, '0')}`, planted, source, paragraphs, slips });
}

/** Sentences where `find` gives a place to plant; each sentence is used once. */
function plant(kind: RuleKind, find: (text: string) => { text: string; start: number; end: number } | undefined): void {
  let n = 0;
  for (const s of shuffled(sentences)) {
    if (n >= PER_KIND) break;
    if (used.has(s.text)) continue;
    const planted = find(s.text);
    if (!planted) continue;
    used.add(s.text);
    add(kind, s.source, [planted.text], [{ kind, start: planted.start, end: planted.end }]);
    n++;
  }
}

const rulesOf = <K extends RuleKind>(kind: K) => defaultRules().filter((r): r is RuleOf<K> => r.kind === kind);

/** Replace `from` (its first occurrence) by `to`; the slip spans `to`. */
function swap(text: string, from: string, to: string) {
  const i = text.indexOf(from);
  return i < 0 ? undefined : { text: text.slice(0, i) + to + text.slice(i + from.length), start: i, end: i + to.length };
}

// fixed: a correct formulation in a real sentence turned into one of its wrong variants.
const fixedRules = rulesOf('fixed');
plant('fixed', (text) => {
  const rule = fixedRules.find((r) => text.includes(r.correct));
  return rule && swap(text, rule.correct, pick(random, rule.wrong));
});

// outdated: a current name in a real sentence turned back into the one it replaced.
const CURRENT_TO_OLD: Array<[string, string[]]> = [
  ['自然资源部', ['国土资源部']],
  ['生态环境部', ['环境保护部']],
  ['农业农村部', ['农业部']],
  ['文化和旅游部', ['文化部', '国家旅游局']],
  ['应急管理部', ['国家安全监管总局']],
  ['市场监管总局', ['工商总局', '质检总局']],
  ['卫生健康委', ['卫生计生委']],
  ['全面建成小康社会', ['全面建设小康社会']],
];
plant('outdated', (text) => {
  // Not inside a longer word: 应急管理部门 is no ministry.
  const hit = CURRENT_TO_OLD.find(([current]) => text.includes(current) && !text.includes(`${current}门`));
  return hit && swap(text, hit[0], pick(random, hit[1]));
});

// 地: an adverb right before a verb (积极推进) with 的 put between, as writers slip.
const di = rulesOf('de-di-de').find((r) => r.form === 'di')!;
// Adverbs and verbs beyond the rule's own lists too, so recall says what the lists miss.
const MORE_ADVERBS = ['逐步', '大幅', '显著', '合理', '科学', '尽快', '集中', '精准', '有序', '高效', '统一', '严肃'];
const MORE_VERBS = ['建立', '完善', '健全', '构建', '支持', '培育', '扩大', '减少', '降低', '优化', '规范', '深化'];
const adverbThenVerb = new RegExp(`(${[...di.words, ...MORE_ADVERBS].join('|')})(${[...di.then, ...MORE_VERBS].join('|')})`);
plant('de-di-de', (text) => {
  if (random() < 0.25) {
    // 得: a clause ending on a verb, with a complement of degree joined by 的.
    const m = /(落实|完成|推进|开展|执行|发挥|贯彻|处理|解决|组织|安排)([，。])/.exec(text);
    if (!m) return undefined;
    const complement = pick(random, ['的很好', '的不够', '的比较扎实', '的不到位', '的还不够']);
    const at = m.index + m[1]!.length;
    return { text: text.slice(0, at) + complement + text.slice(at), start: m.index, end: at + complement.length };
  }
  const m = adverbThenVerb.exec(text);
  if (!m) return undefined;
  const at = m.index + m[1]!.length;
  return { text: `${text.slice(0, at)}的${text.slice(at)}`, start: m.index, end: m.index + m[0].length + 1 };
});

// punctuation: a full-width mark between Chinese characters made half-width, or one mark of a pair dropped.
const HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' };
plant('punctuation', (text) => {
  const roll = random();
  if (roll < 0.2) {
    // A list run on with a stray 、 before the comma or full stop: 教育、卫生、。
    const m = /、[\u4e00-\u9fff]{1,8}(?=[，。])/.exec(text);
    if (!m) return undefined;
    const at = m.index + m[0].length;
    return { text: `${text.slice(0, at)}、${text.slice(at)}`, start: at, end: at + 1 };
  }
  if (roll < 0.45) {
    const closers = [...text.matchAll(/[”》）]/g)];
    if (closers.length === 0) return undefined;
    const c = pick(random, closers);
    const opener = { '”': '“', '》': '《', '）': '（' }[c[0]]!;
    const at = text.lastIndexOf(opener, c.index);
    if (at < 0) return undefined;
    return { text: text.slice(0, c.index) + text.slice(c.index + 1), start: at, end: at + 1 };
  }
  const marks = [...text.matchAll(/(?<=[\u4e00-\u9fff])[，；：](?=[\u4e00-\u9fff])/g)];
  if (marks.length === 0) return undefined;
  const m = pick(random, marks);
  return { text: text.slice(0, m.index) + HALF[m[0]] + text.slice(m.index + 1), start: m.index, end: m.index + 1 };
});

// numbering: a run of real headings (with each paragraph's first sentence) from one document,
// with a marker's form broken (（二）、 二. 1、) or a heading and its text left out (a skipped number).
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}\.(?!\d))/;
const runs = seeds.flatMap((doc) => {
  // Each paragraph's first sentence, unless that cuts a bracket or quotation in two.
  const balanced = (s: string) => [['（', '）'], ['《', '》'], ['“', '”']].every(([a, b]) => s.split(a!).length === s.split(b!).length);
  const lines = doc.paragraphs.map((p) => {
    const first = p.match(/^[^。！？]*[。！？]?/)?.[0] ?? p;
    return balanced(first) ? first : p;
  });
  const out: Array<{ source: string; lines: string[] }> = [];
  for (let i = 0; i + 6 <= lines.length; i += 6) {
    const run = lines.slice(i, i + 6);
    if (run.filter((l) => HEADING.test(l)).length >= 3) out.push({ source: doc.name, lines: run });
  }
  return out;
});
let numbered = 0;
for (const run of shuffled(runs)) {
  if (numbered >= PER_KIND) break;
  const lines = [...run.lines];
  const headings = lines.map((l, i) => (HEADING.test(l) ? i : -1)).filter((i) => i >= 0);
  const offsetOf = (i: number) => lines.slice(0, i).reduce((sum, l) => sum + l.length + 1, 0);
  if (random() < 0.5) {
    const i = pick(random, headings);
    const marker = HEADING.exec(lines[i]!)![0];
    const bad = marker.startsWith('（') ? `${marker}、` : marker.endsWith('、') ? `${marker.slice(0, -1)}.` : `${marker.slice(0, -1)}、`;
    lines[i] = bad + lines[i]!.slice(marker.length);
    add('numbering', run.source, lines, [{ kind: 'numbering', start: offsetOf(i), end: offsetOf(i) + bad.length }]);
  } else {
    // Leave out a heading that has a next one of the same form: the next one skips a number.
    const same = (a: number, b: number) => HEADING.exec(lines[a]!)![0].replace(/[一二三四五六七八九十\d]+/, '') === HEADING.exec(lines[b]!)![0].replace(/[一二三四五六七八九十\d]+/, '');
    // Three headings of one form in a row: the middle one goes, the third skips a number.
    const k = headings.findIndex((h, j) => j >= 1 && j + 1 < headings.length && same(headings[j - 1]!, h) && same(h, headings[j + 1]!));
    if (k < 0) continue;
    const gone = headings[k]!;
    const next = headings[k + 1]!;
    const kept = [...lines.slice(0, gone), ...lines.slice(next)];
    const at = kept.slice(0, gone).reduce((sum, l) => sum + l.length + 1, 0);
    add('numbering', run.source, kept, [{ kind: 'numbering', start: at, end: at + HEADING.exec(kept[gone]!)![0].length }]);
  }
  numbered++;
}

// repetition: real sentences sharing a stock phrase, or an opening, gathered into one paragraph.
const stock = rulesOf('repetition').find((r) => r.check === 'phrase')!;
const opening = rulesOf('repetition').find((r) => r.check === 'opening')!;
let repeated = 0;
const groups: Array<{ key: string; at: (s: string) => number; need: number; opening: boolean }> = [
  ...stock.phrases.map((p) => ({ key: p, at: (s: string) => s.indexOf(p), need: stock.max + 1, opening: false })),
  ...[...new Set(sentences.map((s) => /^[\u4e00-\u9fff]{2,6}，/.exec(s.text)?.[0] ?? ''))]
    .filter((o) => o.length <= opening.length + 1 && o !== '')
    .map((o) => ({ key: o, at: (s: string) => (s.startsWith(o) ? 0 : -1), need: opening.max + 1, opening: true })),
];
for (const group of shuffled(groups)) {
  if (repeated >= PER_KIND) break;
  const hosts = shuffled(sentences.filter((s) => !used.has(s.text) && group.at(s.text) >= 0 && s.text.length <= 200));
  if (hosts.length < group.need) continue;
  const chosen = hosts.slice(0, group.need);
  for (const h of chosen) used.add(h.text);
  const paragraph = chosen.map((h) => h.text).join('');
  // Every use past the limit is a slip (a host sentence may hold the phrase twice).
  const uses: number[] = [];
  let offset = 0;
  for (const h of chosen) {
    if (group.opening) uses.push(offset);
    else for (let i = h.text.indexOf(group.key); i >= 0; i = h.text.indexOf(group.key, i + group.key.length)) uses.push(offset + i);
    offset += h.text.length;
  }
  // Dated as its oldest sentence, so a name that was current then is not taken for a slip.
  const oldest = [...chosen].sort((a, b) => (yearOf.get(a.source) ?? 9999) - (yearOf.get(b.source) ?? 9999))[0]!;
  add('repetition', oldest.source, [paragraph], uses.slice(group.need - 1).map((at) => ({ kind: 'repetition' as const, start: at, end: at + group.key.length })));
  repeated++;
}

// near misses: real sentences that come close to a rule without breaking it — an adverb-like
// word before 的 (积极的财政政策, 有效的措施), a ministry's name inside 部门, figures with dots
// and colons, numbered lists — left as they are (their real slips labelled as everywhere).
const NEAR = new RegExp(`(?:${di.words.join('|')})的|(?:农业|文化|监察|环境保护|国土资源)部门|\\d[.:]\\d|（[一二三四五六七八九十\\d]+）`);
let near = 0;
for (const s of shuffled(sentences)) {
  if (near >= NEAR_MISSES) break;
  if (used.has(s.text) || !NEAR.test(s.text)) continue;
  used.add(s.text);
  add('near-miss', s.source, [s.text], []);
  near++;
}

// clean: real sentences as they are.
let clean = 0;
for (const s of shuffled(sentences)) {
  if (clean >= CLEAN) break;
  if (used.has(s.text)) continue;
  used.add(s.text);
  add('clean', s.source, [s.text], []);
  clean++;
}

writeFileSync('tests/bench/fixtures/check-set.json', JSON.stringify({ generatedBy: 'tests/bench/make-check-set.ts', seed: 17, items }, null, 1) + '\n');
const count = (k: string) => items.filter((i) => i.planted === k).length;
console.log(`${items.length} items: ${['fixed', 'outdated', 'de-di-de', 'numbering', 'punctuation', 'repetition', 'near-miss', 'clean'].map((k) => `${k} ${count(k)}`).join(', ')}`);
