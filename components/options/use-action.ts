// One action at a time on an options panel: what it is doing while it runs, then its result
// (role=status) or its failure (role=alert), and the panel's buttons disabled meanwhile.
import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { errorText } from '../bank/shared';

export function useAction(t: Translate) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  /** Runs `action`; `working` is said while it runs (a large bank takes seconds). */
  const act = async (action: () => Promise<string | null>, working: string | null = null) => {
    setError(null);
    setStatus(working);
    setBusy(true);
    try {
      setStatus(await action());
    } catch (e) {
      setStatus(null);
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, status, setError, act };
}
