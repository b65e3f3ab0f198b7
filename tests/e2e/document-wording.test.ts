// Issue 12: the text above the caret offers its own wording. A programme the document named
// in its first paragraph (no bank has it) comes back when the writer types its opening in
// the next one: the row says 「本文」, Tab inserts the rest once into the editor's model,
// one Ctrl+Z gives back what was typed. Both browsers, in a textarea and in real editors.
import { describe, expect, it } from 'vitest';
import { useTab, type Scope } from './driver/tab';
import { EDITOR_FIXTURES } from './fixtures/editors/selectors';

const browser = useTab();

const FIRST = '为推进“青禾计划”乡村数字助理培训工作，现将有关事项通知如下。';
const TYPED = '要把“青禾计划”乡村数字';
const NAME_REST = '助理培训工作';

const FIELDS: Array<Scope & { name: string; page: string; editable: string }> = [
  { name: 'textarea', page: '/textarea.html', editable: '#editor' },
  ...EDITOR_FIXTURES.filter((f) => ['quill', 'tiptap', 'ckeditor5', 'wangeditor', 'tinymce'].includes(f.name)),
];

describe.each(FIELDS)('$name', (fixture) => {
  it('offers a name from the paragraph above, marked 本文; Tab inserts it once, Ctrl+Z restores', async () => {
    const { tab } = browser;
    await tab.open(fixture.page);
    await tab.focusEditor(fixture);
    await tab.type(FIRST);
    await tab.press('Enter');
    await tab.type(TYPED);
    await expect.poll(() => tab.paragraphs(fixture)).toEqual([FIRST, TYPED]);
    await expect.poll(() => tab.listVisible(fixture), { timeout: 5000 }).toBe(true);
    const rows = await tab.listTexts(fixture);
    const labels = await tab.texts('[role="listbox"]', '[role="option"] .juku-role', fixture);
    // The row reads as the text will after Tab: the agreeing words typed, then the rest.
    expect(rows[0]).toBe('“青禾计划”乡村数字' + NAME_REST);
    expect(labels[0]).toBe('本文');
    await tab.press('Tab');
    await expect.poll(() => tab.paragraphs(fixture), { timeout: 5000 }).toEqual([FIRST, TYPED + NAME_REST]);
    expect((await tab.modelText(fixture)).split(NAME_REST).length - 1).toBe(2);
    await tab.press('Control+z');
    await expect.poll(() => tab.paragraphs(fixture)).toEqual([FIRST, TYPED]);
  });
});
