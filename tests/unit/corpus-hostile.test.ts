// The corpus pipeline never throws on a real document and its output always passes the bank
// schema: over the seeds, over texts shaped like what writers paste (no line breaks, one
// endless paragraph, tables, 附件 lists, signatures, repeated page headers) and over generated
// junk. Each document's report says what it gave or why it gave nothing.
import { describe, expect, it } from 'vitest';
import { buildBankWithReport, type SourceDocument } from '../../lib/corpus/build-bank';
import { BankFileSchema } from '../../lib/schema';
import { createNodeSegmenter } from '../../lib/segment-node';
import { seededRandom, pick } from '../bench/prng';
import { seedDocuments } from './corpus-seeds';

const segmenter = createNodeSegmenter();
const seeds = seedDocuments();
const joinedSeed = seeds[0]!.text.replace(/\s*\n\s*/g, '');

const NUMERALS = '一二三四五六七八九十';
const hostile: Record<string, string> = {
  'no line breaks at all': joinedSeed,
  'a 20,000-character paragraph': '全面加强党的建设，推动各项工作落实落细，确保各项任务按期完成。'.repeat(700).slice(0, 20_000),
  'only numbers': Array.from({ length: 400 }, (_, i) => String((i * 7919) % 100_003)).join('\n'),
  'only headings': Array.from({ length: 300 }, (_, i) => `${NUMERALS[i % 10]}、加强学习${i}`).join('\n'),
  'sixty top headings with bodies': Array.from({ length: 60 }, (_, i) => `${NUMERALS[i % 10]}、第${i}项工作\n认真抓好第${i}项工作，确保取得实效。`).join('\n'),
  'mixed scripts': 'Hello world。😀𠮷test，abc；Ⅱ、ＡＢＣ１２３，русский текст；العربية。\n'.repeat(200),
  'a three-hundred-character title': `关于${'进一步加强和改进'.repeat(40)}的通知\n一、总体要求\n坚持以人民为中心的发展思想。`,
  'a run-in heading of a thousand characters': `一、${'加强组织领导'.repeat(200)}\n（一）${'压实责任'.repeat(300)}，确保落实。`,
  'table rows, 附件 list, signature and date': [
    '关于申请专项经费的请示',
    '市财政局：',
    '为做好年度重点工作，现申请专项经费。',
    '序号\t项目\t金额（万元）\t备注',
    '1\t培训\t12.5\t',
    '2\t设备\t30\t',
    '| 序号 | 项目 | 金额 |',
    '|---|---|---|',
    '妥否，请批示。',
    '附件：1.经费预算表',
    '2.项目说明',
    'XX县人民政府办公室',
    '2024年3月5日',
  ].join('\n'),
  'repeated page headers and page numbers': Array.from({ length: 12 }, (_, i) => `XX市人民政府文件\n- ${i + 1} -\n各单位要认真贯彻落实本通知要求，确保工作取得实效。`).join('\n'),
  'nothing but punctuation and spaces': '，。；：\n   \n……——\n“”\n',
  'empty': '',
};

/** Junk a damaged file can decode to: control characters, lone surrogates, markup, fields. */
function generatedText(seed: number): string {
  const random = seededRandom(seed);
  const pieces = ['一、', '（二）', '3.', '（4）', '一是', '。', '，', '\n', '\n\n', '\u0000', '\u0007', '\uD800', '<b>', '{{', '}}', '{{数量}}', '“', '”', '》', 'abc', '123', '增强“四个意识”', '认真落实一岗双责', '😀', '\t', '　'];
  let text = '';
  const length = Math.floor(random() * 3000);
  while (text.length < length) text += random() < 0.5 ? pick(random, pieces) : pick(random, seeds).text.slice(Math.floor(random() * 2000), Math.floor(random() * 2000) + 40);
  return text;
}

const build = (documents: SourceDocument[]) => buildBankWithReport(documents, segmenter);

describe('the corpus pipeline on hostile documents', () => {
  it('the seeds build a bank the schema accepts, each seed giving phrases and an outline', () => {
    const { bank, documents } = build(seeds);
    expect(BankFileSchema.safeParse(bank).success).toBe(true);
    for (const report of documents) {
      expect(report.phrases).toBeGreaterThan(50);
      expect(report.outline).toBe(true);
    }
  });

  for (const [name, text] of Object.entries(hostile)) {
    it(`${name}: never throws, passes the schema, says what it gave`, () => {
      const { bank, documents } = build([{ name: `${name}.txt`, text }]);
      const checked = BankFileSchema.safeParse(bank);
      expect(checked.success ? '' : JSON.stringify(checked.error.issues[0])).toBe('');
      expect(documents).toHaveLength(1);
      const [report] = documents;
      // A document either gave something or says why not.
      expect(report!.phrases > 0 || report!.outline || report!.notes.length > 0).toBe(true);
    });
  }

  it('a document without a title line still gives its wording (its first paragraph is not taken for the title)', () => {
    const { bank, documents } = build([{ name: '网页复制.txt', text: joinedSeed }]);
    expect(documents[0]!.phrases).toBeGreaterThan(100);
    expect(bank.skeletons.every((s) => s.title.length <= 200)).toBe(true);
  });

  it('a batch of generated junk with a file name longer than the schema allows passes the schema', () => {
    const docs = Array.from({ length: 40 }, (_, i) => ({ name: `${'很长的文件名'.repeat(i === 0 ? 60 : 1)}${i}.txt`, text: generatedText(i + 1) }));
    const { bank, documents } = build([...docs, ...seeds.slice(0, 1)]);
    const checked = BankFileSchema.safeParse(bank);
    expect(checked.success ? '' : JSON.stringify(checked.error.issues[0])).toBe('');
    expect(documents).toHaveLength(41);
  });

  it('one document of nothing usable does not cost the others theirs', () => {
    const { documents } = build([{ name: 'a.txt', text: '1\n2\n3' }, seeds[1]!]);
    const empty = documents.find((d) => d.name === 'a.txt')!;
    expect(empty.phrases).toBe(0);
    expect(empty.notes[0]!.zh).toMatch(/没有/);
    expect(documents.find((d) => d.name === seeds[1]!.name)!.phrases).toBeGreaterThan(50);
  });
});
