// Issue #20: after a phrase or an outline with unfilled fields goes in, Tab selects the next
// 【待填：…】 marker in the editor, Shift+Tab the previous, typing replaces it; the editor's
// own model is what is checked (window.jukuFixture). And the 述职报告 outline filled with two
// different problems gives two different lines, with no slot repeated.
import { describe, expect, it } from 'vitest';
import { PALETTE, useTab, type Tab } from './driver/tab';
import { EDITOR_FIXTURES } from './fixtures/editors/selectors';

const browser = useTab();
const modelText = (tab: Tab) => tab.modelText();
const selected = (tab: Tab) => tab.selectedText();

const FIXTURES = [
  { name: 'textarea', page: '/textarea.html', editable: '#editor' },
  ...EDITOR_FIXTURES.filter((f) => f.name === 'quill' || f.name === 'tiptap'),
];

/** Types the opening of 「全年共开展主题党日活动{{数量}}次…」 and accepts whichever row with a field the (gated) list offers. */
async function acceptRowWithField(page: Tab): Promise<void> {
  await page.type('全年共开展主题党日');
  await expect.poll(() => page.listVisible(), { timeout: 5000 }).toBe(true);
  const rows = await page.listTexts();
  const row = rows.findIndex((text) => text.includes('【待填：数量】'));
  expect(row, rows.join(' | ')).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < row; i++) await page.press('ArrowDown');
  await page.press(row === 0 ? 'Tab' : 'Enter');
}

describe('inline: Tab moves through the fields of an accepted phrase', () => {
  it.each(FIXTURES)('$name', async (fixture) => {
    const { tab: page } = browser;
    await page.open(fixture.page);
    await page.focusEditor(fixture);
    await acceptRowWithField(page);
    await expect.poll(() => modelText(page), { timeout: 5000 }).toMatch(/^全年共开展主题党日活动【待填：数量】次/);
    const inserted = await modelText(page);
    const markers = inserted.split('【待填：数量】').length - 1;
    expect(markers).toBeGreaterThanOrEqual(1);

    // Tab: the next marker; typing replaces it. Shift+Tab goes back to the previous one
    // (with one marker left, itself).
    for (let i = 1; i <= markers; i++) {
      await page.press('Tab');
      await expect.poll(() => selected(page)).toBe('【待填：数量】');
      if (i === markers) {
        await page.press('Shift+Tab');
        await expect.poll(() => selected(page)).toBe('【待填：数量】');
      }
      await page.type(String(10 + i));
      await expect.poll(async () => (await modelText(page)).split('【待填：数量】').length - 1).toBe(markers - i);
    }
    const filled = await modelText(page);
    expect(filled).not.toContain('【待填');
    expect(filled).toBe(Array.from({ length: markers }, (_, i) => String(11 + i)).reduce((text, value) => text.replace('【待填：数量】', value), inserted));
    // No field left: Tab is the page's again (the model is not changed by us).
    await expect(page.listVisible()).resolves.toBe(false);
  });

  it('Esc ends field mode: Tab then no longer selects a marker', async () => {
    const { tab: page } = browser;
    await page.open('/textarea.html');
    await page.click('#editor');
    await acceptRowWithField(page);
    await expect.poll(() => modelText(page), { timeout: 5000 }).toContain('【待填：数量】');
    await page.press('Escape');
    await page.press('Tab');
    await page.wait(200);
    expect(await selected(page)).toBe('');
  });
});

describe('the 述职报告 outline: two different problems, two different lines, no slot repeated', () => {
  it('textarea, through the palette form', async () => {
    const { tab: page } = browser;
    // 单位, 职务 and 姓名 come from the profile (the same value wherever they appear).
    await page.driver.setExtensionStorage({ profile: { unit: '市财政局', title: '局长', name: '张三' } });
    await page.open('/textarea.html');
    await page.click('#editor');
    await page.press('Alt+j');
    await expect.poll(() => page.paletteFocused()).toBe(true);
    await page.type('述职');
    const results = () => page.texts(PALETTE, '[role="listbox"][aria-label="搜索结果"] [role="option"]');
    await expect.poll(async () => (await results())[0], { timeout: 5000 }).toMatch(/^述职报告/);
    await page.press('Enter');
    await expect.poll(() => page.shows(`${PALETTE} form[aria-label="填写字段"]`)).toBe(true);
    /** Puts the focus in the form's field labelled `label` (inside the palette's shadow root). */
    const focusField = (label: string) =>
      page.run(
        `const field = [...first(document, ${JSON.stringify(PALETTE)}).querySelectorAll('form label')].find((l) => l.querySelector('span')?.textContent === label);
         field.querySelector('input').focus();`,
        { label },
      );
    await focusField('问题一');
    await page.type('理论学习不够深入');
    await focusField('问题二');
    await page.type('调查研究不够经常');
    // The preview marks where the focused field lands.
    await expect.poll(() => page.texts(PALETTE, 'mark.juku-field-here')).toEqual(['调查研究不够经常']);
    await page.press('Control+Enter');
    await expect.poll(() => modelText(page), { timeout: 5000 }).toContain('调查研究不够经常');
    const text = await modelText(page);
    expect(text).toContain('一是理论学习不够深入；二是调查研究不够经常');
    expect(text.split('理论学习不够深入').length - 1).toBe(1);
    // No slot is filled twice: every remaining marker names a different field.
    const markers = [...text.matchAll(/【待填：([^】]+)】/g)].map((m) => m[1]);
    expect(new Set(markers).size).toBe(markers.length);
    // And Tab moves to the first field left after the caret.
    await page.press('Tab');
    await expect.poll(() => selected(page)).toMatch(/^【待填：/);
  });
});
