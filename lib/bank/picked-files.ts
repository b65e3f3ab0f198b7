// Files the writer gives at once: picked (several, or a whole folder) or dropped (files and
// folders, walked to the bottom). Each keeps its path inside the folder as its name, so two
// 「工作总结.doc」 from different years stay apart. Only files some reader takes are kept;
// the rest are counted, so the page can say how many were passed over.
import type { LearnFile } from './learn-protocol';

/** Enough for years of a writer's documents; a whole drive dropped by mistake is cut here. */
export const MAX_PICKED_FILES = 1000;

export type Picked = { files: LearnFile[]; skipped: number; overLimit: boolean };

const extensionOf = (name: string): string => /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';

/** Hidden files and Office's lock files (~$报告.doc) are never documents. */
const isNoise = (name: string) => /(^|\/)(\.|~\$)/.test(name);

export function pickReadable(named: ReadonlyArray<{ name: string; file: File }>, extensions: readonly string[]): Picked {
  const accepted = new Set(extensions);
  const files: LearnFile[] = [];
  let skipped = 0;
  for (const entry of named) {
    if (isNoise(entry.name) || !accepted.has(extensionOf(entry.name))) skipped++;
    else if (files.length < MAX_PICKED_FILES) files.push(entry);
  }
  return { files, skipped, overLimit: named.length - skipped > MAX_PICKED_FILES };
}

/** From an <input type=file multiple> or one with webkitdirectory: the folder path when there is one. */
export const namedInputFiles = (list: FileList | null): Array<{ name: string; file: File }> =>
  [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file }));

type Entry = FileSystemEntry;

const readAll = (reader: FileSystemDirectoryReader): Promise<Entry[]> =>
  new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    // readEntries hands out a directory in batches (100 in Chromium) until it returns none.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(entries);
        else {
          entries.push(...batch);
          next();
        }
      }, reject);
    next();
  });

const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));

/** Every file under what was dropped, folders walked (up to the limit), in a stable order. */
export async function namedDroppedFiles(items: DataTransferItemList): Promise<Array<{ name: string; file: File }>> {
  // Entries must be taken from the items synchronously, before the drop event ends.
  const found: Array<{ name: string; file: File }> = [];
  const roots: Entry[] = [];
  for (const item of items) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    // A browser that gives no entry (a drop made by a page script, an older engine) still gives the file.
    const file = entry ? null : item.getAsFile();
    if (entry) roots.push(entry);
    else if (file) found.push({ name: file.name, file });
  }
  const stack = [...roots].reverse();
  while (stack.length > 0 && found.length <= MAX_PICKED_FILES * 2) {
    const entry = stack.pop()!;
    if (entry.isFile) found.push({ name: entry.fullPath.replace(/^\//, ''), file: await fileOf(entry as FileSystemFileEntry) });
    else if (entry.isDirectory) {
      const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
      children.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
      stack.push(...children);
    }
  }
  return found;
}
