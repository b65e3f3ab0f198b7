// WebDAV accounts (#16): kept only in this browser's extension storage (storage.local), one
// per use: `sub:<subscription id>`, `publish`, `personal`. Never in the bank's IndexedDB
// (backups and exports copy that), a bank file, a URL, a message or a log. The background
// reads an account when it makes a request and sends it nowhere but that server.
import type { Account } from './webdav';

export type AccountStore = {
  get(use: string): Promise<Account | undefined>;
  set(use: string, account: Account): Promise<void>;
  remove(use: string): Promise<void>;
};

export const ACCOUNTS_KEY = 'webdavAccounts';

type StorageArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

/** The store over an extension storage area (browser.storage.local). */
export function storageAccounts(area: StorageArea): AccountStore {
  const all = async () => ((await area.get(ACCOUNTS_KEY))[ACCOUNTS_KEY] as Record<string, Account> | undefined) ?? {};
  return {
    get: async (use) => (await all())[use],
    set: async (use, account) => area.set({ [ACCOUNTS_KEY]: { ...(await all()), [use]: { user: account.user, password: account.password } } }),
    remove: async (use) => {
      const { [use]: _gone, ...rest } = await all();
      await area.set({ [ACCOUNTS_KEY]: rest });
    },
  };
}

/** The same in memory (Node tests). */
export function memoryAccounts(): AccountStore {
  const kept = new Map<string, Account>();
  return { get: async (use) => kept.get(use), set: async (use, account) => void kept.set(use, account), remove: async (use) => void kept.delete(use) };
}

/** The account to use: the one typed now, else the one kept for this use (a blank password
 * field means "keep the saved one"), else none. */
export async function accountFor(store: AccountStore, use: string, user?: string, password?: string): Promise<Account | undefined> {
  const typed = user?.trim();
  if (typed && password) return { user: typed, password };
  const kept = await store.get(use);
  if (typed && kept && kept.user === typed) return kept;
  return typed ? { user: typed, password: password ?? '' } : kept;
}
