// Which editor a contenteditable belongs to, and so which insertion strategies to try, in
// order. Detection reads only the page's DOM (class names and data attributes the editors
// put on their editable element).
import { beforeInputStrategy } from './strategies/before-input';
import { execCommandStrategy } from './strategies/exec-command';
import { syntheticPaste, syntheticPasteStrategy } from './strategies/synthetic-paste';
import type { InsertStrategy } from './strategies/types';
import { isMarkdownSource } from './markdown';

export type EditorFamily = {
  name: string;
  strategies: readonly InsertStrategy[];
  /**
   * The editor's own undo history merges changes that come within this many ms of each
   * other (Quill: 1000, ProseMirror: 500 when adjacent). An insertion that soon after the
   * last keystroke would be undone together with the typing, so it waits this long.
   */
  undoGroupMs?: number;
  /**
   * The editor's history merges an insertion into the typing right before it whenever the
   * two are adjacent, however far apart in time (Slate). Replacing the last typed
   * character along with the insertion starts a new undo step instead.
   */
  replaceAtLeastOne?: boolean;
  /**
   * The editor's history records a change as a step only this many ms after it (Jodit),
   * and a Ctrl+Z before that undoes the step before it instead. An insertion counts as
   * done, and the caret is placed after it, once its step is in.
   */
  historyDelayMs?: number;
  /**
   * Makes the editor's own history record the text as it stands, just before an
   * insertion, where it would otherwise undo the writer's last typing together with it.
   */
  checkpoint?: (host: HTMLElement) => void;
};

/**
 * TinyMCE opens an undo level when a keydown starts typing and closes it on the next
 * command or caret key; text that arrives without keydowns (an IME commit, a dictation)
 * is in no level at all, and its paste handler does not close one first, so one Ctrl+Z
 * would take the typing away with the insertion. An `input` event reporting a replacement
 * is how the browser tells it of text changed outside typing (spell check); TinyMCE then
 * records the content as it stands (nothing, when its last level already holds it).
 */
function tinymceCheckpoint(host: HTMLElement): void {
  const view = host.ownerDocument.defaultView;
  if (view) host.dispatchEvent(new view.InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
}

/**
 * Summernote records an undo snapshot only after its own commands and on a mouseup in the
 * editable (typing makes none: `recordEveryKeystroke` is off by default), and its Ctrl+Z
 * first records the text as it stands, then steps back one: the typing and an insertion
 * after it would go back together. Its mouseup handler records the text as it stands.
 */
function summernoteCheckpoint(host: HTMLElement): void {
  const view = host.ownerDocument.defaultView;
  if (view) host.dispatchEvent(new view.MouseEvent('mouseup'));
}

/** Jodit's throttle of DOM reads plus its debounce of history steps (100 ms each), with
 * room for timers that fire late on a busy machine (at 200 ms one Ctrl+Z took the typing
 * with the insertion in 1 full test run of 3). */
const JODIT_HISTORY_MS = 300;

/** Vditor's debounce of history steps (800 ms), with room for a late timer. */
const VDITOR_HISTORY_MS = 1000;

/** Editors that keep their own model: the DOM is theirs, so insertion goes through events
 * they turn into a transaction. execCommand is not among them where it is known to be
 * reverted or never reach the model (CKEditor 5, Slate, Draft.js). */
const MODEL_EDITORS: ReadonlyArray<EditorFamily & { selector: string; /** The editor's iframe, for an editable that is its body. */ frame?: string }> = [
  { name: 'prosemirror', selector: '.ProseMirror', strategies: [syntheticPasteStrategy, execCommandStrategy], undoGroupMs: 500 },
  { name: 'quill', selector: '.ql-editor', strategies: [syntheticPasteStrategy, execCommandStrategy], undoGroupMs: 1000 },
  { name: 'ckeditor5', selector: '.ck-editor__editable, .ck-content', strategies: [syntheticPasteStrategy] },
  { name: 'lexical', selector: '[data-lexical-editor="true"]', strategies: [syntheticPasteStrategy, beforeInputStrategy, execCommandStrategy] },
  // wangEditor 5 runs its own Slate (0.72), whose history merges into the last step an
  // adjacent insertion, and any operation applied in the same tick as a selection change:
  // the paste replaces at least one character, in a tick after wangEditor took the
  // selection (its selectionchange handler is throttled to 100 ms). It takes a paste only
  // when text/plain is the one type.
  {
    name: 'wangeditor',
    selector: '[data-slate-editor][id^="w-e-textarea-"]',
    strategies: [syntheticPaste({ selectionSettleMs: 200, textOnly: true })],
    replaceAtLeastOne: true,
  },
  { name: 'slate', selector: '[data-slate-editor="true"]', strategies: [beforeInputStrategy], replaceAtLeastOne: true },
  { name: 'draftjs', selector: '.public-DraftEditor-content, [data-contents="true"]', strategies: [syntheticPasteStrategy] },
  {
    name: 'tinymce',
    selector: '.mce-content-body, body#tinymce',
    strategies: [syntheticPaste({ paragraphBreak: '\n\n', alwaysHtml: true }), execCommandStrategy],
    checkpoint: tinymceCheckpoint,
  },
  // CKEditor 4 (its iframe's body, or an inline editable): reads the paste's clipboardData
  // and inserts it between two snapshots of its undo manager.
  { name: 'ckeditor4', selector: '.cke_editable', strategies: [syntheticPasteStrategy] },
  // Jodit reads a pasted text/plain as HTML (its default `insert_as_html`): the browser's
  // own insertText keeps a phrase plain text. Its history reads the DOM throttled and
  // pushes a step debounced, 100 ms each (`defaultTimeout`): typing within that of an
  // insertion is undone with it, and a Ctrl+Z sooner after it (measured: right after the
  // outline's caret is placed, 50 ms on) finds no step for it yet.
  { name: 'jodit', selector: '.jodit-wysiwyg', strategies: [execCommandStrategy], undoGroupMs: JODIT_HISTORY_MS, historyDelayMs: JODIT_HISTORY_MS },
  { name: 'summernote', selector: '.note-editable', strategies: [execCommandStrategy], checkpoint: summernoteCheckpoint },
  // Vditor (its rendered markdown modes) records a history step 800 ms (`undoDelay`) after
  // the last change, debounced: typing within that of an insertion is undone with it, and
  // a Ctrl+Z sooner after it finds no step for it yet. A paste is converted by its own
  // markdown engine (<p>s become blank-line paragraphs).
  { name: 'vditor', selector: '.vditor-reset', strategies: [syntheticPasteStrategy, execCommandStrategy], undoGroupMs: VDITOR_HISTORY_MS, historyDelayMs: VDITOR_HISTORY_MS },
  // Trix takes insertText (its beforeinput) as typing, merged into the same undo entry as
  // the typing before it; a paste is an undo entry of its own. It reads a paste event only
  // when text/plain is its one type, and makes each '\n' a line break, as its Return does.
  { name: 'trix', selector: 'trix-editor', strategies: [syntheticPaste({ textOnly: true })] },
  // CodeMirror 6 reads text/plain from a paste into its document, as a change of its own
  // ('input.paste'); its history joins into the last step only typing and deletions (the
  // DOM change an insertText makes reads as typing).
  { name: 'codemirror', selector: '.cm-content', strategies: [syntheticPaste({ textOnly: true })] },
  // UEditor (Baidu; most Chinese OA systems): the body of an iframe it names ueditor_N. Its
  // undo manager saves a scene only after keydowns and around its own commands, and text
  // typed through an IME's commit or put in by execCommand is in no scene: one Ctrl+Z
  // would take the typing with it. Its paste plugin inserts between two scenes.
  {
    name: 'ueditor',
    selector: 'body.view',
    frame: 'iframe[id^="ueditor_"]',
    strategies: [syntheticPaste({ defaultAction: true })],
  },
];

/**
 * Any other contenteditable (issue #21): a paste first, which an editor with a paste
 * handler of its own takes as a step of its own history (Squire, whose history merges
 * typed text and an insertText into one run; medium-editor; Editor.js, which makes a block
 * of each pasted paragraph; Quill 1 through its paste bin), then the browser's own editing,
 * for plain contenteditable and editors such as KindEditor and pell that ignore a script's
 * paste (the browser does nothing with it, so nothing lands twice).
 */
const PLAIN: EditorFamily = { name: 'contenteditable', strategies: [syntheticPasteStrategy, execCommandStrategy] };

export function detectFamily(host: HTMLElement): EditorFamily {
  const family = MODEL_EDITORS.find((candidate) => isOf(candidate, host)) ?? PLAIN;
  return isMarkdownSource(host) ? asMarkdownFamily(family) : family;
}

function isOf(family: (typeof MODEL_EDITORS)[number], host: HTMLElement): boolean {
  if (family.frame && !host.ownerDocument.defaultView?.frameElement?.matches(family.frame)) return false;
  return host.matches(family.selector) || host.querySelector(family.selector) !== null;
}

/**
 * A markdown source editor takes a paste as markdown text: text/plain alone (HTML would be
 * converted, or its paragraphs joined by single line breaks).
 */
function asMarkdownFamily(family: EditorFamily): EditorFamily {
  const others = family.strategies.filter((strategy) => strategy.name !== 'paste');
  // Blank lines that a paste loses are put in by the browser's own editing (execCommand).
  const typed = others.includes(execCommandStrategy) ? [] : [execCommandStrategy];
  return { ...family, name: `${family.name}-markdown`, strategies: [syntheticPaste({ textOnly: true }), ...others, ...typed] };
}
