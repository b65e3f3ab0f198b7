// 多台电脑同步 (#16): the writer's own bank kept in step on their computers through a folder
// on their WebDAV share. Set up with the folder and account (access to that one server asked
// for in the click), 「立即同步」, the last sync's time and what it did, or since when it fails
// and why; 「停止同步」 forgets the folder and the account here.
import { useEffect, useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n';
import { sendRequest, type ResponseMap } from '@/lib/protocol';
import type { PersonalSyncState, SyncOutcome } from '@/lib/sync/personal-sync';
import { useAction } from './use-action';
import { useServerAccess } from './ask-access';
import { AccountFields } from './AccountFields';
import { serverStateText } from './server-state';
import { Messages, errorText } from '../bank/shared';

export function PersonalSync({ t, onChanged }: { t: Translate; onChanged: () => unknown }) {
  const [settings, setSettings] = useState<ResponseMap['syncSettings']>({});
  const [form, setForm] = useState({ folder: '', user: '', password: '' });
  const { busy, error, status, setError, act } = useAction(t);
  const ask = useServerAccess();
  const state = settings.personal;

  const load = () =>
    sendRequest({ type: 'syncSettings' })
      .then((found) => {
        setSettings(found);
        setForm((f) => ({ folder: f.folder || found.personal?.folder || '', user: f.user || found.personalUser || '', password: '' }));
      })
      .catch((e: unknown) => setError(errorText(e, t)));
  useEffect(() => {
    void load();
  }, []);

  const said = (outcome: SyncOutcome): string => {
    if (outcome.kind === 'failed') throw new Error(t.locale === 'en' ? outcome.message.en : outcome.message.zh);
    if (outcome.summary.received > 0) onChanged();
    return summaryText(outcome.summary);
  };
  const summaryText = (summary: NonNullable<PersonalSyncState['lastResult']>) =>
    [t('syncDone', { received: summary.received, sent: summary.sent }), ...summary.conflicts.slice(0, 5).map((c) => t('syncConflict', { kept: c.kept, lost: c.lost }))].join(' ');

  const run = (action: () => Promise<string | null>, working: string | null = null) => act(action, working).finally(() => void load());

  const setUp = (event: FormEvent) => {
    event.preventDefault();
    const answer = ask(form.folder);
    void run(async () => {
      if (!(await answer)) throw new Error(t('syncPermissionRefused'));
      const { outcome } = await sendRequest({ type: 'personalSyncSetUp', folder: form.folder, user: form.user || undefined, password: form.password || undefined });
      setForm((f) => ({ ...f, password: '' }));
      return said(outcome);
    }, t('syncing'));
  };
  const now = () => void run(async () => said((await sendRequest({ type: 'personalSyncNow' })).outcome), t('syncing'));
  const stop = () =>
    void run(async () => {
      await sendRequest({ type: 'personalSyncStop' });
      setForm({ folder: '', user: '', password: '' });
      return t('syncStopped');
    });

  const stateText = state ? serverStateText(t, { ...state, lastGoodAt: state.lastSyncAt }, { failing: 'syncFailing', good: 'syncGood', never: 'syncNever' }) : t('syncOff');

  return (
    <section className="panel personal-sync" aria-labelledby="personal-sync-title">
      <h3 id="personal-sync-title">{t('syncTitle')}</h3>
      <p>{t('syncHelp')}</p>
      <p data-testid="sync-state" className={state?.failingSince !== undefined ? 'failing' : undefined}>
        {stateText}
      </p>
      {state?.lastResult && state.failingSince === undefined && <p data-testid="sync-last-result">{summaryText(state.lastResult)}</p>}
      <form onSubmit={setUp}>
        <label>
          {t('syncFolder')}
          <input value={form.folder} required type="url" inputMode="url" onChange={(e) => setForm({ ...form, folder: e.target.value })} />
        </label>
        <AccountFields t={t} account={form} saved={!!settings.personalUser} onChange={(account) => setForm({ ...form, ...account })} />
        <button type="submit" className="primary" disabled={busy}>
          {state ? t('syncSave') : t('syncStart')}
        </button>
        {state && (
          <>
            <button type="button" disabled={busy} onClick={now}>
              {t('syncNow')}
            </button>
            <button type="button" disabled={busy} onClick={stop}>
              {t('syncStop')}
            </button>
          </>
        )}
      </form>
      <Messages error={error} status={status} />
    </section>
  );
}
