// Many tabs (#15): two options pages and the popup writing at once lose no change; every
// open page shows the bank as it now is without a reload; an undo never takes back another
// tab's change silently.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from '../e2e/harness';
import { answer, ask, bankState, extensionPage, watchExtensionRequests } from './extension';
import { record, survive } from './record';

const browser = useExtensionBrowser();
const EACH = 30;
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

async function optionsPage(): Promise<Page> {
  const page = await extensionPage(browser.harness.context, browser.harness.extensionId, 'options.html');
  await page.getByTestId('options-stats').waitFor();
  return page;
}

const shownCount = async (page: Page) => Number(/显示 (\d+)/.exec((await page.getByTestId('shown-count').textContent()) ?? '')?.[1]);
const popupCount = async (page: Page) => Number(/(\d[\d,]*)/.exec((await page.getByTestId('bank-stats').textContent()) ?? '')?.[1]?.replace(/,/g, ''));

describe('two options tabs and the popup at once', () => {
  it('lose no change, show each other\'s edits without a reload, and undo only what they show', async () => {
    const { harness } = browser;
    const requests = watchExtensionRequests(harness.context, harness.extensionId);
    const first = await optionsPage();
    const second = await optionsPage();
    const popup = await extensionPage(harness.context, harness.extensionId, 'popup.html');
    await popup.getByTestId('bank-stats').waitFor();
    const before = await bankState(first);

    await survive('fault', `${EACH * 3} writes from two options tabs and the popup at once`, async () => {
      const writer = (page: Page, label: string) =>
        Promise.all(
          Array.from({ length: EACH }, (_, i) =>
            answer(page, { type: 'bankAddPhrase', text: `${label}同时写入的第${i}条表述`, role: 'work', tags: [label], tokens: [] }),
          ),
        );
      await Promise.all([writer(first, '甲页'), writer(second, '乙页'), writer(popup, '弹窗')]);
      const after = await bankState(first, ['甲页', '乙页', '弹窗']);
      expect(after.labelled).toEqual({ 甲页: EACH, 乙页: EACH, 弹窗: EACH });
      expect(after.phrases).toBe(before.phrases + EACH * 3);
      expect(after.countSetting).toBe(after.phrases);
      return `${after.phrases - before.phrases}/${EACH * 3} kept`;
    });

    await survive('fault', 'every open page shows another page\'s edit without a reload', async () => {
      const total = (await bankState(first)).phrases;
      await eventually(() => shownCount(first)).toBe(total);
      await eventually(() => shownCount(second)).toBe(total);
      await eventually(() => popupCount(popup)).toBe(total);
      // One more from the popup's own form path (a request as the popup sends it): the two options tabs follow.
      await answer(popup, { type: 'bankAddPhrase', text: '弹窗里再添加的一条表述', role: 'work', tags: [], tokens: [] });
      await eventually(() => shownCount(first)).toBe(total + 1);
      await eventually(() => shownCount(second)).toBe(total + 1);
      return `both options tabs and the popup show ${total + 1} phrases`;
    });

    await survive('fault', 'an undo never takes back another tab\'s edit silently', async () => {
      // The first tab edits; its undo names that edit.
      await answer(first, { type: 'bankAddPhrase', text: '甲页自己的修改', role: 'work', tags: [], tokens: [] });
      const mine = (await answer(first, { type: 'bankUndoState' })).undo;
      // The second tab edits after it.
      await answer(second, { type: 'bankAddPhrase', text: '乙页后来的修改', role: 'work', tags: [], tokens: [] });
      const stateBefore = await bankState(first);
      // The first tab's undo of what it showed is refused, with the reason, and changes nothing.
      const refused = await ask(first, { type: 'bankUndo', expectedAt: mine.at });
      expect(refused.ok).toBe(false);
      expect(refused.ok ? '' : refused.error).toMatch(/另一个页面/);
      expect(await bankState(first)).toEqual(stateBefore);
      // And its undo button now names the other tab's edit, so an undo there is the writer's choice.
      await first.getByRole('tab', { name: /表述/ }).first().click().catch(() => {});
      await eventually(async () => (await first.locator('.undo').textContent()) ?? '').toMatch(/添加/);
      return 'stale undo refused with the reason; the button names the newer edit';
    });
    record({ kind: 'requests', name: 'many tabs', count: requests().length, urls: requests() });
  });
});
