// One use of the palette in one editor: remembers the caret, opens the palette there with
// the section the caret is in, and on Enter puts the caret back and inserts the chosen
// phrase or outline through the editor's adapter (replacing the 「//」 that opened it).
// Esc gives focus and caret back untouched.
import type { EditorAdapter } from '../editors/adapter';
import { nextTask } from '../editors/caret-text';
import { headingChain } from '../editors/heading-chain';
import { defaultFieldValues } from '../skeleton/fields';
import { outlineOnItsOwnLine } from './outline-lines';
import type { Profile } from '../profile';
import type { PaletteItem } from '../search/palette-index';
import type { Skeleton } from '../schema';
import type { PaletteOverlay } from './palette-overlay';
import type { PaletteText } from './palette-text';
import type { PaletteSearch } from '@/components/Palette';

export type PaletteBackend = {
  search(query: PaletteSearch & { headings: string[] }): Promise<PaletteItem[]>;
  skeleton(id: string): Promise<Skeleton | null>;
  recordUse(item: PaletteItem, charsSaved: number): void;
  /** Opens the extension's add window with `text` prefilled. */
  addToBank(text: string): void;
};

export type PaletteSessionDeps = {
  adapter: EditorAdapter;
  overlay: PaletteOverlay;
  backend: PaletteBackend;
  text: PaletteText;
  profile: () => Profile;
  /** performance.now() of the writer's last edit (see EditorAdapter.replaceBeforeCaret). */
  lastEditAt: () => number;
  notify: (message: string, caret: DOMRect | null) => void;
  view: Window;
  /** The palette's 「检查表述」: the wording check of this editor (issue #17). */
  openCheck: () => void;
};

/** Opens the palette; `trigger` is the text that opened it (「//」, 「、、」) or '' for Alt+J. */
export function openPalette(deps: PaletteSessionDeps, trigger: string): void {
  const { adapter, overlay, backend, view } = deps;
  const restoreCaret = adapter.saveCaret();
  const headings = headingChain(adapter.linesAbove());
  const caret = adapter.caretRect() ?? new DOMRect(view.innerWidth / 3, 80, 0, 20);
  const profile = deps.profile();
  const close = () => {
    overlay.close();
    restoreCaret();
  };
  overlay.open({
    text: deps.text,
    placement: { left: caret.left, top: caret.top, bottom: caret.bottom },
    fieldDefaults: defaultFieldValues(profile, new Date()),
    search: (query) => backend.search({ ...query, headings }),
    loadSkeleton: (id) => backend.skeleton(id),
    onClose: close,
    onCheck: () => {
      close();
      deps.openCheck();
    },
    onAddToBank: (query) => {
      close();
      backend.addToBank(query);
    },
    onInsert: (choice) => {
      close();
      void (async () => {
        // Editors take the restored caret from the selectionchange that follows.
        await nextTask(view);
        // The trigger goes out in the same edit, if it is still right before the caret.
        const before = adapter.textBeforeCaret() ?? '';
        const replace = trigger && before.endsWith(trigger) ? trigger.length : 0;
        const { lines, caretLine } = outlineOnItsOwnLine(before, replace, choice.lines, choice.caretLine);
        const outcome = await adapter.insertLines(replace, lines, caretLine, deps.lastEditAt());
        if (outcome === 'inserted') backend.recordUse(choice.item, choice.lines.join('').length);
        else if (outcome === 'copied') deps.notify(deps.text.copied, adapter.caretRect());
      })();
    },
  });
}

/**
 * The palette triggers at the end of the typed text: 「//」, and 「、、」 from a Chinese IME
 * (which turns / into 、). Not after 「:」, so typing an address (https://) does not open it,
 * and not as part of a longer run (///).
 */
const TRIGGER = /(?<![:：/／])(?:\/\/|／／)$|(?<!、)、、$/;

export function paletteTriggerIn(before: string): string | null {
  return TRIGGER.exec(before)?.[0] ?? null;
}
