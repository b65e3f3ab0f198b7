// The toolbar icon says whether Juku is on: grey while the writer has paused it (from the
// popup or the options page), red otherwise. The service worker sleeps and wakes, so the
// icon is set on every wake as well as on every change; the browser keeps it meanwhile.
import { pausedItem } from '../site-settings';

const SIZES = [16, 32, 48] as const;
const iconPaths = (folder: 'icon' | 'icon-paused') => Object.fromEntries(SIZES.map((size) => [size, `/${folder}/${size}.png`]));

type ToolbarAction = { setIcon(details: { path: Record<string, string> }): Promise<void> };

/** Chrome's MV3 `action`, Firefox's MV2 `browserAction`: the same call on both. */
function toolbarAction(): ToolbarAction | undefined {
  const api = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  return api.action ?? api.browserAction;
}

export function showPausedInToolbar(): void {
  const apply = (paused: boolean) => void toolbarAction()?.setIcon({ path: iconPaths(paused ? 'icon-paused' : 'icon') }).catch(() => {});
  void pausedItem.getValue().then(apply);
  pausedItem.watch(apply);
}
