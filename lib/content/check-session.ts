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
import { checkDocument } from '../check/check-core';
import type { Rule } from '../check/rules';
import type { Finding } from '../check/types';
import { fixEdit, fixableOfRule, ignoreKey, sameFinding, unignored, type FixEdit } from '../check/findings-view';
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
  /** The rules in force (the shipped ones with the writer's files merged), asked from the
   * background when a check opens. */
  rules: () => Promise<readonly Rule[]>;
  /** The rules could not be had (the background did not answer): the check does not open. */
  unavailable?: () => void;
  /** A repeated phrase's alternatives from the bank (the background has it; the page does not). */
  alternatives?: (phrases: string[]) => Promise<Record<string, string[]>>;
};

export type CheckSession = {
  /** Checks and shows the list; when it is open already, checks again and gives it the focus. */
  open(): void;
  close(): void;
  /** The session ended (the focus went elsewhere): stop listening, touch neither list nor editor. */
  detach(): void;
};

type Checked = { read: EditorText; findings: Finding[]; elapsedMs: number };

/**
 * 「全部改正」 applies its fixes one by one, each its own undo step; a rich editor's history
 * merges changes that come close together (Quill's within 1000 ms), so a rich editor gets
 * this long between two fixes. A native field's undo keeps each insertText apart.
 */
const UNDO_GROUP_MS = 1100;
/** A bound on one 「全部改正」, should an editor keep giving the slip back. */
const MAX_FIX_ALL = 200;

export function checkSession(deps: CheckSessionDeps): CheckSession {
  /** The rules of the check under way. */
  let rules: readonly Rule[] = [];
  /** A check being opened (waiting for its rules): asking again does not open a second. */
  let opening: Promise<void> | null = null;
  let detached = false;
  /** The bank's alternatives by repeated phrase, asked once per phrase in a session. */
  let alternatives = new Map<string, string[]>();
  let checked: Checked | null = null;
  let ignored = new Set<string>();
  /** Rule ids ignored for the rest of this check (「忽略此类」). */
  let ignoredRules = new Set<string>();
  let focusKey = 0;
  let failed = false;
  let fixing = false;
  let restoreCaret: (() => void) | null = null;
  /** Where a jump or fix left the selection, in offsets of the text last checked: Esc gives the editor that. */
  let placed: { start: number; end: number } | null = null;

  /** `started`: before the text was read; reading the editor counts in the time too. */
  const check = (read: EditorText, started: number): Checked => {
    const findings = checkDocument(read.paragraphs, rules);
    const elapsedMs = performance.now() - started;
    askAlternatives(findings);
    return { read, findings, elapsedMs };
  };

  /** Reads the editor again (its nodes may be new) and checks again if the text changed. */
  const refresh = (): Checked => {
    const started = performance.now();
    const read = readEditorText(deps.target);
    checked = checked && read.text === checked.read.text ? { ...checked, read } : check(read, started);
    return checked;
  };

  const shown = (from: Checked) =>
    unignored(from.findings, ignored, ignoredRules).map((f) => {
      const more = f.kind === 'repetition' ? alternatives.get(f.text) : undefined;
      return more?.length ? { ...f, alternatives: more } : f;
    });

  /** Asks the background for the repeated phrases not asked yet; the list shows them when they come. */
  function askAlternatives(findings: readonly Finding[]) {
    const phrases = [...new Set(findings.filter((f) => f.kind === 'repetition' && !alternatives.has(f.text)).map((f) => f.text))].slice(0, 20);
    if (phrases.length === 0 || !deps.alternatives) return;
    for (const phrase of phrases) alternatives.set(phrase, []);
    const asked = alternatives;
    void deps.alternatives(phrases).then(
      (found) => {
        if (asked !== alternatives) return; // a new check began
        for (const phrase of phrases) alternatives.set(phrase, found[phrase] ?? []);
        if (deps.overlay.isOpen && Object.keys(found).length > 0) render();
      },
      () => {}, // no bank to ask (the background restarting): no alternatives this time
    );
  }

  const render = () => {
    if (!checked) return;
    deps.overlay.show({
      words: deps.words(),
      view: { text: checked.read.text, findings: shown(checked), elapsedMs: checked.elapsedMs, failed },
      focusKey,
      onJump: jump,
      onFix: (finding) => void fix(finding),
      onIgnore: ignore,
      onFixAll: (finding) => void fixAll(finding),
      onIgnoreRule: ignoreRule,
      onUseAlternative: (finding, alternative) => void useAlternative(finding, alternative),
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

  /**
   * Applies one edit through the adapter's insertion strategies: the caret goes after the
   * text to replace (the strategies replace the characters before a caret), and the editor
   * takes it from the selectionchange that follows. Whether the text changed in the editor.
   */
  async function apply(read: EditorText, edit: FixEdit): Promise<boolean> {
    if (!read.select(edit.end, edit.end)) return false;
    await nextTask(deps.view);
    const outcome = await deps.adapter.replaceBeforeCaret(edit.end - edit.start, edit.insert, deps.lastEditAt());
    failed = outcome === 'failed';
    if (outcome === 'copied') deps.copied();
    const caret = edit.start + edit.insert.length;
    placed = { start: caret, end: caret };
    return outcome === 'inserted';
  }

  /** After a change: the list, checked again, takes the focus back. */
  const afterChange = () => {
    if (!deps.overlay.isOpen) return;
    refresh();
    focusKey++;
    render();
  };

  async function fix(finding: Finding) {
    if (fixing) return;
    const found = current(finding);
    const edit = found && checked ? fixEdit(checked.read.text, found) : null;
    if (!edit || !checked) return;
    fixing = true;
    try {
      await apply(checked.read, edit);
    } finally {
      fixing = false;
    }
    afterChange();
  }

  /**
   * 「全部改正」: every fixable finding of the finding's rule, one at a time through the same
   * path as 「改正」 (each its own undo step), the last in the text first; the text is read
   * and checked again before each, so no offset is stale. Stops at a fix that did not go in.
   */
  async function fixAll(finding: Finding) {
    if (fixing) return;
    fixing = true;
    let lastFixAt = -Infinity;
    try {
      for (let done = 0; done < MAX_FIX_ALL && deps.overlay.isOpen; done++) {
        const now = refresh();
        const next = fixableOfRule(shown(now), finding.ruleId)[0];
        const edit = next ? fixEdit(now.read.text, next) : null;
        if (!edit) break;
        // Apart from the writer's last edit and from the fix before, in the editor's history.
        if (deps.target.kind !== 'native') await pause(UNDO_GROUP_MS - (performance.now() - Math.max(deps.lastEditAt(), lastFixAt)));
        if (!(await apply(now.read, edit))) break;
        lastFixAt = performance.now();
      }
    } finally {
      fixing = false;
    }
    afterChange();
  }

  const pause = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => deps.view.setTimeout(resolve, ms)) : Promise.resolve());

  function ignore(finding: Finding) {
    ignored.add(ignoreKey(finding));
    render();
  }

  /** A repetition's alternative in place of this use, through the same path as a fix. */
  async function useAlternative(finding: Finding, alternative: string) {
    if (fixing) return;
    const found = current(finding);
    if (!found || !checked || checked.read.text.slice(found.start, found.end) !== found.text) return;
    fixing = true;
    try {
      await apply(checked.read, { start: found.start, end: found.end, insert: alternative });
    } finally {
      fixing = false;
    }
    afterChange();
  }

  function ignoreRule(finding: Finding) {
    ignoredRules.add(finding.ruleId);
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

  /** A new check: the text and the caret are taken when the writer asks, the rules once
   * they come. */
  async function openFresh(): Promise<void> {
    ignored = new Set();
    ignoredRules = new Set();
    alternatives = new Map();
    placed = null;
    failed = false;
    restoreCaret = deps.adapter.saveCaret();
    const started = performance.now();
    const read = readEditorText(deps.target);
    const readMs = performance.now() - started;
    try {
      rules = await deps.rules();
    } catch {
      deps.unavailable?.();
      return;
    }
    if (detached) return;
    // The time shown is the check's own: reading the editor and checking, not the wait for the rules.
    checked = check(read, performance.now() - readMs);
    closeOnEscapeInEditor();
    focusKey++;
    render();
  }

  return {
    open() {
      if (deps.overlay.isOpen && checked) {
        refresh();
        focusKey++;
        render();
        return;
      }
      opening ??= openFresh().finally(() => (opening = null));
    },
    close,
    detach: () => {
      detached = true;
      escapeInEditor?.abort();
    },
  };
}
