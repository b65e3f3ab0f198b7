// The scheduled backup to a file (#15): checked every six hours and at start-up, written when
// a week has passed since the last one. Where the browser has taken back its permission to
// write to the folder (Chromium does after a restart unless the writer allowed it for good),
// nothing is written and the popup asks for one click, which grants it again.
import { exportBank } from '../bank/bank-file';
import { fileBackupDue, writeBackupFile, type FileBackupState } from '../bank/file-backup';
import { fileBackupItem, readBackupFolder } from '../bank/file-backup-state';
import type { JukuDatabase } from '../db';
import { scheduleAlarm } from './alarm-schedule';

const ALARM = 'juku-file-backup';
const EVERY_MINUTES = 6 * 60;

/** Writes a backup file if one is due (or `force`); returns the state as it now is. */
export async function runFileBackup(db: JukuDatabase, force: boolean, now = Date.now()): Promise<FileBackupState> {
  const state = await fileBackupItem.getValue();
  if (!state.enabled || (!force && !fileBackupDue(state, now))) return state;
  const failed = async (problem: NonNullable<FileBackupState['problem']>) => {
    const next = { ...state, problem, problemAt: now };
    await fileBackupItem.setValue(next);
    return next;
  };
  const folder = await readBackupFolder(db);
  if (!folder) return failed('folder');
  if ((await folder.queryPermission?.({ mode: 'readwrite' })) === 'prompt') return failed('permission');
  try {
    const file = await exportBank(db, '句库备份', true);
    const name = await writeBackupFile(folder, now, JSON.stringify(file));
    const next: FileBackupState = { enabled: true, folderName: state.folderName, since: state.since, lastAt: now, lastFile: name };
    await fileBackupItem.setValue(next);
    return next;
  } catch (error) {
    return failed((error as { name?: string }).name === 'NotAllowedError' ? 'permission' : 'write');
  }
}

export function scheduleFileBackups(db: JukuDatabase): void {
  const run = () => void runFileBackup(db, false).catch(() => {});
  scheduleAlarm(ALARM, EVERY_MINUTES, run);
  run();
}
