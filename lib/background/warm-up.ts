// After a wake, once the engine has answered, the background works out in its idle time
// what a first pinyin query would otherwise wait for (a quarter to half a second at
// 100,000 phrases): the engine's pinyin index, then the palette's. In slices, with a pause
// between them, so keystrokes that come meanwhile are answered at once.
import type { Engine } from '../engine/overlaid-engine';
import type { PaletteHolder } from './palette-holder';

/** Time after the engine is built before warming starts: the first keystrokes go first. */
const WARM_DELAY_MS = 1000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function warmUpAfterBuild(palette: PaletteHolder): (engine: Engine) => void {
  return (engine) => {
    setTimeout(() => {
      void (async () => {
        await engine.warmUp(pause);
        await (await palette.get()).warm(pause);
      })().catch(() => {
        // Best effort: a query does the same work when it needs it.
      });
    }, WARM_DELAY_MS);
  };
}
