// Which editor a contenteditable belongs to, and so which insertion strategies to try, in
// order. Detection reads only the page's DOM (class names and data attributes the editors
// put on their editable element).
import { beforeInputStrategy } from './strategies/before-input';
import { execCommandStrategy } from './strategies/exec-command';
import { syntheticPasteStrategy } from './strategies/synthetic-paste';
import type { InsertStrategy } from './strategies/types';

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
};

/** Editors that keep their own model: the DOM is theirs, so insertion goes through events
 * they turn into a transaction. execCommand is not among them where it is known to be
 * reverted or never reach the model (CKEditor 5, Slate, Draft.js). */
const MODEL_EDITORS: ReadonlyArray<EditorFamily & { selector: string }> = [
  { name: 'prosemirror', selector: '.ProseMirror', strategies: [syntheticPasteStrategy, execCommandStrategy], undoGroupMs: 500 },
  { name: 'quill', selector: '.ql-editor', strategies: [syntheticPasteStrategy, execCommandStrategy], undoGroupMs: 1000 },
  { name: 'ckeditor5', selector: '.ck-editor__editable, .ck-content', strategies: [syntheticPasteStrategy] },
  { name: 'lexical', selector: '[data-lexical-editor="true"]', strategies: [syntheticPasteStrategy, beforeInputStrategy, execCommandStrategy] },
  { name: 'slate', selector: '[data-slate-editor="true"]', strategies: [beforeInputStrategy], replaceAtLeastOne: true },
  { name: 'draftjs', selector: '.public-DraftEditor-content, [data-contents="true"]', strategies: [syntheticPasteStrategy] },
  { name: 'tinymce', selector: '.mce-content-body, body#tinymce', strategies: [syntheticPasteStrategy, execCommandStrategy] },
];

/** Plain contenteditable (and editors such as KindEditor, CKEditor 4, UEditor, Summernote
 * that ignore a synthetic paste): the browser's own editing. */
const PLAIN: EditorFamily = { name: 'contenteditable', strategies: [execCommandStrategy] };

export function detectFamily(host: HTMLElement): EditorFamily {
  for (const family of MODEL_EDITORS) {
    if (host.matches(family.selector) || host.querySelector(family.selector)) return family;
  }
  return PLAIN;
}
