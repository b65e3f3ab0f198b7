// Issue #21: what an insertion route did, read back from the editor once it has settled,
// before another route may run: whether the text came back as it was (the route did
// nothing), whether what landed has the editor's own shape (no new block for a phrase;
// blank-line paragraphs in a markdown source), and the editor's own undo to take back
// what did not.
import { caretRange, nextFrame } from './caret-text';
import { leafBlocks } from './blocks';

/** How long an editor may take to clean up after an event it could not use (a paste bin). */
const CLEANUP_WAIT_MS = 300;

/**
 * Whether one line went in with a new block beside it (an editor that makes blocks of
 * every paste: a Tiptap-based one split 「增强“四个」 and 「意识”」 in two). Bare text the
 * editor wrapped in its first paragraph is no new block.
 */
export function startedBlock(host: HTMLElement, blocksBefore: number): boolean {
  return leafBlocks(host).length > Math.max(blocksBefore, 1);
}

/**
 * Whether the paragraphs ending at the caret read as `lines`, blank ones included (a
 * markdown source editor built on ProseMirror drops the blank lines of a pasted text, and
 * its paragraphs would run together). The first line only ends its paragraph: it follows
 * what was before the caret.
 */
export function linesLanded(host: HTMLElement, lines: readonly string[]): boolean {
  const blocks = leafBlocks(host);
  const range = caretRange(host);
  const at = range ? blocks.findIndex((block) => block.contains(range.startContainer)) : -1;
  const first = at - (lines.length - 1);
  if (at < 0 || first < 0) return false;
  return lines.every((line, index) => {
    const text = (blocks[first + index]!.textContent ?? '').replace(/[\u200b\ufeff]/g, '').trim();
    return index === 0 ? text.endsWith(line.trim()) : index === lines.length - 1 || text === line.trim();
  });
}

/** Quiet frames in a row that count as the editor having settled. */
const QUIET_FRAMES = 2;

/**
 * Until the editor has settled after a route: the focus back in the host (an editor that
 * moved it into a paste bin of its own gives it back once it has read the bin: Quill 1
 * after a task, ProseMirror after 50 ms) and the host's text unchanged for QUIET_FRAMES
 * frames; at most CLEANUP_WAIT_MS.
 */
export async function settled(host: HTMLElement, view: Window): Promise<void> {
  const until = performance.now() + CLEANUP_WAIT_MS;
  let text = host.textContent;
  let quiet = 0;
  while (performance.now() < until && quiet < QUIET_FRAMES) {
    await nextFrame(view);
    const focused = host.ownerDocument.hasFocus() ? host.contains(host.ownerDocument.activeElement) || host.ownerDocument.activeElement === host : true;
    quiet = focused && host.textContent === text ? quiet + 1 : 0;
    text = host.textContent;
  }
}

/**
 * Asks the editor to undo its last change, as the browser does for Ctrl+Z (a cancelable
 * beforeinput 'historyUndo', which ProseMirror's history takes), else with the browser's
 * own undo; whether the host's text is `content` again.
 */
export async function undoneByEditor(host: HTMLElement, view: Window, content: string | null): Promise<boolean> {
  const undo = new (view as Window & typeof globalThis).InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true });
  if (host.dispatchEvent(undo)) host.ownerDocument.execCommand('undo');
  return textSettlesBack(host, view, content);
}

/** Whether the host's text is `content` again within CLEANUP_WAIT_MS. */
export async function textSettlesBack(host: HTMLElement, view: Window, content: string | null): Promise<boolean> {
  const until = performance.now() + CLEANUP_WAIT_MS;
  while (host.textContent !== content) {
    if (performance.now() > until) return false;
    await nextFrame(view);
  }
  return true;
}
