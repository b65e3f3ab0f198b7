// #20: the words Juku shows — auto-tags and the settings' labels — read as a writer of 公文
// would write them.
import { describe, expect, it } from 'vitest';
import { KeywordRanker } from '@/lib/corpus/keywords';
import { translator } from '@/lib/i18n';

describe('auto-tags', () => {
  it('are content words, not segmentation debris or plain verbs', () => {
    const ranker = new KeywordRanker([['意识形态'], ['管理']]);
    const tags = ranker.keywords([
      { word: '现将', tag: 'd' },
      { word: '作一', tag: 'x' },
      { word: '简要', tag: 'a' },
      { word: '汇报', tag: 'vn' },
      { word: '强化', tag: 'v' },
      { word: '意识形态', tag: 'n' },
      { word: '管理', tag: 'vn' },
    ]);
    expect(tags.sort()).toEqual(['意识形态', '管理'].sort());
  });
});

describe('settings words', () => {
  const zh = translator('zh-CN');
  const en = translator('en');
  it('name both characters of each palette trigger', () => {
    expect(zh('paletteTriggers')).toContain('//');
    expect(zh('paletteTriggers')).toContain('、、');
    expect(en('paletteTriggers')).toContain('//');
  });

  it('say the on/off switch positively, and have English for every saved status', () => {
    expect(zh('suggestionsOn')).not.toMatch(/暂停|关闭/);
    expect(en('settingsSaved')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zh('currentShortcut', { keys: 'Alt+J' })).toContain('Alt+J');
  });
});
