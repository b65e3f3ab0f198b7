// The full manager's phrase table: a virtualized grid (only the visible rows are in the DOM,
// so 100,000 phrases scroll smoothly), search and filters, inline edit with validation,
// bulk select / delete / retag, and undo of the last edit. Keyboard first: see tableKeys.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { StoredPhrase } from '@/lib/db';
import type { Translate } from '@/lib/i18n';
import type { Role } from '@/lib/roles';
import type { EditAction } from '@/lib/bank/undo';
import { sendRequest } from '@/lib/protocol';
import { onBankChange } from '@/lib/bank/change-signal';
import { InitialsCache, filterPhrases, type PhraseFilter } from '@/lib/bank/search';
import { PhraseForm } from '../bank/PhraseForm';
import { Messages, RoleOptions, RoleSelect, analyzeText, errorText, parseTags, phraseTextProblem } from '../bank/shared';
import type { BankData } from './use-bank';
import { fieldsForDisplay, fieldsFromDisplay } from '@/lib/skeleton/fields';

const ROW_HEIGHT = 44;
const EDIT_HEIGHT = 132;

type Props = { t: Translate; bank: BankData; onChanged: () => void };

type Editing = { id: string; text: string; role: Role; tags: string };

export function PhraseManager({ t, bank, onChanged }: Props) {
  const [filter, setFilter] = useState<PhraseFilter>({});
  const deferredFilter = useDeferredValue(filter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  // The one undoable edit and when it was made: the undo names it, so it never undoes
  // another tab's newer edit in its place (lib/bank/undo.ts refuses a mismatch).
  const [undoable, setUndoable] = useState<{ action: EditAction; at: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [bulkTag, setBulkTag] = useState('');
  const initials = useRef(new InitialsCache());
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const usesOf = useCallback((id: string) => bank.uses.get(id) ?? 0, [bank.uses]);
  const rows = useMemo(
    () => filterPhrases(bank.phrases, deferredFilter, usesOf, initials.current),
    [bank.phrases, deferredFilter, usesOf],
  );
  const tagOptions = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of bank.phrases) for (const tag of p.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 300).map(([tag]) => tag);
  }, [bank.phrases]);

  // Stable callbacks: the virtualizer recomputes every row's position when they change,
  // which on each scroll frame would cost 100,000 steps.
  const editingId = editing?.id;
  const estimateSize = useCallback((i: number) => (rows[i]?.id === editingId ? EDIT_HEIGHT : ROW_HEIGHT), [rows, editingId]);
  const getItemKey = useCallback((i: number) => rows[i]?.id ?? i, [rows]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement, estimateSize, overscan: 12, getItemKey });
  useEffect(() => virtualizer.measure(), [editingId, virtualizer]);

  // The background keeps the one undoable edit: asking it after each write keeps the
  // button true even when another tab edited the bank.
  const refreshUndo = useCallback(() => {
    void sendRequest({ type: 'bankUndoState' }).then(({ undo }) => setUndoable(undo ?? null)).catch(() => {});
  }, []);
  useEffect(refreshUndo, [refreshUndo]);
  useEffect(() => onBankChange(refreshUndo), [refreshUndo]);

  const activeRow = rows[Math.min(active, rows.length - 1)];
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  /** Runs a write, shows its outcome, keeps the undo button in step. */
  const run = async (write: () => Promise<string | null>) => {
    setError(null);
    setStatus(null);
    try {
      const done = await write();
      if (done) setStatus(done);
      refreshUndo();
      onChanged();
      return true;
    } catch (e) {
      setError(errorText(e, t));
      return false;
    }
  };

  const saveEdit = async () => {
    if (!editing) return;
    const problem = phraseTextProblem(editing.text, t) ?? (editing.text.trim() ? null : t('tooShort'));
    if (problem) {
      setError(problem);
      return;
    }
    const before = bank.phrases.find((p) => p.id === editing.id);
    const stored = fieldsFromDisplay(editing.text);
    const textChanged = before?.text !== stored.trim();
    const ok = await run(async () => {
      const tokens = textChanged ? (await analyzeText(stored)).tokens : undefined;
      const { phrase } = await sendRequest({
        type: 'bankUpdatePhrase',
        id: editing.id,
        patch: { text: stored, role: editing.role, tags: parseTags(editing.tags), ...(tokens ? { tokens } : {}) },
      });
      bank.patch([phrase]);
      return t('saved');
    });
    if (ok) {
      setEditing(null);
      gridRef.current?.focus();
    }
  };

  const remove = (ids: readonly string[]) =>
    run(async () => {
      const { deleted } = await sendRequest({ type: 'bankDeletePhrases', ids: [...ids] });
      bank.patch([], ids);
      setSelected(new Set());
      return t.edit({ kind: 'delete', count: deleted });
    });

  const toggleFavorite = (phrase: StoredPhrase) =>
    run(async () => {
      const { phrase: changed } = await sendRequest({ type: 'bankUpdatePhrase', id: phrase.id, patch: { favorite: !phrase.favorite } });
      bank.patch([changed]);
      return changed.favorite ? t('favorited') : t('unfavorited');
    });

  const retag = (change: { add?: string[]; remove?: string[]; role?: Role }) =>
    run(async () => {
      const { changed } = await sendRequest({ type: 'bankRetag', ids: [...selected], add: change.add ?? [], remove: change.remove ?? [], role: change.role });
      await bank.reload();
      return t.edit({ kind: 'retag', count: changed });
    });

  const undo = () =>
    run(async () => {
      const { undone } = await sendRequest({ type: 'bankUndo', expectedAt: undoable?.at }).finally(refreshUndo);
      await bank.reload();
      return t('undone', { label: t.edit(undone) });
    });

  const toggleSelected = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const startEdit = (phrase: StoredPhrase | undefined) => {
    if (phrase) setEditing({ id: phrase.id, text: fieldsForDisplay(phrase.text), role: phrase.role, tags: phrase.tags.join('，') });
  };

  const onGridKey = (e: React.KeyboardEvent) => {
    if (editing || (e.target as HTMLElement).closest('input, textarea, select')) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      ' ': () => activeRow && toggleSelected(activeRow.id),
      Enter: () => startEdit(activeRow),
      F2: () => startEdit(activeRow),
      Delete: () => void remove(selected.size ? [...selected] : activeRow ? [activeRow.id] : []),
    };
    const action = keys[e.key];
    if (action && !e.altKey && !e.ctrlKey) {
      e.preventDefault();
      action();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      setSelected(new Set(rows.map((p) => p.id)));
    }
  };

  // Ctrl+Z anywhere on the page outside a text field undoes the last edit. It does not wait
  // for the undo button's state: right after an edit that answer may still be on its way,
  // and the background knows (and says) when there is nothing to undo.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey && !(e.target as HTMLElement).closest?.('input, textarea, select')) {
        e.preventDefault();
        void undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const rowId = (phrase: StoredPhrase) => `row-${phrase.id}`;
  const editProblem = editing ? phraseTextProblem(editing.text, t) : null;

  return (
    <section aria-label={t('tabPhrases')} className="phrase-manager">
      <details className="add-box">
        <summary>+ {t('addPhrase')}</summary>
        <PhraseForm t={t} onSaved={(phrase) => (bank.patch([phrase]), refreshUndo(), onChanged())} />
      </details>

      <div className="filters" role="search">
        <input
          type="search"
          aria-label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          value={filter.query ?? ''}
          onChange={(e) => setFilter({ ...filter, query: e.target.value })}
        />
        <select aria-label={t('colRole')} value={filter.role ?? ''} onChange={(e) => setFilter({ ...filter, role: e.target.value as Role | '' })}>
          <option value="">{t('filterAllRoles')}</option>
          <RoleOptions t={t} />
        </select>
        <input list="tag-options" aria-label={t('filterTag')} placeholder={t('filterTag')} value={filter.tag ?? ''} onChange={(e) => setFilter({ ...filter, tag: e.target.value })} />
        <datalist id="tag-options">
          {tagOptions.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <select aria-label={t('colSource')} value={filter.origin ?? ''} onChange={(e) => setFilter({ ...filter, origin: e.target.value as PhraseFilter['origin'] })}>
          <option value="">{t('filterAllSources')}</option>
          <option value="default">{t('sourceDefault')}</option>
          <option value="user">{t('sourceUser')}</option>
        </select>
        <label>
          <input type="checkbox" checked={filter.favorites ?? false} onChange={(e) => setFilter({ ...filter, favorites: e.target.checked })} />
          {t('onlyFavorites')}
        </label>
        <label>
          <input type="checkbox" checked={filter.neverUsed ?? false} onChange={(e) => setFilter({ ...filter, neverUsed: e.target.checked })} />
          {t('neverUsed')}
        </label>
        <span className="count" aria-live="polite" data-testid="shown-count">
          {t('shown', { shown: rows.length, total: bank.total })}
          {!bank.complete && bank.loaded && <span className="reading"> · {t('readingRest')}</span>}
        </span>
      </div>

      <div className="bulk-bar">
        <span>{t('selectedCount', { count: selected.size })}</span>
        <button type="button" onClick={() => setSelected(new Set(rows.map((p) => p.id)))}>
          {t('selectAll')}
        </button>
        <button type="button" disabled={!selected.size} onClick={() => setSelected(new Set())}>
          {t('clearSelection')}
        </button>
        <button type="button" className="danger" disabled={!selected.size} onClick={() => void remove([...selected])}>
          {t('deleteSelected')}
        </button>
        <input aria-label={t('tags')} placeholder={t('tags')} value={bulkTag} onChange={(e) => setBulkTag(e.target.value)} />
        <button type="button" disabled={!selected.size || !bulkTag.trim()} onClick={() => void retag({ add: parseTags(bulkTag) })}>
          {t('addTag')}
        </button>
        <button type="button" disabled={!selected.size || !bulkTag.trim()} onClick={() => void retag({ remove: parseTags(bulkTag) })}>
          {t('removeTag')}
        </button>
        <select
          aria-label={t('setRole')}
          value=""
          disabled={!selected.size}
          onChange={(e) => e.target.value && void retag({ role: e.target.value as Role })}
        >
          <option value="">{t('setRole')}</option>
          <RoleOptions t={t} />
        </select>
        {undoable && (
          <span className="undo">
            {t.edit(undoable.action)}
            <button type="button" onClick={() => void undo()}>
              {t('undo')}
            </button>
          </span>
        )}
      </div>

      <Messages error={error ?? (editProblem || null)} status={status} />

      <div
        ref={gridRef}
        role="grid"
        aria-label={t('phraseTable')}
        aria-rowcount={rows.length + 1}
        aria-multiselectable="true"
        aria-activedescendant={activeRow && !editing ? rowId(activeRow) : undefined}
        aria-describedby="table-keys"
        tabIndex={0}
        className="grid"
        onKeyDown={onGridKey}
      >
        <div role="row" aria-rowindex={1} className="grid-row grid-head">
          <span role="columnheader" className="c-select">{t('colSelect')}</span>
          <span role="columnheader" className="c-text">{t('colText')}</span>
          <span role="columnheader" className="c-role">{t('colRole')}</span>
          <span role="columnheader" className="c-tags">{t('colTags')}</span>
          <span role="columnheader" className="c-source">{t('colSource')}</span>
          <span role="columnheader" className="c-uses">{t('colUses')}</span>
          <span role="columnheader" className="c-fav" title={t('favorite')} aria-label={t('favorite')}>
            {t('colFavorite')}
          </span>
          <span role="columnheader" className="c-actions">{t('colActions')}</span>
        </div>
        <div ref={scrollRef} className="grid-body" data-testid="grid-body">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const phrase = rows[item.index]!;
              const isEditing = editing?.id === phrase.id;
              const className = `grid-row${item.index === active ? ' active' : ''}${selected.has(phrase.id) ? ' selected' : ''}`;
              return (
                <div
                  key={item.key}
                  id={rowId(phrase)}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={selected.has(phrase.id)}
                  className={className}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
                  onClick={() => setActive(item.index)}
                  onDoubleClick={() => !isEditing && startEdit(phrase)}
                >
                  <span role="gridcell" className="c-select">
                    <input type="checkbox" tabIndex={-1} aria-label={t('colSelect')} checked={selected.has(phrase.id)} onChange={() => toggleSelected(phrase.id)} />
                  </span>
                  {isEditing ? (
                    <span role="gridcell" className="c-edit">
                      <textarea
                        autoFocus
                        aria-label={t('phraseText')}
                        aria-invalid={editProblem ? true : undefined}
                        value={editing.text}
                        onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' && !e.shiftKey) {
                            e.preventDefault();
                            void saveEdit();
                          } else if (e.key === 'Escape') {
                            setEditing(null);
                            gridRef.current?.focus();
                          }
                        }}
                      />
                      <span className="edit-row">
                        <RoleSelect t={t} value={editing.role} onChange={(role) => setEditing({ ...editing, role })} />
                        <input aria-label={t('tags')} value={editing.tags} onChange={(e) => setEditing({ ...editing, tags: e.target.value })} />
                        <button type="button" className="primary" onClick={() => void saveEdit()}>
                          {t('save')}
                        </button>
                        <button type="button" onClick={() => (setEditing(null), gridRef.current?.focus())}>
                          {t('cancel')}
                        </button>
                      </span>
                    </span>
                  ) : (
                    <>
                      <span role="gridcell" className="c-text" title={fieldsForDisplay(phrase.text)}>
                        {fieldsForDisplay(phrase.text)}
                      </span>
                      <span role="gridcell" className="c-role">{t.role(phrase.role)}</span>
                      <span role="gridcell" className="c-tags">{phrase.tags.join('、')}</span>
                      <span role="gridcell" className="c-source" title={phrase.sources.join('\n')}>
                        {phrase.origin === 'default' ? t('sourceDefault') : t('sourceUser')}
                      </span>
                      <span role="gridcell" className="c-uses">{usesOf(phrase.id)}</span>
                    </>
                  )}
                  <span role="gridcell" className="c-fav">
                    <button
                      type="button"
                      tabIndex={-1}
                      className="star"
                      aria-pressed={phrase.favorite}
                      aria-label={phrase.favorite ? t('unfavorite') : t('favorite')}
                      onClick={() => void toggleFavorite(phrase)}
                    >
                      {phrase.favorite ? '★' : '☆'}
                    </button>
                  </span>
                  <span role="gridcell" className="c-actions">
                    {!isEditing && (
                      <>
                        <button type="button" tabIndex={-1} onClick={() => startEdit(phrase)}>
                          {t('edit')}
                        </button>
                        <button type="button" tabIndex={-1} className="danger" onClick={() => void remove([phrase.id])}>
                          {t('delete')}
                        </button>
                      </>
                    )}
                  </span>
                </div>
              );
            })}
          </div>
          {bank.loaded && rows.length === 0 && <p className="empty">{t('emptyTable')}</p>}
        </div>
      </div>
      <p id="table-keys" className="hint">
        {t('tableKeys')}
      </p>
    </section>
  );
}
