// The wording check's findings in the page (issue #17): a dialog at the top right of the
// window, beside the text rather than over it, so a jump's selection stays in view. Each
// row shows the flagged text in its context, the replacement and the rule's explanation
// (Chinese, then English). Keyboard-complete: ↑↓ move, Enter jumps to the text (the focus
// goes to the editor with the range selected), F fixes, Shift+F fixes all of the row's rule,
// I or Delete ignores, Shift+I ignores the row's rule for this check, 1–9 put a repetition's
// alternative from the bank in place, Esc closes.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Finding } from '@/lib/check/types';
import { canFix, contextOf, fixableOfRule } from '@/lib/check/findings-view';
import type { CheckText } from '@/lib/content/check-text';
import { holdFocus } from './hold-focus';

export type CheckView = {
  /** The editor's text the findings were made from (for their context). */
  text: string;
  /** The findings still shown (ignored ones left out). */
  findings: readonly Finding[];
  /** Reading and checking the text in the page, in ms (data-check-ms, for the benchmark). */
  elapsedMs: number;
  /** A fix that did not go in. */
  failed: boolean;
};

type Props = {
  words: CheckText;
  view: CheckView;
  /** Changes when the list should take the focus back (opened again, after a fix). */
  focusKey: number;
  onJump: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onIgnore: (finding: Finding) => void;
  /** 「全部改正」: every fixable finding of this one's rule. */
  onFixAll: (finding: Finding) => void;
  /** 「忽略此类」: this one's rule, for the rest of the check. */
  onIgnoreRule: (finding: Finding) => void;
  /** A repetition's alternative put in place of this use. */
  onUseAlternative: (finding: Finding, alternative: string) => void;
  onClose: () => void;
};

const LIST_ID = 'juku-check-results';
const optionId = (index: number) => `juku-check-option-${index}`;

export function CheckPanel({ words, view, focusKey, onJump, onFix, onIgnore, onFixAll, onIgnoreRule, onUseAlternative, onClose }: Props) {
  const [active, setActive] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const { findings } = view;
  // The row at the same place stays active after a fix or an ignore: the next one moves up.
  const current = Math.max(0, Math.min(active, findings.length - 1));
  const highlighted = findings[current];

  /** Ends the hold on the focus: a key the writer presses here is an answer (a jump moves the focus on purpose). */
  const release = useRef<() => void>(() => {});
  useLayoutEffect(() => {
    const box = list.current ?? dialog.current;
    if (!box) return;
    box.focus({ preventScroll: true });
    release.current = holdFocus(box);
    return release.current;
  }, [focusKey]);
  useEffect(() => {
    list.current?.querySelector(`#${optionId(current)}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, findings]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.nativeEvent.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    release.current();
    const move = (delta: number) => findings.length > 0 && setActive((current + delta + findings.length) % findings.length);
    const ignoreHighlighted = () => highlighted && onIgnore(highlighted);
    const alternative = /^Digit([1-9])$/.exec(event.code);
    if (alternative && !event.shiftKey) {
      const picked = highlighted?.alternatives?.[Number(alternative[1]) - 1];
      if (highlighted && picked !== undefined) onUseAlternative(highlighted, picked);
      event.preventDefault();
      return;
    }
    if (event.shiftKey) {
      // Shift with a letter: the row's whole rule.
      const ofRule: Record<string, () => void> = {
        KeyF: () => highlighted && fixableOfRule(findings, highlighted.ruleId).length > 0 && onFixAll(highlighted),
        KeyI: () => highlighted && onIgnoreRule(highlighted),
      };
      const action = ofRule[event.code];
      if (!action) return;
      action();
      event.preventDefault();
      return;
    }
    // Letters by physical key (event.code): the same in every keyboard layout.
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Enter: () => highlighted && onJump(highlighted),
      KeyF: () => highlighted && canFix(highlighted) && onFix(highlighted),
      KeyI: ignoreHighlighted,
      Delete: ignoreHighlighted,
      Escape: onClose,
    };
    const action = actions[event.key] ?? (event.key.length === 1 ? actions[event.code] : undefined);
    if (!action) return;
    action();
    event.preventDefault();
  };

  return (
    <div
      ref={dialog}
      className="juku-panel juku-check"
      role="dialog"
      aria-label={words.dialog}
      tabIndex={-1}
      data-check-ms={view.elapsedMs.toFixed(2)}
      onKeyDown={onKeyDown}
    >
      <div className="juku-check-head">
        <strong>{words.dialog}</strong>
        <span className="juku-check-summary" role="status">
          {findings.length > 0 ? words.found(findings.length) : words.none} · {words.checked(view.text.replace(/\n/g, '').length)}
        </span>
        <button type="button" className="juku-check-close" aria-label={words.close} tabIndex={-1} onMouseDown={(event) => event.preventDefault()} onClick={onClose}>
          ×
        </button>
      </div>
      {view.failed && (
        <div className="juku-hint juku-error" role="alert">
          {words.fixFailed}
        </div>
      )}
      {findings.length > 0 && (
        <ul
          ref={list}
          id={LIST_ID}
          role="listbox"
          aria-label={words.results}
          tabIndex={0}
          aria-activedescendant={highlighted ? optionId(current) : undefined}
          className="juku-list juku-check-list"
        >
          {findings.map((finding, index) => {
            const context = contextOf(view.text, finding);
            const fixable = canFix(finding);
            const ofRule = fixableOfRule(findings, finding.ruleId).length;
            return (
              <li
                key={`${finding.ruleId}|${finding.start}|${finding.text}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === current}
                className={index === current ? 'juku-check-item juku-active' : 'juku-check-item'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setActive(index);
                  onJump(finding);
                }}
              >
                <div className="juku-check-line">
                  <span className="juku-role">{words.kinds[finding.kind]}</span>
                  <span className="juku-check-flagged">{finding.text}</span>
                  {finding.replacement !== undefined && (
                    <>
                      <span aria-hidden="true">{fixable ? ' → ' : ` → ${words.suggest}：`}</span>
                      <span className="juku-check-replacement">{finding.replacement === '' ? words.removed : finding.replacement}</span>
                    </>
                  )}
                </div>
                <div className="juku-check-context">
                  {context.before}
                  <mark>{context.flagged}</mark>
                  {context.after}
                </div>
                <div className="juku-check-explain" lang="zh-CN">
                  {finding.explain.zh}
                </div>
                <div className="juku-check-explain juku-check-en" lang="en">
                  {finding.explain.en}
                </div>
                {finding.alternatives && finding.alternatives.length > 0 && (
                  <div className="juku-check-explain juku-check-alternatives" role="group" aria-label={words.alternatives}>
                    {words.alternatives}
                    {finding.alternatives.map((alternative, n) => (
                      <button
                        key={alternative}
                        type="button"
                        tabIndex={-1}
                        className="juku-check-alternative"
                        aria-label={words.useAlternative(alternative)}
                        aria-keyshortcuts={n < 9 ? String(n + 1) : undefined}
                        onClick={(event) => {
                          event.stopPropagation(); // not a jump as well
                          onUseAlternative(finding, alternative);
                        }}
                      >
                        {n < 9 ? `${n + 1} ` : ''}
                        {alternative}
                      </button>
                    ))}
                  </div>
                )}
                <div className="juku-check-actions">
                  {fixable && <RowButton label={words.fix} onPress={() => onFix(finding)} />}
                  {ofRule > 1 && <RowButton label={words.fixAll(ofRule)} className="juku-check-fix-all" keys="Shift+F" onPress={() => onFixAll(finding)} />}
                  <RowButton label={words.ignore} onPress={() => onIgnore(finding)} />
                  <RowButton label={words.ignoreRule} className="juku-check-ignore-rule" keys="Shift+I" onPress={() => onIgnoreRule(finding)} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="juku-hint">{findings.length > 0 ? words.hint : words.noneHint}</div>
    </div>
  );
}

/** A row's action: out of the tab order (the keys do it), and a click on it is not a jump as well. */
function RowButton({ label, className, keys, onPress }: { label: string; className?: string; keys?: string; onPress: () => void }) {
  return (
    <button
      type="button"
      tabIndex={-1}
      className={className}
      aria-keyshortcuts={keys}
      onClick={(event) => {
        event.stopPropagation();
        onPress();
      }}
    >
      {label}
    </button>
  );
}
