// The toolbar popup: search the bank as you type (Chinese or pinyin initials), insert the
// chosen phrase into the page or copy it, recent and favorite phrases, add a phrase, the
// global pause and the switch for this site. Kept light: no Dexie, no jieba until saving.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { onBankChange } from '@/lib/bank/change-signal';
import { FileBackupNote } from './FileBackupNote';
import { browser } from 'wxt/browser';
import { sendRequest, type ResponseMap } from '@/lib/protocol';
import { disabledSitesItem, pausedItem, setSiteEnabled, siteOf } from '@/lib/site-settings';
import { useTranslate, type MessageKey } from '@/lib/i18n';
import type { PhraseBrief } from '@/lib/bank/stats';
import { SwitchRow } from './SwitchRow';
import { WELCOME_PAGE } from '@/lib/background/welcome';
import { PhraseForm } from './bank/PhraseForm';
import { Messages, errorText } from './bank/shared';
import { fieldsForDisplay } from '@/lib/skeleton/fields';
import type { CheckWordingReply, PageMessage } from '@/lib/content/page-messages';

/** The tab the popup was opened over (known through the activeTab permission). */
async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function currentSite(): Promise<string> {
  const tab = await activeTab();
  return /^https?:/.test(tab?.url ?? '') ? siteOf(tab!.url!) : '';
}

type InsertOutcome = 'inserted' | 'copied' | 'failed' | 'no-editor';

/**
 * Asks the page's content script to insert; whatever it could not do, the popup copies to
 * the clipboard and says so.
 */
async function insertIntoPage(text: string): Promise<MessageKey> {
  const tab = await activeTab();
  let outcome: InsertOutcome | undefined;
  if (tab?.id !== undefined && /^https?:/.test(tab.url ?? '')) {
    try {
      const reply = (await browser.tabs.sendMessage(tab.id, { type: 'insertIntoPage', text })) as { outcome?: InsertOutcome } | undefined;
      outcome = reply?.outcome;
    } catch {
      outcome = undefined; // no content script there (a browser page, or not loaded yet)
    }
  }
  if (outcome === 'inserted') return 'inserted';
  if (outcome === 'copied') return 'copied';
  await navigator.clipboard.writeText(text);
  return outcome === 'no-editor' ? 'noEditorCopied' : 'noReplyCopied';
}

/**
 * Asks the page to check the wording of the editor that last had the focus (issue #17);
 * false where nobody answered (no editor, or no content script there).
 */
async function checkPage(): Promise<boolean> {
  const tab = await activeTab();
  // A tab without our content script (a browser page) rejects the message: no answer.
  if (tab?.id === undefined) return false;
  const message: PageMessage = { type: 'checkWording', from: 'popup' };
  const reply = (await browser.tabs.sendMessage(tab.id, message).catch(() => undefined)) as CheckWordingReply | undefined;
  return reply?.outcome === 'checked';
}

type Item = PhraseBrief & { group: 'results' | 'recent' | 'favorites' };

export function Popup() {
  const t = useTranslate();
  const listId = useId();
  const [overview, setOverview] = useState<ResponseMap['bankOverview'] | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PhraseBrief[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [paused, setPaused] = useState(false);
  const [site, setSite] = useState('');
  const [siteEnabled, setSiteEnabledState] = useState(true);
  const searchRef = useRef<HTMLInputElement>(null);

  const loadOverview = () =>
    sendRequest({ type: 'bankOverview', limit: 5 })
      .then(setOverview)
      .catch((e: unknown) => setError(t('loadFailed', { error: errorText(e, t) })));

  useEffect(() => {
    void loadOverview();
    const stopListening = onBankChange(loadOverview);
    void pausedItem.getValue().then(setPaused);
    void currentSite().then(async (found) => {
      setSite(found);
      setSiteEnabledState(!(await disabledSitesItem.getValue()).includes(found));
    });
    return stopListening;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Search as you type; a stale answer never overwrites a newer one.
  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setResults([]);
      return;
    }
    sendRequest({ type: 'bankSearch', query, limit: 20 })
      .then(({ results: found }) => live && (setResults(found.map((p) => ({ id: p.id, text: p.text, role: p.role, favorite: p.favorite, uses: 0 }))), setActive(0)))
      .catch((e: unknown) => live && setError(errorText(e, t)));
    return () => {
      live = false;
    };
  }, [query]);

  const items: Item[] = useMemo(() => {
    if (query.trim()) return results.map((p) => ({ ...p, group: 'results' as const }));
    const recent = (overview?.recent ?? []).map((p) => ({ ...p, group: 'recent' as const }));
    const favorites = (overview?.favorites ?? []).map((p) => ({ ...p, group: 'favorites' as const }));
    return [...recent, ...favorites];
  }, [query, results, overview]);

  const use = async (item: Item | undefined, how: 'insert' | 'copy') => {
    if (!item) return;
    setError(null);
    try {
      // Fields go out as the writer sees them (【待填：数量】), never as raw {{数量}}; in the
      // page, Tab then moves between them.
      const text = fieldsForDisplay(item.text);
      if (how === 'copy') {
        await navigator.clipboard.writeText(text);
        setStatus(t('copied'));
        return;
      }
      const outcome = await insertIntoPage(text);
      setStatus(t(outcome));
      if (outcome === 'inserted') window.close();
    } catch (e) {
      setError(t('copyFailed', { error: errorText(e, t) }));
    }
  };

  const onSearchKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (items.length ? (i + step + items.length) % items.length : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void use(items[active], 'insert');
    } else if ((e.key === 'c' || e.key === 'C') && (e.ctrlKey || e.metaKey) && !window.getSelection()?.toString() && searchRef.current?.selectionStart === searchRef.current?.selectionEnd) {
      e.preventDefault();
      void use(items[active], 'copy');
    }
  };

  const optionId = (i: number) => `${listId}-o${i}`;
  const renderGroup = (group: Item['group'], label: string) => {
    const members = items.map((item, index) => ({ item, index })).filter(({ item }) => item.group === group);
    if (!members.length) return null;
    return (
      <div role="group" aria-label={label} key={group}>
        {group !== 'results' && <div className="group-label" aria-hidden="true">{label}</div>}
        {members.map(({ item, index }) => (
          <div
            key={`${group}-${item.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'option active' : 'option'}
            onMouseEnter={() => setActive(index)}
          >
            <span className="option-text">{fieldsForDisplay(item.text)}</span>
            <span className="option-meta">
              {item.favorite ? '★ ' : ''}
              {t.role(item.role)}
            </span>
            <span className="option-actions">
              <button type="button" tabIndex={-1} onClick={() => void use(item, 'insert')}>
                {t('insert')}
              </button>
              <button type="button" tabIndex={-1} onClick={() => void use(item, 'copy')}>
                {t('copy')}
              </button>
            </span>
          </div>
        ))}
      </div>
    );
  };

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('appName')}</h1>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openManager')}
        </button>
        <button type="button" className="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) })}>
          {t('welcomeOpen')}
        </button>
      </header>
      <input
        ref={searchRef}
        type="search"
        role="combobox"
        autoFocus
        aria-label={t('searchLabel')}
        aria-controls={listId}
        aria-expanded={items.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={items.length ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setStatus(null);
        }}
        onKeyDown={onSearchKey}
      />
      <Messages error={error} status={status} />
      <div id={listId} role="listbox" aria-label={query.trim() ? t('results') : `${t('recent')} / ${t('favorites')}`} className="popup-list">
        {renderGroup('results', t('results'))}
        {renderGroup('recent', t('recent'))}
        {renderGroup('favorites', t('favorites'))}
      </div>
      {query.trim() && results.length === 0 && <p className="hint">{t('noResults')}</p>}
      {!query.trim() && overview && items.length === 0 && <p className="hint">{t('nothingYet')}</p>}
      {items.length > 0 && <p className="hint keys">{t('popupKeys')}</p>}
      {overview ? (
        <p data-testid="bank-stats" className="stats">
          {t('bankStats', { phrases: overview.phrases, saved: overview.savedThisWeek })}
        </p>
      ) : (
        !error && <p className="stats">{t('loading')}</p>
      )}
      <FileBackupNote t={t} />
      <button
        type="button"
        onClick={() =>
          void checkPage().then((checked) => {
            // The list opens in the page, which gets the focus back once the popup closes.
            if (checked) window.close();
            else setStatus(t('checkNoEditor'));
          })
        }
      >
        {t('checkPage')}
      </button>
      {adding ? (
        <PhraseForm t={t} autoFocus onSaved={() => void loadOverview()} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          + {t('addPhrase')}
        </button>
      )}
      <SwitchRow
        t={t}
        label={t('suggestionsOn')}
        checked={!paused}
        onChange={(on) => {
          setPaused(!on);
          void pausedItem.setValue(!on);
        }}
      />
      {site && (
        <SwitchRow
          t={t}
          label={t('enableOnSite', { site })}
          checked={siteEnabled}
          onChange={(next) => {
            setSiteEnabledState(next);
            void setSiteEnabled(site, next);
          }}
        />
      )}
    </main>
  );
}
