// Backups to a file outside the browser (#15): the bank, with favourites and usage, written
// weekly into a folder the writer chose (a folder they keep, a synced drive), so a reset
// profile or a new machine loses nothing. Pure rules and the folder writer; the browser's
// folder handle, the schedule and the interface wire these up.

export const FILE_BACKUP_EVERY_DAYS = 7;
/** No backup file for this long, and the popup says so. */
export const FILE_BACKUP_REMINDER_DAYS = 30;
/** Dated files kept in the folder; older ones are removed after a new one is written. */
export const FILE_BACKUPS_KEPT = 8;
const DAY = 24 * 60 * 60 * 1000;
const NAME = /^juku-backup-\d{4}-\d{2}-\d{2}\.json$/;

/** What the popup and the options page show; stored in the extension's storage. */
export type FileBackupState = {
  enabled: boolean;
  /** The folder's name as the browser reports it (never a full path: the browser hides it). */
  folderName?: string;
  lastAt?: number;
  lastFile?: string;
  /** Why the last scheduled backup could not be written, if it could not. */
  problem?: 'folder' | 'permission' | 'write';
  problemAt?: number;
  /** When the popup first looked: 30 days from here without a backup file bring the reminder. */
  since?: number;
};

export const FILE_BACKUP_OFF: FileBackupState = { enabled: false };

/** 「juku-backup-2026-11-29.json」: one file a day at most, sorted by name = by date. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `juku-backup-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}.json`;
}

export function fileBackupDue(state: FileBackupState, now: number): boolean {
  return state.enabled && (state.lastAt === undefined || now - state.lastAt >= FILE_BACKUP_EVERY_DAYS * DAY);
}

/** What the popup should remind the writer of: nothing, a folder that needs their click to
 * be written again, or no backup file for 30 days (or ever). */
export function fileBackupReminder(state: FileBackupState, now: number): 'none' | 'permission' | 'stale' {
  if (state.enabled && state.problem === 'permission') return 'permission';
  const from = state.lastAt ?? state.since;
  return from === undefined || now - from < FILE_BACKUP_REMINDER_DAYS * DAY ? 'none' : 'stale';
}

/** The parts of a FileSystemDirectoryHandle the writer uses (a fake one in unit tests). */
export type BackupFolder = {
  getFileHandle(name: string, options: { create: boolean }): Promise<{
    createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
  }>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
};

/**
 * Writes the backup and then removes dated backups beyond the newest FILE_BACKUPS_KEPT.
 * createWritable writes into a temporary file that replaces the old one only on close, so
 * a write cut short leaves the previous file of that name whole.
 */
export async function writeBackupFile(folder: BackupFolder, now: number, text: string): Promise<string> {
  const name = backupFileName(now);
  const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
  await writable.write(text);
  await writable.close();
  const dated: string[] = [];
  for await (const entry of folder.keys()) if (NAME.test(entry)) dated.push(entry);
  dated.sort();
  for (const old of dated.slice(0, Math.max(0, dated.length - FILE_BACKUPS_KEPT))) await folder.removeEntry(old);
  return name;
}
