// Limits on what the bank manager accepts, and the one error type whose message is shown to
// the user as is (Chinese, naming the problem). Everything else is reported as 「出错」.

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

/** A problem with the user's input or data: its message is meant for the user. */
export class BankInputError extends Error {
  override readonly name = 'BankInputError';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Throws the user-facing message for a file over the limit. */
export function checkFileSize(bytes: number, name = '文件'): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new BankInputError(`${name}过大（${formatBytes(bytes)}），上限为 ${formatBytes(MAX_FILE_BYTES)}，未做任何改动。`);
  }
}

/** Counted in characters (code points), as the user sees them. */
export function checkPhraseText(text: string): string {
  const trimmed = text.trim();
  const length = [...trimmed].length;
  if (length < 2) throw new BankInputError('表述至少需要 2 个字。');
  if (length > MAX_PHRASE_CHARS) {
    throw new BankInputError(`表述过长（${length} 字），每条上限为 ${MAX_PHRASE_CHARS} 字，未保存。`);
  }
  return trimmed;
}

/** IndexedDB ran out of room (Dexie keeps the DOMException's name, or wraps it as inner). */
export function isQuotaError(error: unknown): boolean {
  const named = (value: unknown) => typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'QuotaExceededError';
  return named(error) || (typeof error === 'object' && error !== null && named((error as { inner?: unknown }).inner));
}

export const QUOTA_MESSAGE = '存储空间已满：导入已取消，句库保持原样。请删除一些备份或不用的表述后再试。';
