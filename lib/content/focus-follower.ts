// Which editor of this frame Juku works in: the one that has the focus, while Juku is on
// for the site. Starts an editor session when the focus enters an editable and ends it when
// the focus leaves; takes Alt+J and Alt+Shift+J in the page (where the extension commands
// do not reach) and the popup's and the commands' messages; and puts its listeners back
// when an editor rewrites the frame's document (document.open, as KindEditor and CKEditor 4
// do).
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { deepActiveElement, toEditableTarget } from '../editors/editable';
import { startEditorSession, type EditorSession, type SessionServices } from './editor-session';
import { isCheckShortcut, isPaletteShortcut, pageMessageOf, type CheckWordingReply, type InsertIntoPageReply } from './page-messages';
import { isDialogHost } from './dialog-hosts';
import { quietly } from './after-invalidation';
import { markEditorStarted, takeLoaderState } from './loader-state';

export type FocusFollower = {
  /** Looks at the focus again (after a focus change, or when Juku is switched on or off). */
  follow(): void;
};

/** `activeHere()`: whether Juku is on for this site now. */
export function followFocus(ctx: ContentScriptContext, services: SessionServices, activeHere: () => boolean): FocusFollower {
  markEditorStarted();
  let session: { controller: AbortController; editor: EditorSession } | null = null;

  const stopSession = () => {
    session?.controller.abort();
    session = null;
    services.palette.close();
    services.check.close();
  };
  function follow() {
    // The palette's search box and the check list are ours, not the writer's editor.
    if (isDialogHost(document.activeElement)) return;
    const target = activeHere() ? toEditableTarget(deepActiveElement(document)) : null;
    // The focus moved inside the same editor (and it is still worked in the same way).
    if (target && session?.editor.element === target.element && session.editor.kind === target.kind) return;
    // Mid-insertion, the focus is the strategies' and the editor's (a paste bin): looked at
    // again once the insertion is over.
    if (session?.editor.busy()) return;
    // The same field, now known to be worked in another way (a hidden input, seen emptied by
    // its page): what was typed so far is its record, and the list should follow it at once.
    const sameField = target !== null && session?.editor.element === target.element;
    stopSession();
    if (!target) return;
    const controller = new AbortController();
    session = { controller, editor: startEditorSession(target, services, controller.signal, () => queueMicrotask(follow)) };
    if (sameField) session.editor.lookNow();
  }
  // Alt+J and Alt+Shift+J: the extension commands (rebindable) reach us as messages; the
  // same keys are also caught here, where commands do not arrive (pages in some frames,
  // other browsers).
  const onKeyDown = (event: KeyboardEvent) => {
    // A page's script-made Alt+J is not the writer asking.
    if (!session || !event.isTrusted) return;
    if (isCheckShortcut(event)) session.editor.openCheck();
    else if (isPaletteShortcut(event) && !services.palette.isOpen) session.editor.openPalette();
    else return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const listenToPage = () => {
    // Adding the same listener twice is a no-op, so this can run again safely.
    document.addEventListener('focusin', follow, { capture: true, signal: ctx.signal });
    window.addEventListener('keydown', onKeyDown, { capture: true, signal: ctx.signal });
  };
  listenToPage();
  // A mutation observer survives document.open, and puts the listeners back.
  const rewritten = new MutationObserver(() => {
    listenToPage();
    follow();
  });
  rewritten.observe(document, { childList: true });

  const onMessage = (raw: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
    const message = pageMessageOf(raw);
    if (!message || !session) return;
    if (message.type === 'openPalette') {
      // Every frame hears the command; the one whose editor has the focus opens.
      if (document.hasFocus()) session.editor.openPalette();
      return;
    }
    if (message.type === 'checkWording') {
      // From the command, the frame with the focus; from the popup (which has the focus
      // itself), the frame whose editor had it last.
      if (message.from === 'command' && !document.hasFocus()) return;
      session.editor.openCheck();
      reply({ outcome: 'checked' } satisfies CheckWordingReply);
      return;
    }
    // The popup has the focus now: the frame that last had an editor's focus answers.
    void session.editor.insertText(message.text).then((outcome) => reply({ outcome } satisfies InsertIntoPageReply));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    rewritten.disconnect();
    quietly(() => browser.runtime.onMessage.removeListener(onMessage));
    stopSession();
  });
  follow(); // a field may already have the focus when the script arrives
  // What came before this script was brought in (lib/content/editor-loader.ts): the writer's
  // first characters, and a command for the focused editor.
  const early = takeLoaderState();
  // (follow() above may have started a session: TypeScript cannot see that assignment.)
  if (early.typedBeforeStart) (session as { editor: EditorSession } | null)?.editor.lookNow();
  for (const message of early.pending) onMessage(message, undefined, () => {});
  return { follow };
}
