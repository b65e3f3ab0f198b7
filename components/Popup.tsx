// The toolbar popup: what the bank holds, the global pause and the switch for this site.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendRequest, type ResponseMap } from '@/lib/protocol';
import { disabledSitesItem, pausedItem, setSiteEnabled, siteOf } from '@/lib/site-settings';
import { SwitchRow } from './SwitchRow';

/** The site of the tab the popup was opened over (known through the activeTab permission). */
async function currentSite(): Promise<string> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const site = tab?.url ? siteOf(tab.url) : '';
  return /^https?:/.test(tab?.url ?? '') ? site : '';
}

export function Popup() {
  const [stats, setStats] = useState<ResponseMap['bankStats'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  const [site, setSite] = useState('');
  const [siteEnabled, setSiteEnabledState] = useState(true);

  useEffect(() => {
    sendRequest({ type: 'bankStats' })
      .then(setStats)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void pausedItem.getValue().then(setPaused);
    void currentSite().then(async (found) => {
      setSite(found);
      setSiteEnabledState(!(await disabledSitesItem.getValue()).includes(found));
    });
  }, []);

  return (
    <main>
      <h1>句库</h1>
      {error && <p role="alert">无法读取句库：{error}</p>}
      {stats && (
        <p data-testid="bank-stats">
          句库中有 {stats.phrases} 条规范表述、{stats.skeletons} 个章节骨架。
        </p>
      )}
      {!stats && !error && <p>正在读取句库…</p>}
      <SwitchRow
        label="暂停句库（所有网站）"
        checked={paused}
        onChange={(next) => {
          setPaused(next);
          void pausedItem.setValue(next);
        }}
      />
      {site && (
        <SwitchRow
          label={`在 ${site} 上启用`}
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
