// Puts a benchmark bank straight into the extension's IndexedDB from an extension page
// (it shares the extension's origin), raising the bank version as every write does, then
// stops the service worker (which read the bank it had when it started), so the
// background builds its engine from this bank on the next request.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BankFileSchema } from '@/lib/schema';
import { benchBank } from './bench-bank';
import type { StoredPhrase } from '@/lib/db';
import { bucketRecordsOf, PHRASE_COUNT_KEY } from '@/lib/bank/phrase-store';

export function benchRecords(size: number) {
  const bank = BankFileSchema.parse(JSON.parse(readFileSync('assets/default-bank.json', 'utf8')));
  return benchBank(bank.phrases, size).map((e) => ({
    ...e,
    tags: [],
    kind: 'sentence',
    sources: [],
    origin: 'user',
    favorite: false,
    updatedAt: 1,
  }));
}

/** `extensionPage` must be a page of the extension (e.g. popup.html) that has loaded. */
export async function installBenchBank(extensionPage: Page, size: number): Promise<void> {
  const records = benchRecords(size) as unknown as StoredPhrase[];
  await extensionPage.evaluate(async ({ buckets, count, countKey }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('juku');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['phraseBuckets', 'settings'], 'readwrite');
      tx.objectStore('phraseBuckets').clear();
      for (const bucket of buckets) tx.objectStore('phraseBuckets').put(bucket);
      tx.objectStore('settings').put({ key: countKey, value: count });
      tx.objectStore('settings').put({ key: 'bankVersion', value: Date.now() });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { buckets: bucketRecordsOf(records), count: records.length, countKey: PHRASE_COUNT_KEY });
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
