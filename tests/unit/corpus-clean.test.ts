import { describe, expect, it } from 'vitest';
import { adRuleOf } from '../../lib/corpus/ads';
import { cleanDocument, cleanText } from '../../lib/corpus/clean';
import { normalizePunctuation } from '../../lib/corpus/punctuation';
import { readSeed, seedNames } from './corpus-seeds';

const AD_TEXT = /QQ|##\w*##|会员|订阅|仅供学习|禁止外传|倒卖|整理，咨询|酷乐文行|自建平台/;

describe('cleaning the seeds', () => {
  it.each(seedNames().map((n) => n.slice(0, 3)))('seed %s has no advertising or paywall text left', (prefix) => {
    const text = cleanText(readSeed(prefix));
    expect(text).not.toMatch(AD_TEXT);
    expect(text).not.toMatch(/[ \u3000]/);
    expect(text).not.toMatch(/\n\n/);
  });

  it('removes a paywall marker glued inside a sentence', () => {
    expect(cleanText(readSeed('001'))).toContain('党员干部理论学习成效进一步提升。');
  });

  it('removes a paywall marker at a line start and keeps the heading it preceded', () => {
    expect(cleanDocument(readSeed('004'))).toContain(
      cleanDocument(readSeed('004')).find((l) => l.startsWith('（二）认真履行管党治党责任')),
    );
  });

  it('drops the whole advertising preamble of seed 002, so the title comes first', () => {
    const lines = cleanDocument(readSeed('002'));
    expect(lines[0]).toBe('政府办党组书记抓基层党建工作述职报告');
    expect(lines[1]).toMatch(/^根据区委工作要求/);
    expect(lines[lines.length - 1]).toMatch(/^（五）坚持率先垂范/);
  });

  it('keeps ordinary sentences that contain words ads also use (群众, 关注, 公众号)', () => {
    expect(cleanText(readSeed('000'))).toContain('聚力解决群众关心关注的重点民生问题');
    expect(cleanText(readSeed('003'))).toContain('加强网站、微信公众号等舆论阵地监督管理');
  });

  it('turns blanked figures into typed fields before spaces are dropped', () => {
    const text = cleanText(readSeed('000'));
    expect(text).toContain('统筹资金{{金额}}亿元支持交通基础设施建设');
    expect(text).toContain('全面完成{{数量}}个基层社区服务站建设');
    expect(text).toContain('占一般公共预算支出{{比例}}%');
  });

  it('repairs mismatched curly quotes by alternation', () => {
    const text = cleanText(readSeed('000'));
    expect(text).toContain('班子成员“一岗双责”落到实处');
    expect(text).toContain('既敢于自我“亮丑”，又勇于相互“揭短”');
  });

  it('tolerates a BOM and CRLF line endings', () => {
    const raw = '\uFEFF党组书记述职报告\r\n一、主要工作\r\n认真履行职责。\r\n';
    expect(cleanDocument(raw)).toEqual(['党组书记述职报告', '一、主要工作', '认真履行职责。']);
  });
});

describe('advertising rules are general, not a list of seen strings', () => {
  it.each([
    '关注公众号XXX获取更多范文',
    '加微信 abc123 领取全套资料',
    '本文由某某网整理',
    'QQ群：123456789',
    '更多精品范文请访问 www.example.com',
    '【本资料为会员专享，请勿外传】',
    '扫码加入读者群，每日更新',
    '某某文库整理，联系微信：wenku888',
    '开通VIP即可下载完整版',
  ])('drops 「%s」', (line) => {
    expect(adRuleOf(line)).toBeDefined();
    expect(cleanDocument(`述职报告\n${line}\n一、主要工作\n认真履行职责。`)).toEqual(['述职报告', '一、主要工作', '认真履行职责。']);
  });

  it.each([
    '聚力解决群众关心关注的重点民生问题。',
    '组织党员订阅党报党刊，深入走进群众。',
    '加强网站、微信公众号等舆论阵地监督管理。',
    '认真整理学习笔记，撰写心得体会。',
    '严格落实会议制度，增加群众满意度。',
  ])('keeps 「%s」', (line) => {
    expect(adRuleOf(line)).toBeUndefined();
  });

  it('removes ##paidbegin## glued inside a word, and any ##marker##', () => {
    expect(cleanDocument('报告\n理论学习成##paidbegin##效进一步提升。##PaidEnd##')).toEqual(['报告', '理论学习成效进一步提升。']);
  });

  it('learns a brand from a credit line and drops its bare watermark lines', () => {
    const raw = '述职报告\n一、主要工作\n认真履行职责。\n星火文苑\n加强学习。\n星火文苑整理，咨询QQ12345678';
    expect(cleanDocument(raw)).toEqual(['述职报告', '一、主要工作', '认真履行职责。', '加强学习。']);
  });
});

describe('punctuation', () => {
  it('widens ASCII punctuation next to Chinese and keeps decimals, list markers and times', () => {
    expect(normalizePunctuation('加强学习,提高素质;做到:一是(试行)?')).toBe('加强学习，提高素质；做到：一是（试行）？');
    expect(normalizePunctuation('1.3万余元')).toBe('1.3万余元');
    expect(normalizePunctuation('1.加强学习')).toBe('1.加强学习');
    expect(normalizePunctuation('10:30召开')).toBe('10:30召开');
  });

  it('turns straight quotes into alternating curly quotes', () => {
    expect(normalizePunctuation('落实"一岗双责"和"三会一课"')).toBe('落实“一岗双责”和“三会一课”');
  });
});
