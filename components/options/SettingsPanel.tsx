// Settings: the palette shortcut (set on the browser's own page), typing triggers and the
// minimum characters, sites, the profile for skeleton forms, the writer's wording rules,
// and the UI language. All kept in extension storage, where open pages' content scripts
// see changes at once.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { languageItem, type Language, type Translate } from '@/lib/i18n';
import { DEFAULT_TYPING_SETTINGS, typingSettingsItem, type TypingSettings } from '@/lib/typing-settings';
import { EMPTY_PROFILE, profileItem, type Profile } from '@/lib/profile';
import { disabledSitesItem, pausedItem, setSiteEnabled, siteOf } from '@/lib/site-settings';
import { SwitchRow } from '../SwitchRow';
import { Messages, errorText } from '../bank/shared';
import { RuleFiles } from './RuleFiles';

const SHORTCUTS_PAGE = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

export function SettingsPanel({ t }: { t: Translate }) {
  const [typing, setTyping] = useState<TypingSettings>(DEFAULT_TYPING_SETTINGS);
  const [profile, setProfile] = useState<Profile>(EMPTY_PROFILE);
  const [language, setLanguage] = useState<Language>('auto');
  const [paused, setPaused] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  const [newSite, setNewSite] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The key, not the text: a status shown before the language changes follows it.
  const [status, setStatus] = useState<'settingsSaved' | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [checkShortcut, setCheckShortcut] = useState<string | null>(null);

  useEffect(() => {
    void typingSettingsItem.getValue().then(setTyping);
    void profileItem.getValue().then(setProfile);
    void languageItem.getValue().then(setLanguage);
    void pausedItem.getValue().then(setPaused);
    void disabledSitesItem.getValue().then(setSites);
    void browser.commands
      .getAll()
      .then((commands) => {
        setShortcut(commands.find((c) => c.name === 'open-palette')?.shortcut ?? '');
        setCheckShortcut(commands.find((c) => c.name === 'check-wording')?.shortcut ?? '');
      })
      .catch(() => setShortcut(null));
    return disabledSitesItem.watch(setSites);
  }, []);

  const persist = async (write: () => Promise<void>) => {
    setError(null);
    try {
      await write();
      setStatus('settingsSaved');
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  const saveTyping = (next: TypingSettings) => {
    setTyping(next);
    void persist(() => typingSettingsItem.setValue(next));
  };

  const addSite = () => {
    const site = newSite.includes('://') ? siteOf(newSite) : newSite.trim().toLowerCase();
    if (!site) return;
    setNewSite('');
    void persist(() => setSiteEnabled(site, false));
  };

  return (
    <section className="settings" aria-label={t('tabSettings')}>
      <Messages error={error} status={status && t(status)} />
      <div className="panel">
        <h3>{t('shortcutTitle')}</h3>
        {shortcut !== null && <p>{t('currentShortcut', { keys: shortcut || t('noShortcut') })}</p>}
        {checkShortcut !== null && <p>{t('currentCheckShortcut', { keys: checkShortcut || t('noShortcut') })}</p>}
        <p>
          {t('shortcutHelp')} <code>{SHORTCUTS_PAGE}</code>
        </p>
        <button type="button" onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE })}>
          {t('openShortcuts')}
        </button>
      </div>

      <div className="panel">
        <h3>{t('typingTitle')}</h3>
        <SwitchRow t={t} label={t('paletteTriggers')} checked={typing.paletteTriggers} onChange={(on) => saveTyping({ ...typing, paletteTriggers: on })} />
        <div className="form-row">
          <label htmlFor="min-chars">{t('minChars')}</label>
          <input
            id="min-chars"
            type="number"
            min={1}
            max={10}
            value={typing.minChars}
            onChange={(e) => {
              const value = Math.round(Number(e.target.value));
              if (value >= 1 && value <= 10) saveTyping({ ...typing, minChars: value });
            }}
          />
        </div>
      </div>

      <div className="panel">
        <h3>{t('sitesTitle')}</h3>
        <SwitchRow t={t} label={t('suggestionsOn')} checked={!paused} onChange={(on) => (setPaused(!on), void persist(() => pausedItem.setValue(!on)))} />
        <h4>{t('disabledSites')}</h4>
        {sites.length === 0 ? (
          <p className="hint">{t('noDisabledSites')}</p>
        ) : (
          <ul className="sites">
            {sites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" onClick={() => void persist(() => setSiteEnabled(site, true))}>
                  {t('enableSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="form-row"
          onSubmit={(e) => {
            e.preventDefault();
            addSite();
          }}
        >
          <input aria-label={t('addSite')} placeholder={t('addSite')} value={newSite} onChange={(e) => setNewSite(e.target.value)} />
          <button type="submit">{t('addSiteButton')}</button>
        </form>
      </div>

      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          void persist(() => profileItem.setValue(profile));
        }}
      >
        <h3>{t('profileTitle')}</h3>
        {(['unit', 'title', 'name'] as const).map((field) => (
          <div className="form-row" key={field}>
            <label htmlFor={`profile-${field}`}>{t(field === 'title' ? 'jobTitle' : field)}</label>
            <input id={`profile-${field}`} value={profile[field]} maxLength={100} onChange={(e) => setProfile({ ...profile, [field]: e.target.value })} />
          </div>
        ))}
        <button type="submit" className="primary">
          {t('save')}
        </button>
      </form>

      <RuleFiles t={t} />

      <div className="panel">
        <h3>{t('languageTitle')}</h3>
        <select
          aria-label={t('languageTitle')}
          value={language}
          onChange={(e) => {
            const next = e.target.value as Language;
            setLanguage(next);
            void persist(() => languageItem.setValue(next));
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </div>
    </section>
  );
}
