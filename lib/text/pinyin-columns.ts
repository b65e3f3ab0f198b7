// The pinyin of every phrase's opening (initials and full, see pinyin-readings.ts), one
// column each, for the engine's pinyin index and the palette's pinyin search. At 100,000
// phrases the readings take a quarter of a second or more: the background works them out
// in slices once it is idle after waking (warm()), so the first 「sgys」 does not stall; a
// query that comes first works out the rest at once.
import { PinyinReadings } from './pinyin-readings';

/** Phrases read between two pauses of a warm-up (about 10 ms of work). */
const SLICE = 4000;

export class PinyinColumns {
  readonly initials: string[] = [];
  readonly full: string[] = [];
  private readonly readings = new PinyinReadings();

  /** `maxChars`: characters of each text whose pinyin is kept. */
  constructor(
    private readonly texts: readonly string[],
    private readonly maxChars: number,
  ) {}

  get complete(): boolean {
    return this.initials.length === this.texts.length;
  }

  /** Reads the rest now. */
  finish(): this {
    while (!this.complete) this.readSlice(this.texts.length);
    return this;
  }

  /** Reads all, `pause()` between slices; stops early once a query has finished them. */
  async warm(pause: () => Promise<void>): Promise<void> {
    while (!this.complete) {
      this.readSlice(SLICE);
      await pause();
    }
  }

  private readSlice(count: number): void {
    const end = Math.min(this.texts.length, this.initials.length + count);
    for (let i = this.initials.length; i < end; i++) {
      const keys = this.readings.keysOf(this.texts[i]!, this.maxChars);
      this.initials.push(keys.initials);
      this.full.push(keys.full);
    }
  }
}
