// The wording check's home in the page (issue #17): a shadow root of its own, created on
// the first check, its keys kept from the page like the palette's.
import { flushSync } from 'react-dom';
import type { ComponentProps } from 'react';
import type { ContentScriptContext } from '#imports';
import { lazyShadowUi } from './shadow-ui';
import { isolateEvents } from './palette-overlay';
import { CHECK_HOST } from './dialog-hosts';
import { CheckPanel } from '@/components/CheckPanel';

export type CheckPanelProps = ComponentProps<typeof CheckPanel>;

export type CheckOverlay = {
  /** Shows the list, or shows it anew with new findings. */
  show(props: CheckPanelProps): void;
  close(): void;
  readonly isOpen: boolean;
};

export function createCheckOverlay(ctx: ContentScriptContext): CheckOverlay {
  const ui = lazyShadowUi(ctx, CHECK_HOST, isolateEvents);
  let open = false;
  return {
    show(props) {
      open = true;
      // Rendered at once: the list takes the focus before the writer's next key.
      void ui.get().then((mounted) => open && flushSync(() => mounted.render(<CheckPanel {...props} />)));
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
