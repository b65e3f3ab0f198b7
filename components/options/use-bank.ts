// The options page reads the bank straight from the extension's IndexedDB (it shares the
// background's origin): 100,000 rows arrive in one read instead of through messages. Every
// write still goes through the background, which raises the bank version and refreshes the
// suggestion engine; after a write the page patches its copy or reads again.
import { useCallback, useRef, useState } from 'react';
import { JukuDatabase, type StoredPhrase } from '@/lib/db';
import type { Skeleton } from '@/lib/schema';
import { ROLES } from '@/lib/roles';
import { allPhrases, countPhrases, phraseTables, somePhrases } from '@/lib/bank/phrase-store';

let shared: JukuDatabase | null = null;
export const pageDb = (): JukuDatabase => (shared ??= new JukuDatabase());

/** Newest edits first, then the bank's own order: by section as reports run, most shared first. */
export function tableOrder(a: StoredPhrase, b: StoredPhrase): number {
  return b.updatedAt - a.updatedAt || ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || b.docCount - a.docCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Rows read first, with the count, so a large bank shows at once (100,000 rows take
 * seconds to come out of IndexedDB); the rest follow in the same reload. */
const FIRST_ROWS = 400;

export type BankData = {
  phrases: StoredPhrase[];
  /** Phrases in the bank; more than `phrases.length` until the whole bank is read. */
  total: number;
  /** Every phrase is in `phrases` (search and filters then cover the whole bank). */
  complete: boolean;
  uses: Map<string, number>;
  skeletons: Skeleton[];
  loaded: boolean;
  error: string | null;
  /** Reads the bank again; resolves to the number of phrases read (0 after a failure). */
  reload: () => Promise<number>;
  /** Replace or remove rows after a write the page knows the result of. */
  patch: (changed: StoredPhrase[], removed?: readonly string[]) => void;
};

export function useBank(): BankData {
  const [phrases, setPhrases] = useState<StoredPhrase[]>([]);
  const [total, setTotal] = useState(0);
  const [complete, setComplete] = useState(false);
  const [uses, setUses] = useState<Map<string, number>>(new Map());
  const [skeletons, setSkeletons] = useState<Skeleton[]>([]);
  const [loaded, setLoaded] = useState(false);
  const everComplete = useRef(false);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    let read = 0;
    try {
      const db = pageDb();
      // A first page and the count, shown while the whole bank is read. Only on the first
      // read: a reload after an edit keeps the full table until the new one is ready.
      if (!everComplete.current) {
        const [first, count] = await db.transaction('r', phraseTables(db), () => Promise.all([somePhrases(db, FIRST_ROWS), countPhrases(db)]));
        if (!everComplete.current) {
          setPhrases(first.sort(tableOrder));
          setTotal(count);
          setLoaded(true);
        }
      }
      const [rows, usage, outlines] = await db.transaction('r', [...phraseTables(db), db.usage, db.skeletons], () =>
        Promise.all([allPhrases(db), db.usage.toArray(), db.skeletons.toArray()]),
      );
      everComplete.current = true;
      setPhrases(rows.sort(tableOrder));
      setComplete(true);
      read = rows.length;
      setUses(new Map(usage.map((u) => [u.phraseId, u.count])));
      setSkeletons(outlines);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoaded(true);
    }
    return read;
  }, []);

  const patch = useCallback((changed: StoredPhrase[], removed: readonly string[] = []) => {
    const gone = new Set([...removed, ...changed.map((p) => p.id)]);
    setPhrases((rows) => [...changed, ...rows.filter((p) => !gone.has(p.id))].sort(tableOrder));
  }, []);

  return { phrases, total: complete ? phrases.length : total, complete, uses, skeletons, loaded, error, reload, patch };
}
