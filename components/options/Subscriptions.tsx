// 单位句库订阅 (#16): subscribe to a bank file on the unit's server, see each subscription's
// state (last update, or since when it fails and why), check now, review and apply, and
// unsubscribe. Access to the server's origin is asked for in the click itself (a browser
// grants optional permissions only during a user gesture), and only for that one origin.
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n';
import { sendRequest } from '@/lib/protocol';
import type { CheckResult, Subscription } from '@/lib/sync/subscriptions';
import type { LayerChange } from '@/lib/sync/subscribed-layer';
import { ConfirmDialog } from './ConfirmDialog';
import { useAction } from './use-action';
import { originPatternOf, originsCover } from '@/lib/sync/origin-access';
import { Messages, errorText } from '../bank/shared';

type Props = { t: Translate; onChanged: () => unknown };
type Granted = { origins?: string[]; permissions?: string[] };

/** What to ask the browser for before subscribing to `address`: nothing it already gives
 * (origin-access.ts), the address's origin otherwise, and alarms for the schedule. */
function permissionsToAsk(address: string, granted: Granted): Parameters<typeof browser.permissions.request>[0] | null {
  const wanted: { origins?: string[]; permissions?: Array<'alarms'> } = {};
  if (!granted.permissions?.includes('alarms')) wanted.permissions = ['alarms'];
  try {
    const url = new URL(address.trim());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !originsCover(granted.origins, url)) wanted.origins = [originPatternOf(url)];
  } catch {
    // Not an address: the background names the problem.
  }
  return wanted.origins || wanted.permissions ? wanted : null;
}

export function Subscriptions({ t, onChanged }: Props) {
  const [subscriptions, setSubscriptions] = useState<Subscription[]>([]);
  const [form, setForm] = useState({ name: '', url: '', publicKey: '', review: false });
  const { busy, error, status, setError, act } = useAction(t);
  const [review, setReview] = useState<{ subscription: Subscription; change: LayerChange } | null>(null);
  const [leaving, setLeaving] = useState<Subscription | null>(null);
  const [granted, setGranted] = useState<Granted>({});

  const load = () =>
    sendRequest({ type: 'syncList' })
      .then(({ subscriptions: found }) => setSubscriptions(found))
      .catch((e: unknown) => setError(errorText(e, t)));
  useEffect(() => {
    void load();
    void browser.permissions.getAll().then(setGranted);
  }, []);

  /** An action, then the list read again (a check or an unsubscribe changed it, even one that failed). */
  const run = (action: () => Promise<string | null>, working: string | null = null) => act(action, working).finally(() => void load());

  const said = (subscription: Subscription, result: CheckResult): string | null => {
    switch (result.kind) {
      case 'unchanged':
        return t('subscriptionUnchanged');
      case 'applied':
        onChanged();
        return t('subscriptionApplied', counts(result.change));
      case 'review':
        setReview({ subscription, change: result.change });
        return null;
      case 'failed':
        throw new Error(t.locale === 'en' ? result.message.en : result.message.zh);
    }
  };

  const subscribe = (event: FormEvent) => {
    event.preventDefault();
    const wanted = permissionsToAsk(form.url, granted);
    // Asked before anything is awaited: the permission prompt needs the click's gesture.
    const answer = wanted ? browser.permissions.request(wanted) : Promise.resolve(true);
    void run(async () => {
      if (!(await answer)) throw new Error(t('permissionRefused'));
      void browser.permissions.getAll().then(setGranted);
      const { subscription, result } = await sendRequest({ type: 'syncSubscribe', name: form.name, url: form.url, publicKey: form.publicKey || undefined, review: form.review });
      setForm({ name: '', url: '', publicKey: '', review: false });
      return said(subscription, result);
    }, t('subscribing'));
  };

  const check = (subscription: Subscription, apply = false) =>
    run(async () => {
      setReview(null);
      return said(subscription, (await sendRequest({ type: 'syncCheck', id: subscription.id, apply })).result);
    });

  const leave = (subscription: Subscription) =>
    run(async () => {
      setLeaving(null);
      const { removed } = await sendRequest({ type: 'syncUnsubscribe', id: subscription.id });
      onChanged();
      return t('unsubscribed', { count: removed });
    });

  const when = (ms: number) => new Date(ms).toLocaleString(t.locale);
  const stateOf = (s: Subscription) =>
    s.failingSince !== undefined && s.lastError
      ? t('subscriptionFailing', { since: when(s.failingSince), error: t.locale === 'en' ? s.lastError.en : s.lastError.zh })
      : s.lastGoodAt !== undefined
        ? t('subscriptionGood', { time: when(s.lastGoodAt) })
        : t('subscriptionNever');

  return (
    <section className="panel subscriptions" aria-labelledby="subscriptions-title">
      <h3 id="subscriptions-title">{t('subscriptionsTitle')}</h3>
      <p>{t('subscriptionsHelp')}</p>
      {subscriptions.length === 0 ? (
        <p>{t('noSubscriptions')}</p>
      ) : (
        <ul aria-label={t('subscriptionList')} className="subscription-list">
          {subscriptions.map((s) => (
            <li key={s.id} data-testid="subscription">
              <strong>{s.name}</strong> <code>{s.url}</code>
              <span className={s.failingSince !== undefined ? 'failing' : undefined} data-testid="subscription-state">
                {stateOf(s)}
              </span>
              <button type="button" disabled={busy} onClick={() => void check(s)}>
                {t('checkNow')}
              </button>
              <button type="button" disabled={busy} onClick={() => setLeaving(s)}>
                {t('unsubscribe')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {review && (
        <div role="dialog" aria-modal="false" aria-labelledby="subscription-review-title" className="dialog" data-testid="subscription-review">
          <p id="subscription-review-title">{t('subscriptionReviewTitle', { name: review.subscription.name, ...counts(review.change) })}</p>
          <ul>
            {[...review.change.added.map((text) => `＋ ${text}`), ...review.change.changed.map((text) => `～ ${text}`), ...review.change.removed.map((text) => `－ ${text}`)]
              .slice(0, 20)
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ul>
          <button type="button" className="primary" disabled={busy} onClick={() => void check(review.subscription, true)}>
            {t('applyUpdate')}
          </button>
          <button type="button" onClick={() => setReview(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <form onSubmit={subscribe} className="subscribe-form">
        <label>
          {t('subscriptionName')}
          <input value={form.name} maxLength={100} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label>
          {t('subscriptionUrl')}
          <input value={form.url} required type="url" inputMode="url" onChange={(e) => setForm({ ...form, url: e.target.value })} />
        </label>
        <label>
          {t('subscriptionKey')}
          <textarea value={form.publicKey} rows={2} onChange={(e) => setForm({ ...form, publicKey: e.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={form.review} onChange={(e) => setForm({ ...form, review: e.target.checked })} />
          {t('subscriptionReview')}
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('subscribe')}
        </button>
      </form>
      <Messages error={error} status={status} />
      {leaving && <ConfirmDialog t={t} message={t('unsubscribeConfirm', { name: leaving.name })} onConfirm={() => void leave(leaving)} onCancel={() => setLeaving(null)} />}
    </section>
  );
}

const counts = (change: LayerChange) => ({ added: change.added.length, changed: change.changed.length, removed: change.removed.length });
