import { describe, expect, it } from 'vitest';
import { blanksToFields, generalizeFigures } from '../../lib/corpus/fields';
import { cleanText } from '../../lib/corpus/clean';
import { readSeed } from './corpus-seeds';

describe('blanked figures → typed fields', () => {
  it.each([
    ['政府办党组X年度党组书记履职情况', '政府办党组{{年度}}党组书记履职情况'],
    ['制定了《X年政府办党建考核整改台账》', '制定了《{{年度}}政府办党建考核整改台账》'],
    ['统筹资金    亿元支持', '统筹资金{{金额}}亿元支持'],
    ['占一般公共预算支出   %，', '占一般公共预算支出{{比例}}%，'],
    ['明确领导班子责任*项', '明确领导班子责任{{数量}}项'],
    ['召开党组会X次', '召开党组会{{数量}}次'],
    ['按照**市委《关于…》', '按照{{单位}}市委《关于…》'],
    ['集中观看《**》专题片', '集中观看《{{名称}}》专题片'],
    ['深入实施“X党建计划”', '深入实施“{{名称}}党建计划”'],
    ['赴**纪念馆开展党性教育', '赴{{名称}}纪念馆开展党性教育'],
    ['中央和省、**、**市委关于', '中央和省、{{单位}}、{{单位}}市委关于'],
    ['**高度重视', '{{单位}}高度重视'],
    ['与**业务工作同部署', '与{{内容}}业务工作同部署'],
  ])('%s', (input, expected) => {
    expect(blanksToFields(input)).toBe(expected);
  });

  it('leaves Latin words, trailing layout spaces and real numbers alone', () => {
    expect(blanksToFields('使用Excel表格')).toBe('使用Excel表格');
    expect(blanksToFields('差距。  ')).toBe('差距。  ');
    expect(blanksToFields('发展党员3名')).toBe('发展党员3名');
  });

  it('no literal X or * survives cleaning of any seed', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(cleanText(readSeed(prefix)).replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/[X*＊×]/);
    }
  });
});

describe('concrete figures in phrases → fields', () => {
  it('generalizes counts, amounts, percentages and years, but not names in quotes or titles', () => {
    expect(generalizeFigures('共下发各类学习通知11次，培训党员干部300余人（次）')).toBe(
      '共下发各类学习通知{{数量}}次，培训党员干部{{数量}}余人（次）',
    );
    expect(generalizeFigures('送去慰问金1.3万余元')).toBe('送去慰问金{{金额}}万余元');
    expect(generalizeFigures('2023年，我坚持')).toBe('{{年度}}，我坚持');
    expect(generalizeFigures('“1+4+3+1”理论学习体系')).toBe('“1+4+3+1”理论学习体系');
    expect(generalizeFigures('《落实中央八项规定精神30问》')).toBe('《落实中央八项规定精神30问》');
  });
});
