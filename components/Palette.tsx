// The phrase palette: a dialog at the caret to look phrases and whole outlines up by topic.
// Keyboard-complete: type to search, ↑↓ to move, Enter inserts the highlighted item (the
// first by default), Esc closes. An item with fields ({{单位}}…) opens a small form first.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PaletteItem, PaletteKind } from '@/lib/search/palette-index';
import type { Skeleton } from '@/lib/schema';
import { ROLES, type Role } from '@/lib/roles';
import type { PaletteText } from '@/lib/content/palette-text';
import { fieldsForDisplay, fieldsIn, fillFields } from '@/lib/skeleton/fields';
import { renderSkeleton, skeletonTexts } from '@/lib/skeleton/render';
import { PaletteForm } from './PaletteForm';
import { holdFocus } from './hold-focus';

export type PaletteSearch = { query: string; kind: PaletteKind; role?: Role };
export type PaletteChoice = { item: PaletteItem; lines: string[]; caretLine: number };
export type Placement = { left: number; top: number; bottom: number };

type Props = {
  text: PaletteText;
  placement: Placement;
  /** Keys typed before the palette could take the focus: the start of the search. */
  initialQuery: string;
  search: (query: PaletteSearch) => Promise<PaletteItem[]>;
  loadSkeleton: (id: string) => Promise<Skeleton | null>;
  /** Field values the form starts with: the profile and this year. */
  fieldDefaults: Readonly<Record<string, string>>;
  onInsert: (choice: PaletteChoice) => void;
  onClose: () => void;
  /** Nothing found: the writer can add the searched text to the bank. */
  onAddToBank?: (text: string) => void;
  /** 「检查表述」: closes the palette and checks the editor's whole text (issue #17). */
  onCheck?: () => void;
};

/** What an item becomes once its fields have values. */
type Template = { item: PaletteItem; fields: string[]; build: (values: Readonly<Record<string, string>>) => { lines: string[]; caretLine: number } };

const LIST_ID = 'juku-palette-results';
const optionId = (index: number) => `juku-palette-option-${index}`;
const PANEL_WIDTH = 560;
const PANEL_HEIGHT = 420;

export function Palette({ text, placement, initialQuery, search, loadSkeleton, fieldDefaults, onInsert, onClose, onAddToBank, onCheck }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [kind, setKind] = useState<PaletteKind>('all');
  const [role, setRole] = useState<Role | ''>('');
  const [items, setItems] = useState<PaletteItem[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [form, setForm] = useState<Template | null>(null);
  const [preview, setPreview] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const skeletons = useRef(new Map<string, Promise<Skeleton | null>>());
  const skeletonOf = (id: string) => {
    let found = skeletons.current.get(id);
    if (!found) skeletons.current.set(id, (found = loadSkeleton(id)));
    return found;
  };

  useEffect(() => {
    let current = true;
    setStatus('loading');
    search({ query, kind, role: role || undefined })
      .then((found) => {
        if (!current) return;
        setItems(found);
        setActive(0);
        setStatus('ready');
      })
      .catch(() => current && setStatus('failed'));
    return () => {
      current = false;
    };
  }, [query, kind, role]);

  const highlighted = items[active];
  useEffect(() => {
    let current = true;
    if (!highlighted) setPreview([]);
    else if (highlighted.kind === 'phrase') setPreview([fillFields(highlighted.text, fieldDefaults)]);
    else
      void skeletonOf(highlighted.id).then((skeleton) => {
        if (current) setPreview(skeleton ? renderSkeleton(skeleton, fieldDefaults).lines.map((line) => line.text) : []);
      });
    return () => {
      current = false;
    };
  }, [highlighted?.id]);

  // Before paint, so no key typed right after Alt+J reaches the editor instead.
  useLayoutEffect(() => {
    if (form || !input.current) return;
    input.current.focus();
    return holdFocus(input.current);
  }, [form]);

  const choose = async (item: PaletteItem | undefined) => {
    if (!item) return;
    const template = await templateOf(item);
    if (!template) return setStatus('failed');
    if (template.fields.length === 0) onInsert({ item, ...template.build({}) });
    else setForm(template);
  };

  const templateOf = async (item: PaletteItem): Promise<Template | null> => {
    if (item.kind === 'phrase') {
      return { item, fields: fieldsIn([item.text]), build: (values) => ({ lines: [fillFields(item.text, values)], caretLine: 0 }) };
    }
    const skeleton = await skeletonOf(item.id);
    if (!skeleton) return null;
    return {
      item,
      fields: fieldsIn(skeletonTexts(skeleton)),
      build: (values) => {
        const rendered = renderSkeleton(skeleton, values);
        return { lines: rendered.lines.map((line) => line.text), caretLine: rendered.caretLine };
      },
    };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const move = (delta: number) => items.length > 0 && setActive((active + delta + items.length) % items.length);
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter':
        void choose(highlighted);
        break;
      case 'Escape':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const style = useMemo(() => panelPosition(placement), [placement]);

  return (
    <div
      className="juku-panel juku-palette"
      role="dialog"
      aria-modal="true"
      aria-label={text.dialog}
      style={style}
      onKeyDown={(event) => {
        // Esc anywhere in the palette (the filters too) closes it, or leaves the form.
        if (event.key !== 'Escape' || event.nativeEvent.isComposing || event.defaultPrevented) return;
        event.preventDefault();
        if (form) setForm(null);
        else onClose();
      }}
    >
      {form ? (
        <PaletteForm
          text={text}
          fields={form.fields}
          defaults={fieldDefaults}
          render={form.build}
          onSubmit={(values) => onInsert({ item: form.item, ...form.build(values) })}
          onBack={() => setForm(null)}
        />
      ) : (
        <>
          <div className="juku-palette-bar">
            <input
              ref={input}
              className="juku-search"
              role="combobox"
              aria-label={text.searchLabel}
              aria-expanded="true"
              aria-controls={LIST_ID}
              aria-autocomplete="list"
              aria-activedescendant={highlighted ? optionId(active) : undefined}
              placeholder={text.searchPlaceholder}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onKeyDown}
            />
            <select aria-label={text.kindLabel} value={kind} onChange={(event) => setKind(event.target.value as PaletteKind)}>
              {(['all', 'phrase', 'skeleton'] as const).map((value) => (
                <option key={value} value={value}>
                  {text.kinds[value]}
                </option>
              ))}
            </select>
            <select aria-label={text.roleLabel} value={role} onChange={(event) => setRole(event.target.value as Role | '')}>
              <option value="">{text.anyRole}</option>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {text.roles[value]}
                </option>
              ))}
            </select>
            {onCheck && (
              <button type="button" className="juku-check-entry" onClick={onCheck}>
                {text.check.paletteEntry}
              </button>
            )}
          </div>
          <div className="juku-palette-body">
            <ul id={LIST_ID} role="listbox" aria-label={text.results} className="juku-list juku-palette-list">
              {items.map((item, index) => (
                <li
                  key={`${item.kind}|${item.id}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'juku-option juku-active' : 'juku-option'}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => index !== active && setActive(index)}
                  onClick={() => void choose(item)}
                >
                  <span className="juku-text">
                    {fieldsForDisplay(item.text.slice(0, item.matchStart))}
                    <mark>{fieldsForDisplay(item.text.slice(item.matchStart, item.matchEnd))}</mark>
                    {fieldsForDisplay(item.text.slice(item.matchEnd))}
                  </span>
                  <span className="juku-role">{item.kind === 'skeleton' ? text.skeletonTag : text.roles[item.role]}</span>
                </li>
              ))}
              {status === 'ready' && items.length === 0 && (
                <li className="juku-empty">
                  {text.empty}
                  {query.trim() && onAddToBank && (
                    <>
                      {' '}
                      <button type="button" className="juku-add" onMouseDown={(event) => event.preventDefault()} onClick={() => onAddToBank(query.trim())}>
                        {text.addToBank}
                      </button>
                      <span className="juku-empty-hint">{text.emptyHint}</span>
                    </>
                  )}
                </li>
              )}
            </ul>
            <section className="juku-preview" aria-label={text.preview}>
              {preview.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </section>
          </div>
          {status === 'failed' ? (
            <div className="juku-hint juku-error" role="alert">
              {text.failed}
            </div>
          ) : (
            <div className="juku-hint">{status === 'loading' && items.length === 0 ? text.searching : text.hint}</div>
          )}
        </>
      )}
    </div>
  );
}

/** Below the caret if it fits, else above; always inside the viewport. */
function panelPosition(placement: Placement): { left: number; top: number } {
  const width = Math.min(PANEL_WIDTH, window.innerWidth - 16);
  const left = Math.max(8, Math.min(placement.left, window.innerWidth - width - 8));
  const below = placement.bottom + 4;
  const top = below + PANEL_HEIGHT <= window.innerHeight ? below : Math.max(8, placement.top - PANEL_HEIGHT - 4);
  return { left, top };
}
