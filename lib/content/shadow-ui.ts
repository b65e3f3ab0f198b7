// A React root in a shadow root of its own, created on first use. Editors that write their
// iframe's document (KindEditor, CKEditor 4, UEditor call document.open/write) throw the
// host out of the page: it is put back before each use.
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';

export type ShadowUi = {
  /** The root, mounted and in the page, once it exists; null before. */
  now(): Root | null;
  /** The root, created first if need be. */
  get(): Promise<Root>;
  /** Empties the UI, without putting a host the page threw out back in. */
  clear(): void;
};

/** The UI's styles where WXT does not load them (cssInjectionMode 'ui' serves the content
 * script only): the welcome page's try-it box hands them in. */
let pageCss: string | undefined;
export function provideShadowCss(css: string): void {
  pageCss = css;
}

export function lazyShadowUi(ctx: ContentScriptContext, name: string, onHost?: (host: HTMLElement) => void): ShadowUi {
  let creating: Promise<ShadowRootContentScriptUi<Root>> | null = null;
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  const attached = (created: ShadowRootContentScriptUi<Root>): Root => {
    if (!created.shadowHost.isConnected || !created.mounted) {
      created.remove();
      created.mount();
    }
    return created.mounted!;
  };
  return {
    now: () => (ui ? attached(ui) : null),
    clear: () => ui?.mounted?.render(null),
    get() {
      creating ??= createShadowRootUi(ctx, {
        name,
        css: pageCss,
        position: 'inline',
        anchor: 'html',
        onMount: (container, _shadow, host) => {
          onHost?.(host);
          return createRoot(container);
        },
        onRemove: (mounted) => mounted?.unmount(),
      }).then((created) => (ui = created));
      return creating.then(attached);
    },
  };
}
