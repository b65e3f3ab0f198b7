// Many tabs (#15): the change signal reaches other pages (not the one that wrote), a burst
// makes one read, and an undo names the edit it takes back.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { announceBankChange, onBankChange, PAGE_ID, senderPageOf } from '@/lib/bank/change-signal';
import { JukuDatabase } from '@/lib/db';
import { addPhrase } from '@/lib/bank/phrases';
import { pendingUndo, undoLast } from '@/lib/bank/undo';
import { allPhrases } from '@/lib/bank/phrase-store';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('the bank-change signal', () => {
  it('tells a page of another page\'s change, once per burst, and never of its own', async () => {
    let reads = 0;
    stops.push(onBankChange(() => void reads++));
    for (let i = 0; i < 20; i++) announceBankChange('another-page');
    await wait(400);
    expect(reads).toBe(1);
    announceBankChange(PAGE_ID);
    await wait(400);
    expect(reads).toBe(1);
    announceBankChange();
    await wait(400);
    expect(reads).toBe(2);
  });

  it('never runs two reads at once: a change during a read makes one more after it', async () => {
    let running = 0;
    let most = 0;
    let reads = 0;
    stops.push(
      onBankChange(async () => {
        running++;
        most = Math.max(most, running);
        reads++;
        await wait(300);
        running--;
      }),
    );
    announceBankChange('a');
    await wait(250);
    announceBankChange('b');
    announceBankChange('c');
    await wait(1200);
    expect(most).toBe(1);
    expect(reads).toBe(2);
  });

  it('reads the sender page only from a short string', () => {
    expect(senderPageOf({ type: 'x', from: 'abc' })).toBe('abc');
    expect(senderPageOf({ type: 'x', from: 42 })).toBeUndefined();
    expect(senderPageOf({ type: 'x', from: 'x'.repeat(100) })).toBeUndefined();
    expect(senderPageOf(null)).toBeUndefined();
  });
});

describe('undo across tabs', () => {
  let db: JukuDatabase;
  afterEach(async () => db?.delete());

  it('undoes the edit the page showed, and refuses when another page edited since', async () => {
    db = new JukuDatabase(`undo-tabs-${Math.random()}`);
    await addPhrase(db, { text: '甲页添加的表述', role: 'work', tags: [], tokens: [] }, 1000);
    const shownInFirstTab = (await pendingUndo(db))!;
    await addPhrase(db, { text: '乙页后来添加的表述', role: 'work', tags: [], tokens: [] }, 2000);
    const before = await allPhrases(db);
    await expect(undoLast(db, shownInFirstTab.at)).rejects.toThrow(/另一个页面/);
    expect(await allPhrases(db)).toEqual(before);
    const shownNow = (await pendingUndo(db))!;
    await undoLast(db, shownNow.at);
    expect((await allPhrases(db)).map((p) => p.text)).toEqual(['甲页添加的表述']);
  });
});
