// 「导出」, 「导入」 (preview, then 合并 or 替换), learning from documents (.txt/.md/.docx through
// the same pipeline as the default bank, with a review step), backups and 「恢复默认句库」.
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { sendRequest, type ResponseMap } from '@/lib/protocol';
import { BANK_FORMAT_VERSION, type Phrase, type Skeleton } from '@/lib/schema';
import { fieldsForDisplay } from '@/lib/skeleton/fields';
import type { BackupRecord } from '@/lib/db';
import { pageDb } from './use-bank';
import { MAX_FILE_BYTES, formatBytes } from '@/lib/bank/limits';
import { DOCUMENT_EXTENSIONS } from '@/lib/bank/documents';
import { mergeKey } from '@/lib/corpus/merge';
import { ConfirmDialog } from './ConfirmDialog';
import { Messages, errorText } from '../bank/shared';

type Props = { t: Translate; onChanged: () => Promise<void> };

type Pending = { text: string; preview: ResponseMap['bankImport'] };
type Candidate = { phrase: Phrase; known: boolean; keep: boolean };
type OutlineCandidate = { skeleton: Skeleton; keep: boolean };

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

/**
 * Reads the documents and runs the corpus pipeline in this page (jieba loads on first use):
 * their phrases, and the outline of each (not the general 述职报告 outline the pipeline
 * always adds: it is in every bank already).
 */
async function extractFromDocuments(files: readonly File[]): Promise<{ phrases: Phrase[]; outlines: Skeleton[] }> {
  const [{ documentOfFile }, { buildBank }, { loadWebSegmenter }] = await Promise.all([
    import('@/lib/bank/documents'),
    import('@/lib/corpus/build-bank'),
    import('@/lib/segment-web'),
  ]);
  const docs = [];
  for (const file of files) docs.push(await documentOfFile(file.name, await file.arrayBuffer()));
  const bank = buildBank(docs, await loadWebSegmenter());
  return { phrases: bank.phrases, outlines: bank.skeletons.filter((s) => s.sources.length > 0) };
}

export function ImportExport({ t, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [outlines, setOutlines] = useState<OutlineCandidate[]>([]);
  const [docCount, setDocCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [backups, setBackups] = useState<BackupRecord[]>([]);
  const [confirm, setConfirm] = useState<{ message: string; action: () => Promise<void> } | null>(null);
  const bankInput = useRef<HTMLInputElement>(null);
  const docInput = useRef<HTMLInputElement>(null);

  const loadBackups = () =>
    sendRequest({ type: 'bankBackups' })
      .then(({ backups: found }) => setBackups(found))
      .catch((e: unknown) => setError(errorText(e, t)));
  useEffect(() => {
    void loadBackups();
  }, []);

  const act = async (action: () => Promise<string | null>) => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const message = await action();
      if (message) setStatus(message);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

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
      const text = await file.text();
      const preview = await sendRequest({ type: 'bankImport', text, mode: 'preview' });
      setPending({ text, preview });
      return null;
    });

  const applyImport = (mode: 'merge' | 'replace') =>
    act(async () => {
      if (!pending) return null;
      const result = await sendRequest({ type: 'bankImport', text: pending.text, mode });
      setPending(null);
      await Promise.all([onChanged(), loadBackups()]);
      return mode === 'merge' ? t('imported', { new: result.new, changed: result.changed }) : t('replaced', { phrases: result.phrases });
    });

  const chooseDocuments = (files: File[]) =>
    act(async () => {
      if (!files.length) return null;
      setCandidates(null);
      setStatus(t('analyzing'));
      const found = await extractFromDocuments(files);
      // Read now, not from the page's copy: that may still be loading, or be older than the bank.
      const known = new Set((await pageDb().phrases.toArray()).map((p) => mergeKey(p.text)));
      const knownOutlines = new Set(await pageDb().skeletons.toCollection().primaryKeys());
      setDocCount(files.length);
      setStatus(null);
      setOutlines(found.outlines.filter((s) => !knownOutlines.has(s.id)).map((skeleton) => ({ skeleton, keep: true })));
      setCandidates(found.phrases.map((phrase) => ({ phrase, known: known.has(mergeKey(phrase.text)), keep: !known.has(mergeKey(phrase.text)) })));
      return found.phrases.length ? null : t('noneFound');
    });

  const saveCandidates = () =>
    act(async () => {
      const chosen = (candidates ?? []).filter((c) => c.keep && !c.known).map((c) => c.phrase);
      const chosenOutlines = outlines.filter((o) => o.keep).map((o) => o.skeleton);
      const file = { formatVersion: BANK_FORMAT_VERSION, name: '文档导入', phrases: chosen, skeletons: chosenOutlines };
      const result = await sendRequest({ type: 'bankImport', text: JSON.stringify(file), mode: 'merge' });
      setCandidates(null);
      setOutlines([]);
      await onChanged();
      return t('docSaved', { count: result.new + result.changed, outlines: result.newSkeletons });
    });

  const chosenCount = (candidates?.filter((c) => c.keep && !c.known).length ?? 0) + outlines.filter((o) => o.keep).length;

  return (
    <section className="import-export" aria-label={t('tabImport')}>
      <div className="panel">
        <p>{t('exportHelp')}</p>
        <button type="button" className="primary" disabled={busy} onClick={() => void exportBank()}>
          {t('export')}
        </button>
        <p>{t('importHelp')}</p>
        <button type="button" disabled={busy} onClick={() => bankInput.current?.click()}>
          {t('import')}
        </button>
        <input
          ref={bankInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="bank-file"
          onChange={(e) => {
            void chooseBankFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
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

      <div className="panel">
        <h3>{t('docImportTitle')}</h3>
        <p>{t('docImportHelp')}</p>
        <button type="button" disabled={busy} onClick={() => docInput.current?.click()}>
          {t('chooseDocuments')}
        </button>
        <input
          ref={docInput}
          type="file"
          accept={DOCUMENT_EXTENSIONS.join(',')}
          multiple
          hidden
          data-testid="doc-files"
          onChange={(e) => {
            void chooseDocuments([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        {candidates && candidates.length > 0 && (
          <div role="dialog" aria-labelledby="review-title" className="review">
            <h4 id="review-title">{t('reviewTitle', { docs: docCount, count: candidates.length })}</h4>
            <div className="form-actions">
              <button type="button" onClick={() => (setCandidates(candidates.map((c) => ({ ...c, keep: !c.known }))), setOutlines(outlines.map((o) => ({ ...o, keep: true }))))}>
                {t('selectAllShort')}
              </button>
              <button type="button" onClick={() => (setCandidates(candidates.map((c) => ({ ...c, keep: false }))), setOutlines(outlines.map((o) => ({ ...o, keep: false }))))}>
                {t('clearSelection')}
              </button>
            </div>
            {outlines.length > 0 && <p id="review-outlines">{t('reviewOutlines')}</p>}
            {outlines.length > 0 && (
              <ul className="review-list review-outlines" aria-labelledby="review-outlines">
                {outlines.map((o, i) => (
                  <li key={o.skeleton.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={o.keep}
                        onChange={(e) => setOutlines(outlines.map((other, j) => (j === i ? { ...other, keep: e.target.checked } : other)))}
                      />
                      <span className="review-text">
                        {t('outlineCandidate', { title: fieldsForDisplay(o.skeleton.title), sections: o.skeleton.outline.length })}
                      </span>
                      <span className="option-meta">{o.skeleton.sources.join('、')}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            <ul className="review-list" aria-label={t('reviewTitle', { docs: docCount, count: candidates.length })}>
              {candidates.map((c, i) => (
                <li key={c.phrase.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={c.keep && !c.known}
                      disabled={c.known}
                      onChange={(e) => setCandidates(candidates.map((other, j) => (j === i ? { ...other, keep: e.target.checked } : other)))}
                    />
                    <span className="review-text">{fieldsForDisplay(c.phrase.text)}</span>
                    <span className="option-meta">
                      {t.role(c.phrase.role)}
                      {c.known ? ` · ${t('alreadyInBank')}` : ''}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <div className="form-actions">
              <button type="button" className="primary" disabled={busy || chosenCount === 0} onClick={() => void saveCandidates()}>
                {t('saveChosen', { count: chosenCount })}
              </button>
              <button type="button" onClick={() => (setCandidates(null), setOutlines([]))}>
                {t('cancel')}
              </button>
            </div>
          </div>
        )}
      </div>

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
                      action: () => act(async () => (await sendRequest({ type: 'bankRestoreBackup', id: b.id! }), await Promise.all([onChanged(), loadBackups()]), t('restored'))),
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
