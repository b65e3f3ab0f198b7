// The welcome page: opened once on install, and from the popup's 「使用说明」. What Juku
// does in three sentences, a box to try it in, the keys, the one step that helps most
// (learning from the writer's own documents) and the privacy promise.
import { Fragment, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PublicPath } from 'wxt/browser';
import { useTranslate, type MessageKey } from '@/lib/i18n';
import { DEFAULT_TYPING_SETTINGS, typingSettingsItem } from '@/lib/typing-settings';

/** The list's keys and what each does. */
const LIST_KEYS: ReadonlyArray<readonly [string[], MessageKey]> = [
  [['Tab'], 'keyTab'],
  [['↑', '↓'], 'keyArrows'],
  [['Esc'], 'keyEsc'],
];

/** What Tab makes of the 「增强“四个」 the try-it box asks for. */
const TRY_RESULT = '增强“四个意识”';

/** The palette command's current key, as the browser reports it ('' when unbound). */
function usePaletteShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'open-palette')?.shortcut ?? ''))
      .catch(() => setShortcut(''));
  }, []);
  return shortcut;
}

/** Where the browser lets the writer rebind shortcuts (Firefox has it in its add-ons page). */
function shortcutSettingsUrl(): string {
  return browser.runtime.getURL('/').startsWith('moz-extension:') ? 'about:addons' : 'chrome://extensions/shortcuts';
}

export function Welcome() {
  const t = useTranslate();
  const shortcut = usePaletteShortcut();
  const [triggers, setTriggers] = useState(DEFAULT_TYPING_SETTINGS.paletteTriggers);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    void typingSettingsItem.getValue().then((settings) => setTriggers(settings.paletteTriggers));
  }, []);

  const openTab = (url: string) => void browser.tabs.create({ url }).catch(() => {});
  return (
    <main className="welcome">
      <header>
        <img src={browser.runtime.getURL('/icon/128.png' as PublicPath)} alt="" />
        <h1>{t('welcomeTitle')}</h1>
      </header>

      <section className="what" aria-label={t('welcomeTitle')}>
        <p>{t('welcomeWhat1')}</p>
        <p>{t('welcomeWhat2')}</p>
        <p>{t('welcomeWhat3')}</p>
      </section>

      <section aria-labelledby="try-title">
        <h2 id="try-title">{t('tryTitle')}</h2>
        <p>{t('tryHelp')}</p>
        <textarea
          aria-label={t('tryLabel')}
          data-testid="try-it"
          spellCheck={false}
          onInput={(e) => setTried(e.currentTarget.value.includes(TRY_RESULT))}
        />
        <p role="status" className="done">
          {tried ? t('tryDone') : ''}
        </p>
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title">{t('keysTitle')}</h2>
        <dl>
          {LIST_KEYS.map(([keys, meaning]) => (
            <Fragment key={meaning}>
              <dt>
                {keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{t(meaning)}</dd>
            </Fragment>
          ))}
          <dt>
            <kbd data-testid="palette-shortcut">{shortcut === null ? '…' : shortcut || t('shortcutUnset')}</kbd>
          </dt>
          <dd>{t('keyPalette')}</dd>
          {triggers && (
            <>
              <dt>
                <kbd>//</kbd> <kbd>、、</kbd>
              </dt>
              <dd>{t('keyTriggers')}</dd>
            </>
          )}
        </dl>
        <button type="button" className="secondary" onClick={() => openTab(shortcutSettingsUrl())}>
          {t('shortcutSettings')}
        </button>
      </section>

      <section aria-labelledby="learn-title">
        <h2 id="learn-title">{t('learnTitle')}</h2>
        <p>{t('learnHelp')}</p>
        <button type="button" onClick={() => openTab(browser.runtime.getURL('/options.html#learn' as PublicPath))}>
          {t('learnButton')}
        </button>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacyTitle')}</h2>
        <p>{t('privacyText')}</p>
      </section>
    </main>
  );
}
