// The fields of a skeleton or phrase ({{年度}}, {{单位}} …), filled before insertion.
// Ctrl+Enter inserts from any field; Enter moves to the next field (and inserts from the
// last); the live preview shows exactly what will go in, 「【待填：…】」 for empty fields,
// and marks where the focused field lands (issue #20), so the writer sees what a field means.
import { Fragment, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PaletteText } from '@/lib/content/palette-text';
import { pendingMarker } from '@/lib/skeleton/fields';

// Private-use characters around the focused field's value: never in a writer's text.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** A preview line with the focused field's occurrences as <mark>. */
function markedLine(line: string) {
  if (!line.includes(OPEN)) return line;
  return line.split(OPEN).map((part, index) => {
    if (index === 0) return <Fragment key={index}>{part}</Fragment>;
    const [inside = '', after = ''] = part.split(CLOSE);
    return (
      <Fragment key={index}>
        <mark className="juku-field-here">{inside}</mark>
        {after}
      </Fragment>
    );
  });
}

type Props = {
  text: PaletteText;
  fields: readonly string[];
  defaults: Readonly<Record<string, string>>;
  render: (values: Readonly<Record<string, string>>) => { lines: string[] };
  onSubmit: (values: Readonly<Record<string, string>>) => void;
  onBack: () => void;
};

export function PaletteForm({ text, fields, defaults, render, onSubmit, onBack }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field, defaults[field] ?? ''])),
  );
  const inputs = useRef<Array<HTMLInputElement | null>>([]);
  const [focused, setFocused] = useState<string | null>(fields[0] ?? null);
  const preview = useRef<HTMLElement>(null);
  const shown =
    focused === null ? values : { ...values, [focused]: `${OPEN}${values[focused]?.trim() || pendingMarker(focused)}${CLOSE}` };
  // Scrolls the preview alone (scrollIntoView would scroll the page too, which closes the palette).
  useEffect(() => {
    const box = preview.current;
    const mark = box?.querySelector('mark');
    if (!box || !mark) return;
    const delta = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (delta < 0 || delta > box.clientHeight - 20) box.scrollTop += delta - box.clientHeight / 3;
  }, [focused]);
  // At commit, before paint: the search box that had the focus is gone, and the writer's
  // next key (Ctrl+Enter, typing a value) must land in the form, not on the page.
  useLayoutEffect(() => inputs.current[0]?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const next = inputs.current[index + 1];
    if (event.ctrlKey || event.metaKey || !next) onSubmit(values);
    else next.focus();
  };

  return (
    <form
      className="juku-form"
      aria-label={text.formTitle}
      // Ctrl+Enter inserts from anywhere in the form (a button may have the focus too).
      onKeyDown={(event) => {
        if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
        event.preventDefault();
        onSubmit(values);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
    >
      <div className="juku-form-title">{text.formTitle}</div>
      <div className="juku-form-body">
        <div className="juku-fields">
          {fields.map((field, index) => (
            <label key={field} className="juku-field">
              <span>{field}</span>
              <input
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                value={values[field] ?? ''}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
                onKeyDown={(event) => onKeyDown(event, index)}
                onFocus={() => setFocused(field)}
              />
            </label>
          ))}
        </div>
        <section className="juku-preview" aria-label={text.preview} ref={preview}>
          {render(shown).lines.map((line, index) => (
            <p key={index}>{markedLine(line)}</p>
          ))}
        </section>
      </div>
      <div className="juku-form-actions">
        <span className="juku-hint-inline">{text.formHint}</span>
        <button type="button" onClick={onBack}>
          {text.back}
        </button>
        <button type="submit">{text.insert}</button>
      </div>
    </form>
  );
}
