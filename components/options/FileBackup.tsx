// 「定期备份到文件夹」 (#15): the writer picks a folder (File System Access, Chromium), Juku asks
// for the alarms permission it needs for the weekly schedule, and the background writes a
// dated backup file there every week (lib/background/file-backup-run.ts). 「立即备份」 writes one
// now and, being a click, can grant the folder again where the browser took it back.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n';
import { sendRequest } from '@/lib/protocol';
import { FILE_BACKUP_OFF, type FileBackupState } from '@/lib/bank/file-backup';
import { fileBackupItem, keepBackupFolder, readBackupFolder, type FolderHandle } from '@/lib/bank/file-backup-state';
import { Messages } from '../bank/shared';
import { pageDb } from './use-bank';
import { useAction } from './use-action';

type DirectoryPicker = (options: { id?: string; mode: 'readwrite' }) => Promise<FolderHandle>;
const pickerOf = () => (window as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;

export function FileBackup({ t }: { t: Translate }) {
  const [state, setState] = useState<FileBackupState>(FILE_BACKUP_OFF);
  const { busy, error, status, act } = useAction(t);

  useEffect(() => {
    void fileBackupItem.getValue().then(setState);
    return fileBackupItem.watch((next) => setState(next ?? FILE_BACKUP_OFF));
  }, []);

  const written = (next: FileBackupState) => {
    if (next.problem === 'permission') throw new Error(t('fileBackupDenied'));
    if (next.problem) throw new Error(t(next.problem === 'folder' ? 'fileBackupFolderGone' : 'fileBackupWriteFailed'));
    return t('fileBackupWritten', { file: next.lastFile ?? '' });
  };

  const turnOn = () =>
    act(async () => {
      const folder = await pickerOf()!({ id: 'juku-backups', mode: 'readwrite' }).catch((e: unknown) => {
        if ((e as { name?: string }).name === 'AbortError') return null; // The writer closed the picker.
        throw e;
      });
      if (!folder) return null;
      if ((await folder.requestPermission?.({ mode: 'readwrite' })) === 'denied') throw new Error(t('fileBackupDenied'));
      // The weekly schedule needs alarms; asked for now, with the click that turned this on.
      await browser.permissions.request({ permissions: ['alarms'] }).catch(() => false);
      await keepBackupFolder(pageDb(), folder);
      await fileBackupItem.setValue({ ...state, enabled: true, folderName: folder.name, problem: undefined });
      return written(await sendRequest({ type: 'fileBackupRun', force: true }));
    });

  const backUpNow = () =>
    act(async () => {
      const folder = await readBackupFolder(pageDb());
      if (!folder) throw new Error(t('fileBackupFolderGone'));
      // A click may grant again what the browser took back after a restart.
      if ((await folder.requestPermission?.({ mode: 'readwrite' })) === 'denied') throw new Error(t('fileBackupDenied'));
      return written(await sendRequest({ type: 'fileBackupRun', force: true }));
    });

  const turnOff = () =>
    act(async () => {
      await keepBackupFolder(pageDb(), null);
      await fileBackupItem.setValue({ ...FILE_BACKUP_OFF, since: state.since, lastAt: state.lastAt, lastFile: state.lastFile });
      return null;
    });

  const problem =
    state.problem === 'permission'
      ? t('fileBackupPermission', { folder: state.folderName ?? '' })
      : state.problem === 'folder'
        ? t('fileBackupFolderGone')
        : state.problem === 'write'
          ? t('fileBackupWriteFailed')
          : null;

  return (
    <div className="panel" role="region" aria-labelledby="file-backup-title">
      <h3 id="file-backup-title">{t('fileBackupTitle')}</h3>
      <p className="hint">{t('fileBackupHelp')}</p>
      {!pickerOf() && !state.enabled ? (
        <p className="hint" data-testid="file-backup-unsupported">{t('fileBackupUnsupported')}</p>
      ) : state.enabled ? (
        <>
          <p data-testid="file-backup-state">
            {t('fileBackupOn', { folder: state.folderName ?? '' })}{' '}
            {state.lastAt ? t('fileBackupLast', { time: new Date(state.lastAt).toLocaleString(), file: state.lastFile ?? '' }) : t('fileBackupNever')}
          </p>
          {problem && <p role="alert">{problem}</p>}
          <button type="button" className="primary" disabled={busy} onClick={() => void backUpNow()}>
            {t('fileBackupNowButton')}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => void turnOff()}>
            {t('fileBackupOff')}
          </button>
        </>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => void turnOn()}>
          {t('fileBackupChoose')}
        </button>
      )}
      <Messages error={error} status={status} />
    </div>
  );
}
