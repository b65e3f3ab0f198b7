// Where the file-backup settings live: the state (on, folder name, last backup, problem) in
// the extension's storage, which the popup, the options page and the background all read;
// the folder's handle in the bank database, the one store that can keep a browser handle.
import { storage } from 'wxt/utils/storage';
import type { JukuDatabase } from '../db';
import { FILE_BACKUP_OFF, type BackupFolder, type FileBackupState } from './file-backup';

export const fileBackupItem = storage.defineItem<FileBackupState>('local:fileBackup', { fallback: FILE_BACKUP_OFF });

const FOLDER_KEY = 'fileBackupFolder';

/** The chosen folder: a FileSystemDirectoryHandle where the browser has them (Chromium). */
export type FolderHandle = BackupFolder & {
  name: string;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
};

export async function readBackupFolder(db: JukuDatabase): Promise<FolderHandle | undefined> {
  return (await db.settings.get(FOLDER_KEY))?.value as FolderHandle | undefined;
}

export async function keepBackupFolder(db: JukuDatabase, folder: FolderHandle | null): Promise<void> {
  if (folder) await db.settings.put({ key: FOLDER_KEY, value: folder });
  else await db.settings.delete(FOLDER_KEY);
}
