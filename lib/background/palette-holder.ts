// The palette's search index, built from the same entries as the engine (with their usage)
// plus the skeletons. It is built on the first palette search after the engine was
// (re)built, so a bank change reaches the palette through the engine's invalidation.
import type { JukuDatabase } from '../db';
import { PaletteIndex } from '../search/palette-index';
import type { Engine } from '../engine/overlaid-engine';
import type { EngineHolder } from './engine-holder';

export class PaletteHolder {
  private readonly built = new WeakMap<Engine, Promise<PaletteIndex>>();

  constructor(
    private readonly db: JukuDatabase,
    private readonly engines: EngineHolder,
  ) {}

  async get(): Promise<PaletteIndex> {
    const engine = await this.engines.get();
    let index = this.built.get(engine);
    if (!index) {
      index = this.db.skeletons.toArray().then((skeletons) => new PaletteIndex(engine.entryList, skeletons));
      this.built.set(engine, index);
      index.catch(() => this.built.delete(engine));
    }
    return index;
  }
}
