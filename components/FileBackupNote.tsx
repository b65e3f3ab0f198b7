// The popup's line about backups to a file (#15): the last backup's date, or a reminder when
// there has been none for 30 days (or the folder needs one click to be written again), with
// the way to the options page's backup panel.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n';
import { fileBackupReminder, type FileBackupState } from '@/lib/bank/file-backup';
import { fileBackupItem } from '@/lib/bank/file-backup-state';

export function FileBackupNote({ t }: { t: Translate }) {
  const [state, setState] = useState<FileBackupState | null>(null);

  useEffect(() => {
    void fileBackupItem.getValue().then(async (stored) => {
      // The first look starts the 30 days after which a writer without a backup file is reminded.
      const next = stored.lastAt === undefined && stored.since === undefined ? { ...stored, since: Date.now() } : stored;
      if (next !== stored) await fileBackupItem.setValue(next);
      setState(next);
    });
  }, []);
  if (!state) return null;

  const reminder = fileBackupReminder(state, Date.now());
  const open = () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#import') }).then(() => window.close());
  if (reminder === 'none')
    return state.lastAt ? (
      <p className="hint" data-testid="file-backup-note">
        {t('fileBackupLast', { time: new Date(state.lastAt).toLocaleDateString(), file: state.lastFile ?? '' })}
      </p>
    ) : null;
  return (
    <p className="hint" role="status" data-testid="file-backup-note">
      {t(reminder === 'permission' ? 'fileBackupReminderPermission' : 'fileBackupReminder')}{' '}
      <button type="button" className="link" onClick={open}>
        {t('fileBackupOpen')}
      </button>
    </p>
  );
}
