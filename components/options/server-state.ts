// One line for a server's state (#16), the same for a subscription and for sync: failing
// since when and why (the last good copy kept), or the last success, or never yet.
import type { MessageKey, Translate } from '@/lib/i18n';
import type { Bilingual } from '@/lib/bank/limits';

type State = { failingSince?: number; lastError?: Bilingual; lastGoodAt?: number };

export function serverStateText(t: Translate, state: State, keys: { failing: MessageKey; good: MessageKey; never: MessageKey }): string {
  const when = (ms: number) => new Date(ms).toLocaleString(t.locale);
  if (state.failingSince !== undefined && state.lastError) return t(keys.failing, { since: when(state.failingSince), error: t.locale === 'en' ? state.lastError.en : state.lastError.zh });
  if (state.lastGoodAt !== undefined) return t(keys.good, { time: when(state.lastGoodAt) });
  return t(keys.never);
}
