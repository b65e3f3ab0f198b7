// The popup's search reads the whole bank; the background keeps one copy in memory per bank
// version (rebuilt after any write, or after the worker wakes) instead of reading 100,000
// rows on every keystroke.
import type { JukuDatabase, StoredPhrase } from '../db';
import { readBankVersion } from '../background/bank-version';
import { InitialsCache, rankedSearch } from './search';
import { allPhrases, phraseTables } from './phrase-store';

type Loaded = { version: number; phrases: StoredPhrase[]; uses: Map<string, number> };

export class BankSearchCache {
  private loaded: Promise<Loaded> | null = null;
  private readonly initials = new InitialsCache();

  constructor(private readonly db: JukuDatabase) {}

  private async current(): Promise<Loaded> {
    const version = await readBankVersion(this.db);
    const loaded = await this.loaded;
    if (loaded?.version === version) return loaded;
    this.loaded = this.db.transaction('r', [...phraseTables(this.db), this.db.usage], async () => ({
      version,
      phrases: await allPhrases(this.db),
      uses: new Map((await this.db.usage.toArray()).map((u) => [u.phraseId, u.count])),
    }));
    return this.loaded;
  }

  async search(query: string, limit: number): Promise<StoredPhrase[]> {
    const { phrases, uses } = await this.current();
    return rankedSearch(phrases, query, (id) => uses.get(id) ?? 0, this.initials, limit);
  }
}
