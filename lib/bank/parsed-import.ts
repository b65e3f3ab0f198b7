// The bank file the writer is previewing, kept parsed in the background between 「预览」 and
// 「合并」/「替换」: the page then sends a token instead of the file again. A 100,000-phrase
// file is 28 MB; sending it twice and parsing it twice cost 1.7 s of a replace. One file at
// a time (the newest preview), dropped after a while so a forgotten preview does not hold
// the memory; a worker that was stopped in between has lost it, and the page sends the file.
import type { BankFile } from '../schema';
import { BankInputError, type Bilingual } from './limits';

const KEPT_MS = 10 * 60_000;

export const IMPORT_PREVIEW_GONE: Bilingual = {
  zh: '预览的文件已不在后台内存中，请重新发送文件。',
  en: 'The previewed file is no longer held by the background; send the file again.',
};

let kept: { token: string; bank: BankFile; timer: ReturnType<typeof setTimeout> } | null = null;

/** Keeps a parsed file for the apply that should follow; returns its token. */
export function keepParsedImport(bank: BankFile): string {
  if (kept) clearTimeout(kept.timer);
  const token = crypto.randomUUID();
  kept = { token, bank, timer: setTimeout(() => (kept = null), KEPT_MS) };
  return token;
}

/** The file previewed under `token`; a BankInputError (IMPORT_PREVIEW_GONE) when it is gone. */
export function parsedImport(token: string): BankFile {
  if (kept?.token !== token) throw new BankInputError(IMPORT_PREVIEW_GONE);
  return kept.bank;
}

/** After a successful apply: the file is in the bank, nothing more to keep. */
export function forgetParsedImport(token: string): void {
  if (kept?.token !== token) return;
  clearTimeout(kept.timer);
  kept = null;
}
