// Limits on what the bank manager accepts, and the one error type whose message is shown to
// the user as is (naming the problem, in both interface languages). Everything else is
// reported as 「出错」 with its message unchanged.

/**
 * A bank file or document larger than this is refused before it is read. Our own export of
 * a 100,000-phrase bank is about 30 MB and must come back in; the file then travels to the
 * background in one message, whose ceiling in Chrome is 64 MiB.
 */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/**
 * The schema's limit (lib/schema.ts, checked equal by a unit test), repeated here so the
 * popup can check lengths as the user types without bundling zod.
 */
export const MAX_PHRASE_CHARS = 2000;

/** One message for the user in both interface languages, written side by side. */
export type Bilingual = { zh: string; en: string };

/**
 * A problem with the user's input or data: its message is meant for the user. `message` is
 * the Chinese (logs, tests); `en` is the same message for the English interface. It crosses
 * to the pages in the background's envelope (lib/protocol.ts) and is shown by errorText().
 */
export class BankInputError extends Error {
  override readonly name = 'BankInputError';
  readonly en: string;
  constructor(text: Bilingual) {
    super(text.zh);
    this.en = text.en;
  }
}

/** A count as English writes it (2,001); the Chinese keeps the plain digits. */
export const enCount = (count: number): string => count.toLocaleString('en-US');

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Throws the user-facing message for a file over the limit; `name` is the file as each language names it. */
export function checkFileSize(bytes: number, name: Bilingual = { zh: '文件', en: 'The file' }): void {
  if (bytes > MAX_FILE_BYTES) {
    const [size, limit] = [formatBytes(bytes), formatBytes(MAX_FILE_BYTES)];
    throw new BankInputError({
      zh: `${name.zh}过大（${size}），上限为 ${limit}，未做任何改动。`,
      en: `${name.en} is too large (${size}); the limit is ${limit}. Nothing was changed.`,
    });
  }
}

/** Counted in characters (code points), as the user sees them. */
export function checkPhraseText(text: string): string {
  const trimmed = text.trim();
  const length = [...trimmed].length;
  if (length < 2) throw new BankInputError({ zh: '表述至少需要 2 个字。', en: 'A phrase needs at least 2 characters.' });
  if (length > MAX_PHRASE_CHARS) {
    throw new BankInputError({
      zh: `表述过长（${length} 字），每条上限为 ${MAX_PHRASE_CHARS} 字，未保存。`,
      en: `The phrase is too long (${enCount(length)} characters; the limit is ${enCount(MAX_PHRASE_CHARS)}). It was not saved.`,
    });
  }
  return trimmed;
}

/** IndexedDB ran out of room (Dexie keeps the DOMException's name, or wraps it as inner). */
export function isQuotaError(error: unknown): boolean {
  const named = (value: unknown) => typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'QuotaExceededError';
  return named(error) || (typeof error === 'object' && error !== null && named((error as { inner?: unknown }).inner));
}

export const QUOTA_WRITE_MESSAGE: Bilingual = {
  zh: '存储空间已满：这次更改没有保存，句库保持原样。请删除一些备份或不用的表述，或清理浏览器占用的磁盘空间后再试。',
  en: 'Storage is full: this change was not saved and the bank is unchanged. Delete some backups or phrases you do not use, or free disk space for the browser, then try again.',
};

export const QUOTA_MESSAGE: Bilingual = {
  zh: '存储空间已满：导入已取消，句库保持原样。请删除一些备份或不用的表述后再试。',
  en: 'Storage is full: the import was cancelled and the bank is unchanged. Delete some backups or phrases you do not use, then try again.',
};
