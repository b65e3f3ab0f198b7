// The palette's home in the page: its own shadow root, created on first use. Keys typed in
// the palette stop at its host, so the page's shortcuts and editors never see them.
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import type { ContentScriptContext } from '#imports';
import { lazyShadowUi } from './shadow-ui';
import { PALETTE_HOST } from './dialog-hosts';
import { Palette } from '@/components/Palette';
import type { ComponentProps } from 'react';

export type PaletteProps = ComponentProps<typeof Palette>;

export type PaletteOverlay = {
  open(props: Omit<PaletteProps, 'initialQuery'>): void;
  close(): void;
  readonly isOpen: boolean;
};

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionstart', 'compositionend', 'paste', 'copy', 'cut'];

/** Keys and edits inside one of our dialogs stop at its host: the page never sees them. */
export function isolateEvents(host: HTMLElement): void {
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
}

export function createPaletteOverlay(ctx: ContentScriptContext): PaletteOverlay {
  const ui = lazyShadowUi(ctx, PALETTE_HOST, isolateEvents);
  let open = false;
  // Rendered synchronously: the search box must have the focus before the writer's next
  // key, or that key lands in the editor.
  const render = (mounted: Root, props: PaletteProps) => flushSync(() => mounted.render(<Palette {...props} />));

  return {
    open(props) {
      open = true;
      const ready = ui.now();
      if (ready) return render(ready, { ...props, initialQuery: '' });
      // The first time, the shadow root takes a moment to create (it is not made ahead: a
      // page that never opens the palette should not carry it). Keys typed meanwhile are
      // held back from the editor and become the start of the search.
      const held = holdTypedKeys(window);
      void ui.get().then((mounted) => {
        const initialQuery = held.release();
        if (open) render(mounted, { ...props, initialQuery });
      });
    },
    close() {
      open = false;
      ui.clear();
    },
    get isOpen() {
      return open;
    },
  };
}

/** Takes printable keys away from the page until released; returns what they typed. */
function holdTypedKeys(view: Window): { release(): string } {
  let typed = '';
  const hold = (event: KeyboardEvent) => {
    if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1) return;
    typed += event.key;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  view.addEventListener('keydown', hold, true);
  return {
    release() {
      view.removeEventListener('keydown', hold, true);
      return typed;
    },
  };
}
