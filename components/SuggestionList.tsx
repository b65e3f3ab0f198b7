// The inline suggestion list shown at the caret. It never takes focus: the writer keeps
// typing in the editor, and the content script drives it from the editor's key events.
import { useLayoutEffect, useRef } from 'react';
import type { Suggestion } from '@/lib/engine/types';
import type { Role } from '@/lib/roles';
import { fieldsForDisplay } from '@/lib/skeleton/fields';
import { rowWords } from '@/lib/engine/row-words';

export type ListPlacement = { left: number; top: number; bottom: number };

type Props = {
  suggestions: Suggestion[];
  activeIndex: number;
  placement: ListPlacement;
  /** Place above the caret: there is no room below it. */
  above: boolean;
  onPick: (index: number) => void;
  /** The list's accessible name and its key hint, in the writer's language. */
  label: string;
  hint: string;
  roles: Record<Role, string>;
  /** The label of a row from the text above the caret (「本文」). */
  fromDocument: string;
};

export const LIST_ID = 'juku-suggestions';
export const optionId = (index: number) => `juku-option-${index}`;

/** Space kept between the list and the window's edge. */
const EDGE = 4;

export function SuggestionList({ suggestions, activeIndex, placement, above, onPick, label, hint, roles, fromDocument }: Props) {
  const style = above
    ? { left: placement.left, bottom: window.innerHeight - placement.top + 4 }
    : { left: placement.left, top: placement.bottom + 4 };
  // Near the window's right edge the list moves left as far as it must (its width is known
  // only once laid out), as it opens above the caret near the bottom: it never runs out of
  // the window, where its right column and the ends of rows would be cut off.
  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return;
    element.style.left = `${placement.left}px`;
    const overflow = element.getBoundingClientRect().right - (document.documentElement.clientWidth - EDGE);
    if (overflow > 0) element.style.left = `${Math.max(EDGE, placement.left - overflow)}px`;
  });
  return (
    <div className="juku-panel" style={style} ref={panel}>
      <ul
        id={LIST_ID}
        role="listbox"
        aria-label={label}
        aria-activedescendant={optionId(activeIndex)}
        className="juku-list"
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={`${suggestion.id}|${suggestion.replace}|${suggestion.insert}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'juku-option juku-active' : 'juku-option'}
            // mousedown, not click: a click would first move the focus out of the editor.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(index);
            }}
          >
            <MarkedText suggestion={suggestion} />
            <span className="juku-role">{suggestion.source === 'document' ? fromDocument : roles[suggestion.role]}</span>
          </li>
        ))}
      </ul>
      <div className="juku-hint">{hint}</div>
    </div>
  );
}

/** The words the text will read after Tab, the typed ones marked (see row-words.ts). */
function MarkedText({ suggestion }: { suggestion: Suggestion }) {
  const { cut, typed, rest } = rowWords(suggestion);
  return (
    <span className="juku-text">
      {cut && '…'}
      {typed && <mark>{fieldsForDisplay(typed)}</mark>}
      {fieldsForDisplay(rest)}
    </span>
  );
}
