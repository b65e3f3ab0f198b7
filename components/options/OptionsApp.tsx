// The options page: the full bank manager, in four tabs (phrases, skeletons, import and
// backups, settings), with the bank's figures on top.
import { useEffect, useState } from 'react';
import { useTranslate, type MessageKey } from '@/lib/i18n';
import { sendRequest, type ResponseMap } from '@/lib/protocol';
import { onBankChange } from '@/lib/bank/change-signal';
import { useBank } from './use-bank';
import { PhraseManager } from './PhraseManager';
import { SkeletonEditor } from './SkeletonEditor';
import { ImportExport } from './ImportExport';
import { SettingsPanel } from './SettingsPanel';
import { errorText } from '../bank/shared';

const TABS = [
  ['phrases', 'tabPhrases'],
  ['skeletons', 'tabSkeletons'],
  ['import', 'tabImport'],
  ['settings', 'tabSettings'],
] as const satisfies ReadonlyArray<readonly [string, MessageKey]>;
type Tab = (typeof TABS)[number][0];

/** The tab the address names (`#import`; `#learn` is the import tab's learning part). */
function tabOfAddress(): Tab {
  const hash = location.hash.slice(1);
  if (hash === 'learn') return 'import';
  return TABS.find(([id]) => id === hash)?.[0] ?? 'phrases';
}

export function OptionsApp() {
  const t = useTranslate();
  const bank = useBank();
  const [tab, setTab] = useState<Tab>(tabOfAddress);
  const [overview, setOverview] = useState<ResponseMap['bankOverview'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshStats = () =>
    sendRequest({ type: 'bankOverview', limit: 1 })
      .then(setOverview)
      .catch((e: unknown) => setError(t('loadFailed', { error: errorText(e, t) })));

  // A link to options.html#settings followed while the page is open (the welcome page's,
  // the popup's, the writer's own bookmark) changes only the hash: the tab follows it.
  useEffect(() => {
    const follow = () => setTab(tabOfAddress());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    // Read the bank at once, and ask the background for its figures meanwhile. Right after
    // install the background loads the default bank on its first request: a bank read
    // before that found nothing and is read again.
    void Promise.all([refreshStats(), bank.reload()]).then(([, read]) => {
      if (read === 0) void bank.reload();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const changed = async () => {
    await Promise.all([bank.reload(), refreshStats()]);
  };

  // Another options tab or the popup changed the bank: show it without a reload.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => onBankChange(changed), []);

  const onTabKey = (e: React.KeyboardEvent) => {
    const index = TABS.findIndex(([id]) => id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]![0];
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <div className="options">
      <header className="options-header">
        <h1>{t('appName')}</h1>
        {overview && (
          <p className="stats" data-testid="options-stats">
            {t('statsLine', { phrases: overview.phrases, saved: overview.savedThisWeek })}
          </p>
        )}
      </header>
      <p role="alert" className="alert" hidden={!(error ?? bank.error)}>
        {error ?? bank.error}
      </p>
      <div role="tablist" aria-label={t('appName')} className="tabs" onKeyDown={onTabKey}>
        {TABS.map(([id, label]) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => {
              setTab(id);
              history.replaceState(null, '', `#${id}`);
            }}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'phrases' && <PhraseManager t={t} bank={bank} onChanged={() => void refreshStats()} />}
        {tab === 'skeletons' && <SkeletonEditor t={t} skeletons={bank.skeletons} onChanged={changed} />}
        {tab === 'import' && <ImportExport t={t} onChanged={changed} />}
        {tab === 'settings' && <SettingsPanel t={t} />}
      </div>
    </div>
  );
}
