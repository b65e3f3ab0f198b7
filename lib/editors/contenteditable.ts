// Any contenteditable: reads around the caret, and inserts through its family's
// strategies in order, each verified by reading the text back. Where none lands, the
// text goes to the clipboard and the writer is told to paste it.
import type { EditorAdapter, InsertOutcome } from './adapter';
import { caretRange, caretRect, caretTextOffset, nextFrame, nextTask, rangeAtTextOffset, selectionFor, textBeforeCaret } from './caret-text';
import { copyToClipboard } from './clipboard-fallback';
import { detectFamily } from './families';
import { caretAfterInsertion, linesAboveCaret, moveCaretToInsertedLine } from './blocks';
import { headingChain } from './heading-chain';

/** Beyond the editor's own merge window, to be safe from clock granularity. */
const UNDO_GROUP_MARGIN_MS = 30;
/** Longer than the selection throttles of editors that read the DOM selection (Slate: 100 ms). */
const SELECTION_SETTLE_MS = 400;
const SETTLE_CHECK_MS = 50;
/** How long an editor may take to put its caret after pasted blocks. */
const CARET_WAIT_MS = 1000;

export function contentEditableAdapter(host: HTMLElement): EditorAdapter {
  const family = detectFamily(host);
  const view = host.ownerDocument.defaultView;

  async function insert(replace: number, text: string, lastEditAt: number | undefined): Promise<InsertOutcome> {
    const wait = (family.undoGroupMs ?? 0) - (performance.now() - (lastEditAt ?? -Infinity));
    if (view && wait > 0) await new Promise((resolve) => view.setTimeout(resolve, wait + UNDO_GROUP_MARGIN_MS));
    const original = textBeforeCaret(host);
    if (original === null) return 'failed';
    if (family.replaceAtLeastOne && replace === 0 && original.length > 0) {
      text = original.slice(-1) + text;
      replace = 1;
    }
    const lastLine = text.slice(text.lastIndexOf('\n') + 1);
    family.checkpoint?.(host);
    const caret = caretRange(host);
    const caretOffset = caret ? caretTextOffset(host, caret) : null;
    const content = host.textContent;
    for (const strategy of family.strategies) {
      if (await strategy.run(host, replace, text)) {
        if (family.historyDelayMs && view) await new Promise((resolve) => view.setTimeout(resolve, family.historyDelayMs! + UNDO_GROUP_MARGIN_MS));
        return 'inserted';
      }
      // A strategy that changed the text without landing as expected must not be followed
      // by another: the text would go in twice. One that only moved the focus or the
      // selection for a moment (ProseMirror after a paste it could not read; TinyMCE's
      // paste bin) leaves the text as it was: the caret is put back and the next one runs.
      if (!view || !(await textSettlesBack(host, view, content))) {
        if (view) await nextFrame(view);
        return textBeforeCaret(host)?.endsWith(lastLine) ? 'inserted' : 'failed';
      }
      if (caretOffset !== null && textBeforeCaret(host) !== original) putCaretBack(host, caretOffset);
    }
    return (await copyToClipboard(host.ownerDocument, text)) ? 'copied' : 'failed';
  }

  return {
    family: family.name,
    textBeforeCaret: () => textBeforeCaret(host),
    headingsAbove: () => headingChain(linesAboveCaret(host)),
    caretRect: () => caretRect(host),
    replaceBeforeCaret: (replace, text, lastEditAt) => insert(replace, text, lastEditAt),
    async insertLines(replace, lines, caretLine, lastEditAt) {
      const outcome = await insert(replace, lines.join('\n'), lastEditAt);
      if (outcome === 'inserted' && caretLine < lines.length - 1 && view) await placeCaret(host, view, lines, caretLine);
      return outcome;
    },
    saveCaret() {
      const saved = caretRange(host)?.cloneRange() ?? null;
      const offset = saved ? caretTextOffset(host, saved) : null;
      const restore = () => {
        const selection = selectionFor(host);
        // The same place in the text, where the editor has rendered it anew meanwhile.
        const range = saved && host.contains(saved.startContainer) ? saved : offset !== null ? rangeAtTextOffset(host, offset) : null;
        if (!range || !selection) return;
        selection.removeAllRanges();
        selection.addRange(range);
      };
      return () => {
        host.focus({ preventScroll: true });
        restore();
        if (offset !== null && view) void keepRestored(host, view, offset, restore);
      };
    },
  };
}

/** How long an editor may take to clean up after an event it could not use (a paste bin). */
const CLEANUP_WAIT_MS = 300;

/** Whether the host's text is `content` again within CLEANUP_WAIT_MS. */
async function textSettlesBack(host: HTMLElement, view: Window, content: string | null): Promise<boolean> {
  const until = performance.now() + CLEANUP_WAIT_MS;
  while (host.textContent !== content) {
    if (performance.now() > until) return false;
    await nextFrame(view);
  }
  return true;
}

/** The focus back in the host and the caret `offset` characters into its text. */
function putCaretBack(host: HTMLElement, offset: number): void {
  host.focus({ preventScroll: true });
  const range = rangeAtTextOffset(host, offset);
  const selection = selectionFor(host);
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Puts the given-back caret again where an editor moved it on a later task as it took the
 * focus back (Trix sets the selection of its own model). Only while the text is as it
 * was: once the writer types, the caret is theirs.
 */
function keepRestored(host: HTMLElement, view: Window, offset: number, restore: () => void): Promise<void> {
  const text = host.textContent;
  return holdCaret(view, {
    mine: () => host.textContent === text,
    moved: () => {
      const caret = caretRange(host);
      return caret !== null && caretTextOffset(host, caret) !== offset;
    },
    putBack: restore,
  });
}

/**
 * For SELECTION_SETTLE_MS, puts the caret back each time the editor `moved` it, as long
 * as it is still `mine` to place.
 */
async function holdCaret(view: Window, caret: { mine: () => boolean; moved: () => boolean; putBack: () => void }): Promise<void> {
  const until = performance.now() + SELECTION_SETTLE_MS;
  while (performance.now() < until) {
    await new Promise((resolve) => view.setTimeout(resolve, SETTLE_CHECK_MS));
    if (!caret.mine()) return;
    if (caret.moved()) caret.putBack();
  }
}

/**
 * Moves the caret from the end of an insertion of `lines` to the end of line `caretLine`.
 * React-based editors (Slate, Draft.js) render pasted blocks and put their own selection
 * after them on a later frame, so the move waits for that. Slate also ignores selection
 * changes while it writes its own and reads them throttled, so the move is made again
 * once it has settled (the same position again still tells it).
 */
async function placeCaret(host: HTMLElement, view: Window, lines: readonly string[], caretLine: number): Promise<void> {
  const lastLine = lines[lines.length - 1];
  const waitUntil = performance.now() + CARET_WAIT_MS;
  while (textBeforeCaret(host) !== lastLine && performance.now() < waitUntil) await nextFrame(view);
  if (!moveCaretToInsertedLine(host, lines, caretLine)) return;
  // A late render of the editor may put its caret after the insertion again: put it back.
  await holdCaret(view, {
    mine: () => true,
    moved: () => caretAfterInsertion(host, lines),
    putBack: () => void moveCaretToInsertedLine(host, lines, caretLine),
  });
  // The same position once more: an editor that ignored the move while busy now reads it.
  const selection = selectionFor(host);
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  if (selection && range && textBeforeCaret(host) === lines[caretLine]) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
  await nextTask(view);
}
