// 单位句库订阅 (#16): subscribe to a bank file on the unit's server, see each subscription's
// state (last update, or since when it fails and why), check now, review and apply, and
// unsubscribe. Access to the server's origin is asked for in the click itself (a browser
// grants optional permissions only during a user gesture), and only for that one origin.
import { useEffect, useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n';
import { sendRequest } from '@/lib/protocol';
import type { CheckResult, Subscription } from '@/lib/sync/subscriptions';
import type { LayerChange } from '@/lib/sync/subscribed-layer';
import { ConfirmDialog } from './ConfirmDialog';
import { useAction } from './use-action';
import { useServerAccess } from './ask-access';
import { serverStateText } from './server-state';
import { AccountFields } from './AccountFields';
import { Messages, errorText } from '../bank/shared';

type Props = { t: Translate; onChanged: () => unknown };
export function Subscriptions({ t, onChanged }: Props) {
  const [subscriptions, setSubscriptions] = useState<Subscription[]>([]);
  const empty = { name: '', url: '', publicKey: '', review: false, user: '', password: '' };
  const [form, setForm] = useState(empty);
  const { busy, error, status, setError, act } = useAction(t);
  const [review, setReview] = useState<{ subscription: Subscription; change: LayerChange } | null>(null);
  const [leaving, setLeaving] = useState<Subscription | null>(null);
  const ask = useServerAccess();

  const load = () =>
    sendRequest({ type: 'syncList' })
      .then(({ subscriptions: found }) => setSubscriptions(found))
      .catch((e: unknown) => setError(errorText(e, t)));
  useEffect(() => {
    void load();
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
    // Asked before anything is awaited: the permission prompt needs the click's gesture.
    const answer = ask(form.url);
    void run(async () => {
      if (!(await answer)) throw new Error(t('permissionRefused'));
      const { subscription, result } = await sendRequest({
        type: 'syncSubscribe',
        name: form.name,
        url: form.url,
        publicKey: form.publicKey || undefined,
        review: form.review,
        user: form.user || undefined,
        password: form.password || undefined,
      });
      setForm(empty);
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

  const stateOf = (s: Subscription) => serverStateText(t, s, { failing: 'subscriptionFailing', good: 'subscriptionGood', never: 'subscriptionNever' });

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
              <strong>{s.name}</strong> <code>{s.folder ?? s.url}</code>
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
        <AccountFields t={t} account={form} onChange={(account) => setForm({ ...form, ...account })} />
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
