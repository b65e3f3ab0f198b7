// A bank file needs only each phrase's `text` (and a skeleton's title and outline): the rest
// is filled in as the pipeline would, and a missing `text` is named.
import { describe, expect, it } from 'vitest';
import { parseBankText } from '../../lib/bank/bank-file';
import { completeTokens } from '../../lib/bank/complete-tokens';
import { BankInputError } from '../../lib/bank/limits';
import { BankFileSchema } from '../../lib/schema';
import { createNodeSegmenter } from '../../lib/segment-node';

const file = (phrases: unknown[], extra: object = {}) => JSON.stringify({ formatVersion: 1, phrases, ...extra });

describe('a hand-written bank file', () => {
  it('is read with nothing but text per phrase; ids come from the wording and are stable', () => {
    const bank = parseBankText(file([{ text: '增强“四个意识”' }, { text: '存在学习不够深入的问题' }]));
    expect(BankFileSchema.safeParse(bank).success).toBe(true);
    expect(bank.skeletons).toEqual([]);
    expect(bank.phrases[0]).toMatchObject({ text: '增强“四个意识”', tags: [], kind: 'sentence', docCount: 1 });
    expect(bank.phrases[0]!.id).toMatch(/^p_[0-9a-f]{16}$/);
    expect(parseBankText(file([{ text: '增强“四个意识”' }])).phrases[0]!.id).toBe(bank.phrases[0]!.id);
    // The section is guessed from the wording when the file names none.
    expect(bank.phrases[1]!.role).toBe('problem');
  });

  it('as the README describes it (text, role, tags) is read, with sections named in either language', () => {
    const bank = parseBankText(
      file([
        { text: '理论学习不够深入', role: '存在问题', tags: ['学习'] },
        { text: '持续深化理论武装', role: 'Plans', tags: '学习、理论' },
        { text: '认真落实一岗双责', role: 'work', tags: [] },
      ]),
    );
    expect(bank.phrases.map((p) => p.role)).toEqual(['problem', 'plan', 'work']);
    expect(bank.phrases[1]!.tags).toEqual(['学习', '理论']);
  });

  it('keeps ids the file gives, and never gives a generated id that one of them has', () => {
    const bank = parseBankText(file([{ id: 'mine', text: '第一条表述' }, { text: '第二条表述' }]));
    expect(bank.phrases[0]!.id).toBe('mine');
    expect(new Set(bank.phrases.map((p) => p.id)).size).toBe(2);
  });

  it('a skeleton needs only its title and outline', () => {
    const bank = parseBankText(file([], { skeletons: [{ title: '{{年度}}{{单位}}工作总结', outline: [{ title: '主要工作', role: 'work' }] }] }));
    expect(bank.skeletons[0]).toMatchObject({ docType: '工作总结', opening: [], sources: [] });
    expect(bank.skeletons[0]!.id).toMatch(/^s_/);
  });

  it('names a phrase without text, and an unknown section', () => {
    const refusal = (text: string) => {
      try {
        parseBankText(text);
      } catch (error) {
        expect(error).toBeInstanceOf(BankInputError);
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refusal(file([{ text: '正常表述' }, { role: 'work' }]))).toMatch(/第 2 条表述的「文字」缺失或类型不对/);
    expect(refusal(file([{ text: '正常表述', role: '随便' }]))).toMatch(/第 1 条表述的「章节」/);
  });

  it('the importing page fills in jieba tokens and tags where the file gave none, and leaves given ones', async () => {
    const segmenter = createNodeSegmenter();
    let loaded = 0;
    const load = async () => (loaded++, segmenter);
    const text = await completeTokens(file([{ text: '坚持以人民为中心的发展思想' }, { text: '已有分词', tokens: ['已有', '分词'], tags: ['x'] }]), load);
    const bank = parseBankText(text);
    expect(bank.phrases[0]!.tokens).toContain('发展');
    expect(bank.phrases[0]!.tags.length).toBeGreaterThan(0);
    expect(bank.phrases[1]!.tokens).toEqual(['已有', '分词']);
    expect(loaded).toBe(1);
    // Nothing to fill: jieba is not loaded, the text is passed on as it was.
    const complete = file([{ text: '已有分词', tokens: ['已有'] }]);
    expect(await completeTokens(complete, load)).toBe(complete);
    expect(await completeTokens('{not json', load)).toBe('{not json');
    expect(loaded).toBe(1);
  });
});
