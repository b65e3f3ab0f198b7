// 「导出」, 「导入」 (preview, then 合并 or 替换), learning from documents (DocumentLearning.tsx),
// backups and 「恢复默认句库」.
import { useEffect, useState } from 'react';
import { onBankChange } from '@/lib/bank/change-signal';
import { FileBackup } from './FileBackup';
import type { Translate } from '@/lib/i18n';
import { sendRequest, type ResponseMap } from '@/lib/protocol';
import type { BackupRecord } from '@/lib/db';
import { MAX_FILE_BYTES, formatBytes } from '@/lib/bank/limits';
import { IMPORT_PREVIEW_GONE } from '@/lib/bank/parsed-import';
import { ConfirmDialog } from './ConfirmDialog';
import { useAction } from './use-action';
import { DocumentLearning } from './DocumentLearning';
import { Subscriptions } from './Subscriptions';
import { Publish } from './Publish';
import { PersonalSync } from './PersonalSync';
import { JsonFileButton } from './JsonFileButton';
import { Messages, errorText } from '../bank/shared';

type Props = { t: Translate; onChanged: () => Promise<void> };

type Pending = { text: string; preview: ResponseMap['bankImport'] };

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

export function ImportExport({ t, onChanged }: Props) {
  const { busy, error, status, setError, act } = useAction(t);
  const [pending, setPending] = useState<Pending | null>(null);
  const [backups, setBackups] = useState<BackupRecord[]>([]);
  const [confirm, setConfirm] = useState<{ message: string; action: () => Promise<void> } | null>(null);

  const loadBackups = () =>
    sendRequest({ type: 'bankBackups' })
      .then(({ backups: found }) => setBackups(found))
      .catch((e: unknown) => setError(errorText(e, t)));
  useEffect(() => {
    void loadBackups();
    // A backup made or restored in another tab shows here too.
    return onBankChange(loadBackups);
  }, []);

  const exportBank = () =>
    act(async () => {
      const bank = await sendRequest({ type: 'bankExport' });
      const url = URL.createObjectURL(new Blob([JSON.stringify(bank)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `juku-bank-${today()}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return null;
    });

  const chooseBankFile = (file: File | undefined) =>
    act(async () => {
      if (!file) return null;
      if (file.size > MAX_FILE_BYTES) throw new Error(t('fileTooLarge', { size: formatBytes(file.size), limit: formatBytes(MAX_FILE_BYTES) }));
      const [{ completeTokens }, { loadWebSegmenter }] = await Promise.all([import('@/lib/bank/complete-tokens'), import('@/lib/segment-web')]);
      const text = await completeTokens(await file.text(), loadWebSegmenter);
      const preview = await sendRequest({ type: 'bankImport', text, mode: 'preview' });
      setPending({ text, preview });
      return null;
    }, t('readingBankFile'));

  const applyImport = (mode: 'merge' | 'replace') =>
    act(async () => {
      if (!pending) return null;
      // The background kept the previewed file: send its token, and the file itself only
      // when the background no longer has it (its worker was stopped in between).
      const sendFile = () => sendRequest({ type: 'bankImport', text: pending.text, mode });
      const token = pending.preview.token;
      const result = await (token ? sendRequest({ type: 'bankImport', token, mode }) : sendFile()).catch((error: unknown) => {
        if (error instanceof Error && error.message === IMPORT_PREVIEW_GONE.zh) return sendFile();
        throw error;
      });
      setPending(null);
      // The bank is written: say so now. The table and the figures follow (a 100,000-phrase
      // bank takes seconds to read back), each reporting its own failure.
      void Promise.all([onChanged(), loadBackups()]);
      return mode === 'merge' ? t('imported', { new: result.new, changed: result.changed }) : t('replaced', { phrases: result.phrases });
    }, t('writingBank'));

  return (
    <section className="import-export" aria-label={t('tabImport')}>
      <div className="panel">
        <p>{t('exportHelp')}</p>
        <button type="button" className="primary" disabled={busy} onClick={() => void exportBank()}>
          {t('export')}
        </button>
        <p>{t('importHelp')}</p>
        <JsonFileButton label={t('import')} testId="bank-file" disabled={busy} onFile={(file) => void chooseBankFile(file)} />
      </div>

      <Messages error={error} status={status} />

      {pending && (
        <div role="dialog" aria-modal="false" aria-labelledby="import-title" className="panel dialog">
          <h3 id="import-title">{t('importPreviewTitle', { name: pending.preview.name })}</h3>
          <p data-testid="import-preview">{t('previewCounts', { ...pending.preview })}</p>
          <p className="hint">{t('mergeHelp')}</p>
          <div className="form-actions">
            <button type="button" className="primary" autoFocus disabled={busy} onClick={() => void applyImport('merge')}>
              {t('merge')}
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void applyImport('replace')}>
              {t('replace')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}

      <DocumentLearning t={t} onChanged={onChanged} busy={busy} />

      <Subscriptions t={t} onChanged={onChanged} />

      <Publish t={t} />

      <FileBackup t={t} />
      <PersonalSync t={t} onChanged={onChanged} />

      <div className="panel">
        <h3>{t('backupsTitle')}</h3>
        <button type="button" disabled={busy} onClick={() => void act(async () => (await sendRequest({ type: 'bankBackupNow' }), await loadBackups(), null))}>
          {t('backupNow')}
        </button>
        {backups.length === 0 ? (
          <p className="hint">{t('noBackups')}</p>
        ) : (
          <ul className="backups" aria-label={t('backupsTitle')}>
            {backups.map((b) => (
              <li key={b.id}>
                <span>{t('backupRow', { time: new Date(b.createdAt).toLocaleString(t.locale), reason: b.reason, phrases: b.phraseCount })}</span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    setConfirm({
                      message: t('restoreConfirm'),
                      action: () => act(async () => (await sendRequest({ type: 'bankRestoreBackup', id: b.id! }), await Promise.all([onChanged(), loadBackups()]), t('restored')), t('writingBank')),
                    })
                  }
                >
                  {t('restore')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="panel">
        <h3>{t('restoreDefaults')}</h3>
        <p>{t('restoreDefaultsHelp')}</p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            setConfirm({
              message: t('restoreDefaultsHelp'),
              action: () =>
                act(async () => {
                  const result = await sendRequest({ type: 'bankRestoreDefaults' });
                  await Promise.all([onChanged(), loadBackups()]);
                  return t('restoreDefaultsDone', { restored: result.restored, kept: result.keptUserPhrases });
                }),
            })
          }
        >
          {t('restoreDefaults')}
        </button>
      </div>
      {confirm && (
        <ConfirmDialog
          t={t}
          message={confirm.message}
          onConfirm={() => {
            const { action } = confirm;
            setConfirm(null);
            void action();
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
    </section>
  );
}
