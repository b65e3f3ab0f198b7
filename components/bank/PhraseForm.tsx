// The form that adds one phrase: in the popup and in the 「加入句库」 window opened from the
// context menu. The role is guessed from the wording and the tags from jieba keywords
// (both editable); tokens are computed with jieba when the user saves — the write path.
import { applyFindings, flagsOf } from '@/lib/check/check';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Role } from '@/lib/roles';
import type { StoredPhrase } from '@/lib/db';
import type { Translate } from '@/lib/i18n';
import { sendRequest } from '@/lib/protocol';
import { MAX_PHRASE_CHARS } from '@/lib/bank/limits';
import { suggestRole } from '@/lib/bank/role-guess';
import { Messages, RoleSelect, analyzeText as analyze, errorText, parseTags, phraseTextProblem } from './shared';
import { fieldsFromDisplay } from '@/lib/skeleton/fields';

type Props = { t: Translate; initialText?: string; onSaved?: (phrase: StoredPhrase) => void; onCancel?: () => void; autoFocus?: boolean };

export function PhraseForm({ t, initialText = '', onSaved, onCancel, autoFocus }: Props) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [role, setRole] = useState<Role>(() => suggestRole(initialText));
  const [roleTouched, setRoleTouched] = useState(false);
  const [tags, setTags] = useState('');
  const [tagsTouched, setTagsTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const problem = phraseTextProblem(text, t);
  // The wording check (#17): a slip is named as the writer types; the phrase can still be
  // saved, but a flagged form is never offered as a suggestion, and the form says so.
  const flags = useMemo(() => (text.trim() ? flagsOf(text) : []), [text]);
  const fixable = flags.some((f) => f.replacement !== undefined);

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);

  // Suggested tags for prefilled text (the context menu): jieba keywords, editable.
  useEffect(() => {
    if (!initialText.trim() || phraseTextProblem(initialText, t)) return;
    let live = true;
    analyze(initialText)
      .then((found) => live && setTags((current) => current || found.tags.join('，')))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [initialText, t]);

  const changeText = (next: string) => {
    setText(next);
    setStatus(null);
    if (!roleTouched) setRole(suggestRole(next));
  };

  const save = async () => {
    setError(null);
    setStatus(null);
    if (problem || !text.trim()) {
      setError(problem ?? t('tooShort'));
      return;
    }
    setBusy(true);
    try {
      const found = await analyze(text);
      const chosenTags = tagsTouched || tags ? parseTags(tags) : found.tags;
      const { phrase } = await sendRequest({ type: 'bankAddPhrase', text: fieldsFromDisplay(text), role, tags: chosenTags, tokens: found.tokens });
      setStatus(t('saved'));
      setText('');
      setTags('');
      setRoleTouched(false);
      setTagsTouched(false);
      onSaved?.(phrase);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="phrase-form"
      aria-label={t('addPhrase')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <label htmlFor={`${id}-text`}>{t('phraseText')}</label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        rows={3}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-count`}
        onChange={(e) => changeText(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl+Enter saves from the text box; Enter alone is a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <small id={`${id}-count`} className={problem ? 'count over' : 'count'}>
        {t('charCount', { count: [...text.trim()].length, max: MAX_PHRASE_CHARS })}
      </small>
      {flags.length > 0 && (
        <div className="wording-flags" role="note" aria-live="polite" data-testid="wording-flags">
          <ul>
            {flags.map((f) => (
              <li key={`${f.ruleId}@${f.start}`}>
                「{f.text}」{f.replacement !== undefined ? ` → 「${f.replacement}」` : ''}：{t.locale === 'en' ? f.explain.en : f.explain.zh}
              </li>
            ))}
          </ul>
          <p>{t('flaggedNotSuggested')}</p>
          {fixable && (
            <button type="button" onClick={() => changeText(applyFindings(text, flags))}>
              {t('applyStandardWording')}
            </button>
          )}
        </div>
      )}
      <div className="form-row">
        <label htmlFor={`${id}-role`}>{t('role')}</label>
        <RoleSelect
          id={`${id}-role`}
          value={role}
          t={t}
          onChange={(next) => {
            setRole(next);
            setRoleTouched(true);
          }}
        />
        {!roleTouched && text.trim() && <small>{t('suggestedRole')}</small>}
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-tags`}>{t('tags')}</label>
        <input
          id={`${id}-tags`}
          value={tags}
          placeholder={t('tagsHint')}
          onChange={(e) => {
            setTags(e.target.value);
            setTagsTouched(true);
          }}
        />
      </div>
      <Messages error={error} status={status} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
