// Each rule kind (#17) on real sentences of the seed documents: the slips they must flag and
// the near-misses they must leave alone.
import { describe, expect, it } from 'vitest';
import { applyFindings, checkDocument, fixText, flaggedAmong, flagsOf, type Finding } from '@/lib/check/check';

const found = (text: string | string[], asOf?: string) => checkDocument(text, undefined, { asOf }).map((f) => [f.kind, f.text, f.replacement ?? null]);
const none = (text: string | string[], asOf?: string) => expect(checkDocument(text, undefined, { asOf })).toEqual([]);

describe('fixed formulations', () => {
  it('flags the wrong variants with the exact form', () => {
    expect(found('促进干部队伍增强“四种意识”，做到政治明白、信念坚定。')).toEqual([['fixed', '四种意识', '四个意识']]);
    expect(found('围绕习近平新时代社会主义思想开展集中学习研讨。')).toEqual([['fixed', '习近平新时代社会主义思想', '习近平新时代中国特色社会主义思想']]);
    expect(found('确保班子成员“一岗两责”落到实处。')).toEqual([['fixed', '一岗两责', '一岗双责']]);
  });
  it('leaves the right forms and longer words alone', () => {
    none('进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义。');
    none('认真落实“三会一课”制度，推进“两学一做”学习教育常态化制度化，落实中央八项规定精神。');
    none('分析了当前社会中的四种意识形态。');
  });
});

describe('outdated formulations', () => {
  it('flags a renamed body in a document dated after the change, with the current name', () => {
    expect(found('国土资源部会同有关部门研究提出了办理意见。', '2019-06-01')).toEqual([['outdated', '国土资源部', '自然资源部']]);
    expect(found('由农业部、环境保护部负责。')).toEqual([
      ['outdated', '农业部', '农业农村部'],
      ['outdated', '环境保护部', '生态环境部'],
    ]);
    expect(found('为全面建设小康社会作出新贡献。', '2013-01-01')).toEqual([['outdated', '全面建设小康社会', '全面建成小康社会']]);
  });
  it('not before the change, not inside a longer word, not after 原', () => {
    none('国土资源部会同民政部、财政部、水利部研究提出了办理意见。', '2004-12-31');
    none('各级农业部门、文化部门和环境保护部门要加强协调。');
    none('原国土资源部、原农业部的职责整合后，自然资源部、农业农村部履行相应职责。');
    none('加强企业文化建设，对农业部署作出安排。');
  });
  it('a replacement that is not certain is suggested, never applied by a fix', () => {
    const [finding] = checkDocument('国家质检总局负责出入境检验检疫。');
    expect(finding).toMatchObject({ kind: 'outdated', replacement: '国家市场监督管理总局', autoFix: false });
    expect(fixText('国家质检总局负责出入境检验检疫。')).toBe('国家质检总局负责出入境检验检疫。');
  });
});

describe('的/地/得', () => {
  it('地 before a verb with its object, 得 before a complement', () => {
    expect(found('进一步增强党支部的凝聚力和战斗力，有力的促进各项业务工作的顺利开展。')).toEqual([['de-di-de', '有力的促进', '有力地促进']]);
    expect(found('要积极的推进改革，认真的学习党章党规。')).toEqual([
      ['de-di-de', '积极的推进', '积极地推进'],
      ['de-di-de', '认真的学习', '认真地学习'],
    ]);
    expect(found('在接地气、解民忧方面做的不够，工作做的很好。')).toEqual([
      ['de-di-de', '做的不够', '做得不够'],
      ['de-di-de', '做的很好', '做得很好'],
    ]);
    expect(found('六是全面的加强政府建设。')).toEqual([['de-di-de', '全面的加强', '全面地加强']]);
  });
  it('not before a noun or a noun compound, not where the verb is an object', () => {
    none('发挥积极的推动作用，采取有效的措施，实施积极的财政政策。');
    none('各项工作得到了有力的促进，给予大力的支持。');
    none('形成认真的学习态度，培养一批积极的参与者。');
    none('这是我们所做的很好的工作，带来的好处很多。');
  });
});

describe('numbering', () => {
  it('flags a marker of the wrong form', () => {
    expect(found(['一、总体要求', '（一）、指导思想', '二.基本原则', '1、试点先行', '(2)稳步推开'])).toEqual([
      ['numbering', '（一）、', '（一）'],
      ['numbering', '二.', '二、'],
      ['numbering', '1、', '1.'],
      ['numbering', '(2)', '（2）'],
    ]);
  });
  it('flags a skipped or repeated number within a level, with the heading hierarchy', () => {
    const doc = ['一、主要工作', '（一）抓思想。', '（二）抓班子。', '二、存在问题', '（一）学习不够。', '（三）示范作用仍需增强。', '（三）履责力度还需加大。'];
    expect(checkDocument(doc).map((f) => [f.text, f.start])).toEqual([
      ['（三）', doc.slice(0, 5).join('\n').length + 1],
      ['（三）', doc.slice(0, 6).join('\n').length + 1],
    ]);
  });
  it('numbering that runs on across parents (国务院 style), a new list at 1, an 附件 list, figures', () => {
    none(['一、总体要求', '（一）指导思想。', '（二）基本原则。', '二、重点任务', '（三）加强建设。', '（四）完善制度。']);
    none(['一、任务', '1.试点。', '2.推广。', '二、保障', '1.加强领导。', '2.强化考核。']);
    none(['附件：1.国土资源部关于巴东县地质险情调研情况的报告', '2.湖北省巴东县官渡口镇马鬃山村地质险情专家意见'], '2004-12-31');
    none(['4.2 国家级应急响应', '1.5倍以上的增长。']);
    none(['（二）引导消费理念。', '（三）改善消费条件。']);
  });
});

describe('punctuation', () => {
  it('half-width marks between Chinese characters become full width', () => {
    expect(found('免予缴纳个人所得税;在中国境内居住累计满六年的。')).toEqual([['punctuation', ';', '；']]);
    expect(found('提高监督管理效率和水平。(生态环境部指导)')).toEqual([
      ['punctuation', '(', '（'],
      ['punctuation', ')', '）'],
    ]);
  });
  it('leaves figures, times, Latin text and list markers alone', () => {
    none('增长6.5%，10:30召开会议，共计1,000人，参见GB/T 15834(2011).');
    none('4.2 国家级(I级)应急响应'.replace('(I级)', '（I级）'));
  });
  it('flags a quotation mark, title mark or bracket left unpaired in its paragraph', () => {
    expect(found('促进干部队伍增强“四个意识，做到政治明白。')).toEqual([['punctuation', '“', null]]);
    expect(found(['按照《国务院工作规则要求。', '做好工作。', '落实》。'])).toEqual([
      ['punctuation', '《', null],
      ['punctuation', '》', null],
    ]);
  });
  it('an enumeration comma next to another mark or ending a paragraph', () => {
    expect(found('加强党的政治建设、思想建设、，组织建设。')).toEqual([['punctuation', '、', '']]);
    expect(applyFindings('包括教育、卫生、。', checkDocument('包括教育、卫生、。'))).toBe('包括教育、卫生。');
    none('“双随机、一公开”监管，省（区、市）人民政府，“放管服”改革、“互联网+政务服务”。');
  });
  it('a title set over two lines pairs across the line break', () => {
    none(['国务院办公厅关于印发《政府网站集约化', '试点工作方案》的通知']);
  });
});

describe('repetition', () => {
  const sentence = '各地区要高度重视，扎实做好工作。';
  it('a stock phrase used more than three times within about a page, with the bank’s alternatives', () => {
    const findings = checkDocument(sentence.repeat(4), undefined, { alternatives: (p) => (p === '高度重视' ? ['高度重视', '摆上重要位置'] : []) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'repetition', text: '高度重视', start: sentence.length * 3 + 4, alternatives: ['摆上重要位置'] });
    none(sentence.repeat(3));
    none([sentence.repeat(2), '这里是别的话。'.repeat(250), sentence.repeat(2)]);
  });
  it('a lead-in repeated, not a subject', () => {
    expect(checkDocument('同时，要加强领导。同时，要压实责任。同时，要强化保障。同时，要加强宣传。')).toMatchObject([{ kind: 'repetition', text: '同时，' }]);
    none('行政执法机关要公开。行政执法机关要记录。行政执法机关要审核。行政执法机关要负责。');
  });
});

describe('offsets and fixes', () => {
  it('offsets are in the paragraphs joined by \\n, and applying every certain fix gives the right text', () => {
    const paragraphs = ['一、主要工作', '（一）、增强“四种意识”,有力的促进各项工作。'];
    const findings: Finding[] = checkDocument(paragraphs);
    const text = paragraphs.join('\n');
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(applyFindings(text, findings)).toBe('一、主要工作\n（一）增强“四个意识”，有力地促进各项工作。');
  });
  it('flagsOf judges a phrase on its own: no numbering, no repetition, every replaced form', () => {
    expect(flagsOf('国土资源部会同有关部门').map((f) => f.ruleId)).toEqual(['outdated.ziranziyuan']);
    expect(flagsOf('（三）高度重视')).toEqual([]);
    expect(flagsOf('增强“四个意识”')).toEqual([]);
  });
  it('flaggedAmong finds in one pass what flagsOf finds phrase by phrase, brackets never pairing across phrases', () => {
    const phrases = ['增强“四个意识”', '按照《国务院工作规则', '要求》做好', '国土资源部会同', '农业部门', '有力的促进各项工作', '一行\n两行（'];
    expect([...flaggedAmong(phrases)].sort()).toEqual(phrases.map((p, i) => (flagsOf(p).length ? i : -1)).filter((i) => i >= 0));
    expect([...flaggedAmong(phrases)].sort()).toEqual([1, 2, 3, 5, 6]);
  });
});
