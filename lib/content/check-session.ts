// The wording check of one editor (issue #17): reads the editor's whole text by paragraphs,
// checks it here in the page (the text never leaves it; 20,000 characters take a few ms),
// and shows the findings. Jump selects a finding's range in the editor; fix puts the caret
// after it and replaces it through the editor's adapter, the same insertion strategies a
// suggestion takes (one undo step, verified by reading back); ignore hides it for this check.
// After any change the text is read and checked again, so offsets are never stale.
import type { EditableTarget } from '../editors/editable';
import type { EditorAdapter } from '../editors/adapter';
import { nextTask } from '../editors/caret-text';
import { readEditorText, type EditorText } from '../editors/editor-text';
import { checkDocument } from '../check/check';
import { DEFAULT_RULES, type Rule } from '../check/rules';
import type { Finding } from '../check/types';
import { fixEdit, ignoreKey, sameFinding, unignored } from '../check/findings-view';
import type { CheckOverlay } from './check-overlay';
import type { CheckText } from './check-text';
import { isDialogHost } from './dialog-hosts';

export type CheckSessionDeps = {
  target: EditableTarget;
  adapter: EditorAdapter;
  overlay: CheckOverlay;
  words: () => CheckText;
  /** performance.now() of the writer's last edit (see EditorAdapter.replaceBeforeCaret). */
  lastEditAt: () => number;
  /** A fix that went only to the clipboard: 「已复制，请按 Ctrl+V 粘贴」. */
  copied: () => void;
  view: Window;
  rules?: readonly Rule[];
};

export type CheckSession = {
  /** Checks and shows the list; when it is open already, checks again and gives it the focus. */
  open(): void;
  close(): void;
  /** The session ended (the focus went elsewhere): stop listening, touch neither list nor editor. */
  detach(): void;
};

type Checked = { read: EditorText; findings: Finding[]; elapsedMs: number };

export function checkSession(deps: CheckSessionDeps): CheckSession {
  const rules = deps.rules ?? DEFAULT_RULES;
  let checked: Checked | null = null;
  let ignored = new Set<string>();
  let focusKey = 0;
  let failed = false;
  let fixing = false;
  let restoreCaret: (() => void) | null = null;
  /** Where a jump or fix left the selection, in offsets of the text last checked: Esc gives the editor that. */
  let placed: { start: number; end: number } | null = null;

  /** `started`: before the text was read; reading the editor counts in the time too. */
  const check = (read: EditorText, started: number): Checked => {
    const findings = checkDocument(read.paragraphs, rules);
    return { read, findings, elapsedMs: performance.now() - started };
  };

  /** Reads the editor again (its nodes may be new) and checks again if the text changed. */
  const refresh = (): Checked => {
    const started = performance.now();
    const read = readEditorText(deps.target);
    checked = checked && read.text === checked.read.text ? { ...checked, read } : check(read, started);
    return checked;
  };

  const render = () => {
    if (!checked) return;
    deps.overlay.show({
      words: deps.words(),
      view: { text: checked.read.text, findings: unignored(checked.findings, ignored), elapsedMs: checked.elapsedMs, failed },
      focusKey,
      onJump: jump,
      onFix: (finding) => void fix(finding),
      onIgnore: ignore,
      onClose: close,
    });
  };

  /** The finding as the editor's text now has it (the writer may have typed since the list was made). */
  const current = (finding: Finding): Finding | null => {
    const before = checked?.read.text;
    const now = refresh();
    if (now.read.text === before) return finding;
    render();
    return sameFinding(now.findings, finding);
  };

  function jump(finding: Finding) {
    const found = current(finding);
    if (!found || !checked?.read.select(found.start, found.end)) return;
    placed = { start: found.start, end: found.end };
  }

  async function fix(finding: Finding) {
    if (fixing) return;
    const found = current(finding);
    const edit = found && checked ? fixEdit(checked.read.text, found) : null;
    if (!edit || !checked) return;
    fixing = true;
    try {
      // The strategies replace the characters before a caret: the caret goes after the
      // finding, and the editor takes it from the selectionchange that follows.
      if (!checked.read.select(edit.end, edit.end)) return;
      await nextTask(deps.view);
      const outcome = await deps.adapter.replaceBeforeCaret(edit.end - edit.start, edit.insert, deps.lastEditAt());
      failed = outcome === 'failed';
      if (outcome === 'copied') deps.copied();
      const caret = edit.start + edit.insert.length;
      placed = { start: caret, end: caret };
    } finally {
      fixing = false;
    }
    if (!deps.overlay.isOpen) return;
    refresh();
    focusKey++;
    render();
  }

  function ignore(finding: Finding) {
    ignored.add(ignoreKey(finding));
    render();
  }

  function close() {
    if (!deps.overlay.isOpen) return;
    escapeInEditor?.abort();
    deps.overlay.close();
    if (!placed) return restoreCaret?.();
    // Offsets hold only for the text they were taken in; after the writer's own edits the
    // editor just gets the focus back, with its selection as they left it.
    const now = readEditorText(deps.target);
    if (now.text === checked?.read.text) now.select(placed.start, placed.end);
    else deps.target.element.focus({ preventScroll: true });
  }

  /**
   * While the list is open, Esc in the editor closes it too, leaving the caret where it is:
   * after a jump the writer is in the editor, and may have moved on. (An editor that takes
   * the focus back after a fix, as wangEditor does in Firefox, gets the same answer.) The
   * inline list's Esc comes first: its listener was added when the session began.
   */
  let escapeInEditor: AbortController | null = null;
  const closeOnEscapeInEditor = () => {
    escapeInEditor?.abort();
    escapeInEditor = new AbortController();
    deps.view.addEventListener('keydown', (event) => {
      if (!deps.overlay.isOpen) return escapeInEditor?.abort();
      if (event.key !== 'Escape' || event.isComposing || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      const path = event.composedPath();
      if (!path.includes(deps.target.element) || path.some(isDialogHost)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      escapeInEditor?.abort();
      deps.overlay.close();
    }, { capture: true, signal: escapeInEditor.signal });
  };

  return {
    open() {
      if (deps.overlay.isOpen && checked) {
        refresh();
      } else {
        ignored = new Set();
        placed = null;
        failed = false;
        restoreCaret = deps.adapter.saveCaret();
        const started = performance.now();
        checked = check(readEditorText(deps.target), started);
        closeOnEscapeInEditor();
      }
      focusKey++;
      render();
    },
    close,
    detach: () => escapeInEditor?.abort(),
  };
}
