// Any contenteditable: reads around the caret, and inserts through its family's
// strategies in order, each verified by reading the text back. Where none lands, the
// text goes to the clipboard and the writer is told to paste it.
import type { EditorAdapter, InsertOutcome } from './adapter';
import { caretRange, caretRect, caretTextOffset, nextFrame, nextTask, rangeAtTextOffset, selectionFor, textBeforeCaret } from './caret-text';
import { copyToClipboard } from './clipboard-fallback';
import { detectFamily } from './families';
import { caretAfterInsertion, leafBlocks, linesAboveCaret, moveCaretToInsertedLine } from './blocks';
import { asMarkdownParagraphs, isMarkdownSource } from './markdown';
import { caretLineEndsWith } from './strategies/verify';
import type { InsertStrategy } from './strategies/types';
import { linesLanded, settled, startedBlock, textSettlesBack, undoneByEditor } from './read-back';

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
  const markdown = isMarkdownSource(host);

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
    let blocksBefore = leafBlocks(host).length;
    const done = async (): Promise<InsertOutcome> => {
      if (family.historyDelayMs && view) await new Promise((resolve) => view.setTimeout(resolve, family.historyDelayMs! + UNDO_GROUP_MARGIN_MS));
      return 'inserted';
    };
    /** The first route that landed in a shape not the editor's own, and was taken back. */
    let misshapenRoute: InsertStrategy | null = null;
    const takeBack = async () => {
      if (!view || !(await undoneByEditor(host, view, content))) return false;
      if (caretOffset !== null) putCaretBack(host, caretOffset);
      // Blocks the editor keeps after its undo are its own, not the next route's doing.
      blocksBefore = leafBlocks(host).length;
      return true;
    };
    for (const [index, strategy] of family.strategies.entries()) {
      if (await strategy.run(host, replace, text)) {
        // Landed, but not in the editor's own shape: taken back with its own undo, and the
        // next route tried (where the undo does not give the text back, it stays). Where
        // the last route is no better, the first one's result is put back: the text in,
        // if misshapen, is more use than none.
        const misshapen = text === lastLine ? startedBlock(host, blocksBefore) : markdown && !linesLanded(host, text.split('\n'));
        if (!misshapen) return done();
        const last = index === family.strategies.length - 1;
        if (!last && (await takeBack())) {
          misshapenRoute ??= strategy;
          continue;
        }
        if (last && misshapenRoute && (await takeBack())) await misshapenRoute.run(host, replace, text);
        return done();
      }
      if (!view) return 'failed';
      // The editor may still be at work on what the route sent (a paste bin read on a later
      // task, a render): its result is read once it has settled, never raced.
      await settled(host, view);
      // A route that changed the text without landing as expected must not be followed
      // by another: the text would go in twice. One that only moved the focus or the
      // selection for a moment (ProseMirror after a paste it could not read; TinyMCE's
      // paste bin) leaves the text as it was: the caret is put back and the next one runs.
      if (!(await textSettlesBack(host, view, content))) {
        // One line that went in as a paragraph of its own (an editor that makes a block of
        // every paste): taken back with the editor's own undo, and the next route tried.
        const split = text === lastLine && original.length > replace && textBeforeCaret(host) === lastLine;
        if (!split || !(await undoneByEditor(host, view, content))) {
          return caretLineEndsWith(host, lastLine) ? 'inserted' : 'failed';
        }
      }
      if (caretOffset !== null && textBeforeCaret(host) !== original) putCaretBack(host, caretOffset);
    }
    return (await copyToClipboard(host.ownerDocument, text)) ? 'copied' : 'failed';
  }

  return {
    family: family.name,
    textBeforeCaret: () => textBeforeCaret(host),
    linesAbove: () => linesAboveCaret(host),
    caretRect: () => caretRect(host),
    replaceBeforeCaret: (replace, text, lastEditAt) => insert(replace, text, lastEditAt),
    async insertLines(replace, given, givenCaretLine, lastEditAt) {
      const { lines, caretLine } = markdown ? asMarkdownParagraphs(given, givenCaretLine) : { lines: given, caretLine: givenCaretLine };
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
