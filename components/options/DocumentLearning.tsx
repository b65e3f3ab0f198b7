// 「从文档学习」: many files at once (picked, a whole folder, or dropped onto the page), read
// and analysed in a worker with a progress bar and 取消, then a review grouped per file:
// keep all of a document or pick its rows; what the bank already has is marked and not
// saved again; files that gave nothing say why. Saving is one merge import.
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { sendRequest } from '@/lib/protocol';
import { BANK_FORMAT_VERSION } from '@/lib/schema';
import { fieldsForDisplay } from '@/lib/skeleton/fields';
import type { LearnGroup } from '@/lib/corpus/learn';
import type { LearnFailure, LearnProgress } from '@/lib/bank/learn-protocol';
import type { LearnJob } from '@/lib/bank/learn-client';
import { READABLE_EXTENSIONS } from '@/lib/formats';
import { namedDroppedFiles, namedInputFiles, pickReadable } from '@/lib/bank/picked-files';
import { Messages, errorText } from '../bank/shared';
import { browser, type PublicPath } from 'wxt/browser';

/** pdf.js's CMaps and standard fonts, copied to /pdfjs/ by the build (wxt.config.ts). */
const pdfAssetBase = () => browser.runtime.getURL('/pdfjs/' as PublicPath);

type Props = { t: Translate; onChanged: () => Promise<void>; busy: boolean };

type ReviewGroup = LearnGroup & { keep: boolean[]; keepOutline: boolean; open: boolean };
type Review = { groups: ReviewGroup[]; failed: LearnFailure[]; files: number };

/** Rows shown at once in an opened document; the rest behind 「显示全部」 keeps the page quick. */
const ROWS_AT_ONCE = 200;

const freshRows = (group: LearnGroup) => group.rows.map((r) => !r.known);

function reviewOf(groups: readonly LearnGroup[], failed: LearnFailure[], files: number): Review {
  return {
    groups: groups.map((g) => ({ ...g, keep: freshRows(g), keepOutline: Boolean(g.outline && !g.outlineKnown), open: groups.length === 1 })),
    failed,
    files,
  };
}

const chosenOf = (review: Review) => {
  const phrases = review.groups.flatMap((g) => g.rows.filter((r, i) => g.keep[i] && !r.known).map((r) => r.phrase));
  const outlines = review.groups.flatMap((g) => (g.outline && g.keepOutline ? [g.outline] : []));
  return { phrases, outlines };
};

export function DocumentLearning({ t, onChanged, busy }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [progress, setProgress] = useState<LearnProgress | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [shown, setShown] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState(false);
  const [fileCount, setFileCount] = useState(0);
  const job = useRef<LearnJob | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const learn = async (named: Array<{ name: string; file: File }>) => {
    const picked = pickReadable(named, READABLE_EXTENSIONS);
    setError(null);
    setStatus(null);
    setReview(null);
    if (picked.files.length === 0) {
      setError(t('noReadableFiles', { skipped: picked.skipped, types: READABLE_EXTENSIONS.join(' ') }));
      return;
    }
    const [{ startLearning }, { jiebaWasmUrl }] = await Promise.all([import('@/lib/bank/learn-client'), import('@/lib/segment-web')]);
    setFileCount(picked.files.length);
    const started = startLearning(picked.files, { wasmUrl: jiebaWasmUrl(), pdfAssetBase: pdfAssetBase() }, setProgress);
    job.current = started;
    setProgress({ type: 'progress', phase: 'reading', done: 0, total: picked.files.length, current: picked.files[0]!.name });
    try {
      const outcome = await started.done;
      if (!outcome) return setStatus(t('learnCancelled'));
      const { result, failed } = outcome;
      const passedOver = picked.skipped ? t('filesPassedOver', { count: picked.skipped }) : '';
      if (result.phraseCount === 0 && !result.groups.some((g) => g.outline)) {
        const reasons = failed.map((f) => (t.locale === 'en' ? f.message.en : f.message.zh));
        setError([...reasons, reasons.length ? '' : t('noneFound'), passedOver].filter(Boolean).join(' '));
        return;
      }
      setReview(reviewOf(result.groups, failed, picked.files.length));
      if (passedOver || picked.overLimit) setStatus([passedOver, picked.overLimit ? t('tooManyFiles') : ''].filter(Boolean).join(' '));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  // Files or folders dropped anywhere on the options page come here.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      if (job.current) return;
      void namedDroppedFiles(event.dataTransfer.items).then(learn, (e: unknown) => setError(errorText(e, t)));
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  });

  const update = (index: number, change: (group: ReviewGroup) => Partial<ReviewGroup>) =>
    setReview((r) => (r ? { ...r, groups: r.groups.map((g, i) => (i === index ? { ...g, ...change(g) } : g)) } : r));

  const setAll = (keep: boolean) =>
    setReview((r) => (r ? { ...r, groups: r.groups.map((g) => ({ ...g, keep: g.rows.map((row) => keep && !row.known), keepOutline: keep && Boolean(g.outline && !g.outlineKnown) })) } : r));

  const save = async () => {
    if (!review) return;
    const { phrases, outlines } = chosenOf(review);
    setSaving(true);
    setError(null);
    try {
      const file = { formatVersion: BANK_FORMAT_VERSION, name: '文档导入', phrases, skeletons: outlines };
      const result = await sendRequest({ type: 'bankImport', text: JSON.stringify(file), mode: 'merge' });
      setReview(null);
      await onChanged();
      setStatus(t('docSaved', { count: result.new + result.changed, outlines: result.newSkeletons }));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setSaving(false);
    }
  };

  const chosen = review ? chosenOf(review) : { phrases: [], outlines: [] };
  const chosenCount = chosen.phrases.length + chosen.outlines.length;
  const phraseTotal = review?.groups.reduce((n, g) => n + g.rows.length, 0) ?? 0;
  const running = progress !== null;

  // Sent here from the welcome page (options.html#learn): the writer came to pick files.
  const section = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const arrive = () => {
      if (location.hash !== '#learn') return;
      section.current?.scrollIntoView({ block: 'start' });
      section.current?.querySelector<HTMLButtonElement>('button')?.focus();
    };
    arrive();
    window.addEventListener('hashchange', arrive);
    return () => window.removeEventListener('hashchange', arrive);
  }, []);

  return (
    <div className="panel" id="learn" ref={section}>
      <h3>{t('docImportTitle')}</h3>
      <p>{t('docImportHelp')}</p>
      <div className="form-actions">
        <button type="button" disabled={busy || running || saving} onClick={() => fileInput.current?.click()}>
          {t('chooseDocuments')}
        </button>
        <button type="button" disabled={busy || running || saving} onClick={() => folderInput.current?.click()}>
          {t('chooseFolder')}
        </button>
      </div>
      <p className="hint">{t('dropHint')}</p>
      <input
        ref={fileInput}
        type="file"
        accept={READABLE_EXTENSIONS.join(',')}
        multiple
        hidden
        data-testid="doc-files"
        onChange={(e) => {
          void learn(namedInputFiles(e.target.files));
          e.target.value = '';
        }}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="doc-folder"
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          void learn(namedInputFiles(e.target.files));
          e.target.value = '';
        }}
      />
      {progress && (
        <div className="learn-progress" role="group" aria-label={t('learnProgressLabel')}>
          {/* Reading fills the first half of the bar, analysis the second. */}
          <progress
            max={100}
            value={progress.phase === 'reading' ? (50 * progress.done) / Math.max(1, progress.total) : 50 + (50 * progress.done) / Math.max(1, progress.total)}
            aria-label={t('learnProgressLabel')}
          />
          <p role="status" data-testid="learn-progress">
            {progress.phase === 'reading'
              ? t('learnReading', { done: progress.done, total: progress.total, name: progress.current })
              : progress.total === 0
                ? t('learnAnalysingStart', { total: fileCount })
                : t('learnAnalysing', { total: fileCount, done: progress.done, phrases: progress.total })}
          </p>
          <button type="button" onClick={() => job.current?.cancel()}>
            {t('cancel')}
          </button>
        </div>
      )}
      <Messages error={error} status={status} />
      {review && (
        <div role="dialog" aria-labelledby="review-title" className="review">
          <h4 id="review-title">{t('reviewTitle', { docs: review.files, count: phraseTotal })}</h4>
          <div className="form-actions">
            <button type="button" onClick={() => setAll(true)}>
              {t('selectAllShort')}
            </button>
            <button type="button" onClick={() => setAll(false)}>
              {t('clearSelection')}
            </button>
          </div>
          <ul className="learn-groups" aria-label={t('reviewGroupsLabel')}>
            {review.groups.map((group, gi) => {
              const fresh = group.rows.filter((r) => !r.known).length;
              const kept = group.rows.filter((r, i) => group.keep[i] && !r.known).length;
              const limit = shown[group.name] ?? ROWS_AT_ONCE;
              return (
                <li key={group.name} className="learn-group" data-testid="learn-group">
                  <div className="group-head">
                    <input
                      type="checkbox"
                      aria-label={t('keepDocument', { name: group.name })}
                      checked={fresh > 0 && kept === fresh && (!group.outline || group.outlineKnown || group.keepOutline)}
                      disabled={fresh === 0 && (!group.outline || group.outlineKnown)}
                      ref={(box) => {
                        if (box) box.indeterminate = kept > 0 && kept < fresh;
                      }}
                      onChange={(e) => update(gi, (g) => ({ keep: g.rows.map((r) => e.target.checked && !r.known), keepOutline: e.target.checked && Boolean(g.outline && !g.outlineKnown) }))}
                    />
                    <button type="button" className="link" aria-expanded={group.open} onClick={() => update(gi, (g) => ({ open: !g.open }))}>
                      {group.name}
                    </button>
                    <span className="option-meta">
                      {t('groupCounts', { fresh, known: group.rows.length - fresh })}
                      {group.outline ? ` · ${t('groupHasOutline')}` : ''}
                    </span>
                  </div>
                  {group.notes.length > 0 && <p className="hint">{group.notes.map((n) => (t.locale === 'en' ? n.en : n.zh)).join('；')}</p>}
                  {group.open && (
                    <ul className="review-list" aria-label={t('groupRowsLabel', { name: group.name })}>
                      {group.outline && (
                        <li className="review-outline">
                          <label>
                            <input
                              type="checkbox"
                              checked={group.keepOutline && !group.outlineKnown}
                              disabled={group.outlineKnown}
                              onChange={(e) => update(gi, () => ({ keepOutline: e.target.checked }))}
                            />
                            <span className="review-text">{t('outlineCandidate', { title: fieldsForDisplay(group.outline.title), sections: group.outline.outline.length })}</span>
                            <span className="option-meta">{group.outlineKnown ? t('alreadyInBank') : t('outlineWord')}</span>
                          </label>
                        </li>
                      )}
                      {group.rows.slice(0, limit).map((row, ri) => (
                        <li key={row.phrase.id}>
                          <label>
                            <input
                              type="checkbox"
                              checked={group.keep[ri]! && !row.known}
                              disabled={row.known}
                              onChange={(e) => update(gi, (g) => ({ keep: g.keep.map((k, i) => (i === ri ? e.target.checked : k)) }))}
                            />
                            <span className="review-text">{row.phrase.text}</span>
                            <span className="option-meta">
                              {t.role(row.phrase.role)}
                              {row.known ? ` · ${t('alreadyInBank')}` : ''}
                            </span>
                          </label>
                        </li>
                      ))}
                      {group.rows.length > limit && (
                        <li>
                          <button type="button" className="link" onClick={() => setShown({ ...shown, [group.name]: group.rows.length })}>
                            {t('showAllRows', { count: group.rows.length })}
                          </button>
                        </li>
                      )}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          {review.failed.length > 0 && (
            <div className="learn-failed">
              <h5 id="learn-failed-title">{t('failedFilesTitle', { count: review.failed.length })}</h5>
              <ul aria-labelledby="learn-failed-title">
                {review.failed.map((f) => (
                  <li key={f.name}>{t.locale === 'en' ? f.message.en : f.message.zh}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="form-actions">
            <button type="button" className="primary" disabled={saving || chosenCount === 0} onClick={() => void save()}>
              {t('saveChosen', { count: chosenCount })}
            </button>
            <button type="button" onClick={() => setReview(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
