// The skeleton editor: pick a skeleton, edit its outline as a tree (role=tree), reorder by
// keyboard (Alt+arrows) or by dragging, and see the numbering it will be inserted with.
// Numbers are computed from depth and position on every render, never stored.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Skeleton, SkeletonNode } from '@/lib/schema';
import type { Translate } from '@/lib/i18n';
import { sendRequest } from '@/lib/protocol';
import { fnv1a64 } from '@/lib/corpus/hash';
import { addNode, flatten, indentNode, moveBefore, moveNode, outdentNode, removeNode, updateNode, type Edited, type Path } from '@/lib/skeleton/outline-edit';
import { Messages, RoleSelect, errorText } from '../bank/shared';
import { fieldsForDisplay, fieldsFromDisplay } from '@/lib/skeleton/fields';

type Props = { t: Translate; skeletons: Skeleton[]; onChanged: () => Promise<void> };

const samePath = (a: Path | null, b: Path) => a !== null && a.length === b.length && a.every((v, i) => v === b[i]);
const pathKey = (path: Path) => path.join('.');

export function SkeletonEditor({ t, skeletons, onChanged }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(skeletons[0]?.id ?? null);
  const [draft, setDraft] = useState<Skeleton | null>(null);
  const [focusPath, setFocusPath] = useState<Path | null>(null);
  const [dragging, setDragging] = useState<Path | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const found = skeletons.find((s) => s.id === selectedId) ?? skeletons[0] ?? null;
    setDraft(found ? structuredClone(found) : null);
    if (found && found.id !== selectedId) setSelectedId(found.id);
  }, [selectedId, skeletons]);

  // Focus follows a node that moved, so keyboard reordering can go on.
  useEffect(() => {
    if (!focusPath) return;
    treeRef.current?.querySelector<HTMLInputElement>(`[data-path="${pathKey(focusPath)}"] input`)?.focus();
  }, [focusPath, draft]);

  const rows = useMemo(() => (draft ? flatten(draft.outline) : []), [draft]);
  const setOutline = (outline: SkeletonNode[]) => draft && setDraft({ ...draft, outline });
  const apply = (edited: Edited) => {
    setOutline(edited.outline);
    setFocusPath(edited.path);
  };

  const onNodeKey = (e: React.KeyboardEvent, path: Path) => {
    if (!draft || !e.altKey) return;
    const actions: Record<string, () => Edited> = {
      ArrowUp: () => moveNode(draft.outline, path, -1),
      ArrowDown: () => moveNode(draft.outline, path, 1),
      ArrowRight: () => indentNode(draft.outline, path),
      ArrowLeft: () => outdentNode(draft.outline, path),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      apply(action());
    }
  };

  const save = async () => {
    if (!draft) return;
    setError(null);
    try {
      const { skeleton } = await sendRequest({ type: 'bankSaveSkeleton', skeleton: draft });
      await onChanged();
      setSelectedId(skeleton.id);
      setStatus(t('skeletonSaved'));
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  const create = () => {
    const title = t('newSkeleton');
    const skeleton: Skeleton = {
      id: `s_user_${fnv1a64(`${Date.now()}${Math.random()}`)}`,
      title,
      docType: title,
      opening: [],
      outline: [{ title: t('untitled'), role: 'work' }],
      sources: [],
    };
    setSelectedId(skeleton.id);
    setDraft(skeleton);
  };

  const remove = async () => {
    if (!draft) return;
    try {
      await sendRequest({ type: 'bankDeleteSkeleton', id: draft.id });
      setSelectedId(null);
      await onChanged();
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  return (
    <section className="skeletons" aria-label={t('tabSkeletons')}>
      <div className="skeleton-list">
        <div role="listbox" aria-label={t('skeletonList')} tabIndex={0} aria-activedescendant={selectedId ? `sk-${selectedId}` : undefined}
          onKeyDown={(e) => {
            const index = skeletons.findIndex((s) => s.id === selectedId);
            const next = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : -1;
            if (next >= 0 && next < skeletons.length) {
              e.preventDefault();
              setSelectedId(skeletons[next]!.id);
            }
          }}
        >
          {skeletons.map((s) => (
            <div key={s.id} id={`sk-${s.id}`} role="option" aria-selected={s.id === selectedId} className={s.id === selectedId ? 'option active' : 'option'} onClick={() => setSelectedId(s.id)}>
              {s.docType}
            </div>
          ))}
        </div>
        <button type="button" onClick={create}>
          + {t('newSkeleton')}
        </button>
      </div>
      {draft && (
        <div className="skeleton-editor">
          <div className="form-row">
            <label htmlFor="sk-title">{t('skeletonTitle')}</label>
            <input id="sk-title" value={fieldsForDisplay(draft.title)} onChange={(e) => setDraft({ ...draft, title: fieldsFromDisplay(e.target.value) })} />
          </div>
          <div className="form-row">
            <label htmlFor="sk-doctype">{t('docType')}</label>
            <input id="sk-doctype" value={draft.docType} onChange={(e) => setDraft({ ...draft, docType: e.target.value })} />
          </div>
          <h3>{t('outline')}</h3>
          <p className="hint">{t('skeletonKeys')}</p>
          <ul role="tree" aria-label={t('outline')} ref={treeRef} className="tree">
            {rows.map((row) => (
              <li
                key={pathKey(row.path)}
                role="treeitem"
                aria-level={row.depth + 1}
                aria-setsize={row.setSize}
                aria-posinset={row.path[row.path.length - 1]! + 1}
                aria-selected={samePath(focusPath, row.path)}
                data-path={pathKey(row.path)}
                className={samePath(dragging, row.path) ? 'tree-row dragging' : 'tree-row'}
                style={{ paddingLeft: `${row.depth * 28}px` }}
                draggable
                onDragStart={(e) => {
                  setDragging(row.path);
                  e.dataTransfer.effectAllowed = 'move';
                }}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  if (dragging && draft) apply(moveBefore(draft.outline, dragging, row.path));
                  setDragging(null);
                }}
                onDragEnd={() => setDragging(null)}
              >
                <span className="number" aria-hidden="true">
                  {row.number}
                </span>
                <input
                  aria-label={`${row.number}${fieldsForDisplay(row.node.title)}`}
                  value={fieldsForDisplay(row.node.title)}
                  onFocus={() => setFocusPath(row.path)}
                  onKeyDown={(e) => onNodeKey(e, row.path)}
                  onChange={(e) => setOutline(updateNode(draft.outline, row.path, { title: fieldsFromDisplay(e.target.value) }))}
                />
                <RoleSelect t={t} value={row.node.role} onChange={(role) => setOutline(updateNode(draft.outline, row.path, { role }))} />
                <span className="node-actions">
                  <button type="button" aria-label={t('moveUp')} title={t('moveUp')} onClick={() => apply(moveNode(draft.outline, row.path, -1))}>↑</button>
                  <button type="button" aria-label={t('moveDown')} title={t('moveDown')} onClick={() => apply(moveNode(draft.outline, row.path, 1))}>↓</button>
                  <button type="button" aria-label={t('outdent')} title={t('outdent')} onClick={() => apply(outdentNode(draft.outline, row.path))}>←</button>
                  <button type="button" aria-label={t('indent')} title={t('indent')} onClick={() => apply(indentNode(draft.outline, row.path))}>→</button>
                  <button type="button" aria-label={t('addChild')} title={t('addChild')} onClick={() => apply(addNode(draft.outline, row.path, t('untitled'), row.node.role))}>＋</button>
                  <button type="button" aria-label={t('removeNode')} title={t('removeNode')} onClick={() => setOutline(removeNode(draft.outline, row.path))}>✕</button>
                </span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => apply(addNode(draft.outline, null, t('untitled'), 'work'))}>
            + {t('addHeading')}
          </button>
          <h3>{t('preview')}</h3>
          <pre className="preview" data-testid="skeleton-preview">
            {fieldsForDisplay([draft.title, ...rows.map((row) => `${'  '.repeat(row.depth)}${row.number}${row.node.title}`)].join('\n'))}
          </pre>
          <Messages error={error} status={status} />
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void save()}>
              {t('save')}
            </button>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('deleteSkeleton')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
