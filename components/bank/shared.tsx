// Small pieces the popup, the 「加入句库」 form and the options page share.
import { ROLES, type Role } from '@/lib/roles';
import { BankInputError, MAX_PHRASE_CHARS } from '@/lib/bank/limits';
import type { MessageKey, Translate } from '@/lib/i18n';

/** Tokens, tags and a role for a phrase being saved. jieba (4 MB of wasm) loads on the first call only. */
export async function analyzeText(text: string) {
  const [{ loadWebSegmenter }, { analyzePhrase }] = await Promise.all([import('@/lib/segment-web'), import('@/lib/bank/analyze')]);
  return analyzePhrase(text, await loadWebSegmenter());
}

/**
 * An error's text for the user: a BankInputError (thrown here or carried over from the
 * background) in the interface language; any other error's message as it is.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof BankInputError) return t.locale === 'en' ? error.en : error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Tags typed as 「党建，理论学习 作风」: commas (either width), 、 or spaces. */
export const parseTags = (text: string): string[] => [...new Set(text.split(/[,，、\s]+/).map((t) => t.trim()).filter(Boolean))];

/** The length problem of a phrase, checked as the user types (the background checks again). */
export function phraseTextProblem(text: string, t: Translate): string | null {
  const count = [...text.trim()].length;
  if (count > MAX_PHRASE_CHARS) return t('tooLong', { count, max: MAX_PHRASE_CHARS });
  if (count > 0 && count < 2) return t('tooShort');
  return null;
}

/** The section roles as <option>s, labelled in the UI language. */
export function RoleOptions({ t }: { t: Translate }) {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {t.role(role)}
    </option>
  ));
}

export function RoleSelect(props: { value: Role; onChange: (role: Role) => void; t: Translate; id?: string; label?: string }) {
  return (
    <select id={props.id} aria-label={props.label ?? props.t('role')} value={props.value} onChange={(e) => props.onChange(e.target.value as Role)}>
      <RoleOptions t={props.t} />
    </select>
  );
}

/** Errors go to role=alert (read out at once); confirmations to role=status. */
export function Messages({ error, status }: { error: string | null; status: string | null }) {
  return (
    <>
      <p role="alert" className="alert" hidden={!error}>
        {error}
      </p>
      <p role="status" className="status" hidden={!status}>
        {status}
      </p>
    </>
  );
}

export type Notice = { key: MessageKey; values?: Record<string, string | number> };
