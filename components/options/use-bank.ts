// The options page reads the bank straight from the extension's IndexedDB (it shares the
// background's origin): 100,000 rows arrive in one read instead of through messages. Every
// write still goes through the background, which raises the bank version and refreshes the
// suggestion engine; after a write the page patches its copy or reads again.
import { useCallback, useState } from 'react';
import { JukuDatabase, type StoredPhrase } from '@/lib/db';
import type { Skeleton } from '@/lib/schema';
import { ROLES } from '@/lib/roles';

let shared: JukuDatabase | null = null;
export const pageDb = (): JukuDatabase => (shared ??= new JukuDatabase());

/** Newest edits first, then the bank's own order: by section as reports run, most shared first. */
export function tableOrder(a: StoredPhrase, b: StoredPhrase): number {
  return b.updatedAt - a.updatedAt || ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || b.docCount - a.docCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type BankData = {
  phrases: StoredPhrase[];
  uses: Map<string, number>;
  skeletons: Skeleton[];
  loaded: boolean;
  error: string | null;
  reload: () => Promise<void>;
  /** Replace or remove rows after a write the page knows the result of. */
  patch: (changed: StoredPhrase[], removed?: readonly string[]) => void;
};

export function useBank(): BankData {
  const [phrases, setPhrases] = useState<StoredPhrase[]>([]);
  const [uses, setUses] = useState<Map<string, number>>(new Map());
  const [skeletons, setSkeletons] = useState<Skeleton[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const db = pageDb();
      const [rows, usage, outlines] = await db.transaction('r', db.phrases, db.usage, db.skeletons, () =>
        Promise.all([db.phrases.toArray(), db.usage.toArray(), db.skeletons.toArray()]),
      );
      setPhrases(rows.sort(tableOrder));
      setUses(new Map(usage.map((u) => [u.phraseId, u.count])));
      setSkeletons(outlines);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoaded(true);
    }
  }, []);

  const patch = useCallback((changed: StoredPhrase[], removed: readonly string[] = []) => {
    const gone = new Set([...removed, ...changed.map((p) => p.id)]);
    setPhrases((rows) => [...changed, ...rows.filter((p) => !gone.has(p.id))].sort(tableOrder));
  }, []);

  return { phrases, uses, skeletons, loaded, error, reload, patch };
}
