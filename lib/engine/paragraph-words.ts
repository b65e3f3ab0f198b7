// Writers keep to the words of their paragraph and of the section they write in: a
// continuation that repeats a word the paragraph or the section heading already holds
// (「…学习活动。丰富活动载体，坚持“主题党日”活动…」) is more likely the one meant than an
// equally long one about something else. The pairs of Chinese characters of the paragraph
// and the heading are collected once per keystroke; each candidate's continuation is then
// checked pair by pair, with no strings cut, against a small open-addressing table of the
// context's pairs that is cleared by bumping a generation number, not by a fill.

/** Paragraph characters before the caret looked at: the sentence or two being written. */
const CONTEXT_CHARS = 80;
/** Heading characters looked at: a heading names the section's subject in a few words. */
const HEADING_CHARS = 40;
/** Continuation characters looked at: a long sentence must not win on length alone. */
const CONTINUATION_CHARS = 32;
const STAMP_SLOTS = 4096;

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
const slotOf = (a: number, b: number) => (a * 31 + b) & (STAMP_SLOTS - 1);

export class ParagraphWords {
  /** The context's pairs (two UTF-16 units packed in one number), this keystroke's: a
   * slot is in use when stamps[slot] === generation; collisions go to the next slot. */
  private readonly pairs = new Float64Array(STAMP_SLOTS);
  private pairCount = 0;
  private readonly stamps = new Uint32Array(STAMP_SLOTS);
  private generation = 0;
  /** The pairs one continuation repeated so far (each counted once). */
  private readonly found = new Float64Array(CONTINUATION_CHARS);

  /** Starts a keystroke: the pairs of the text before the caret and of the nearest
   * heading above it. False if there are none. */
  reset(before: string, heading = ''): boolean {
    this.pairCount = 0;
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    this.addPairs(before, Math.max(0, before.length - CONTEXT_CHARS), before.length);
    this.addPairs(heading, 0, Math.min(heading.length, HEADING_CHARS));
    return this.pairCount > 0;
  }

  private addPairs(text: string, from: number, to: number): void {
    for (let i = from; i + 1 < to; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (!isHan(a) || !isHan(b)) continue;
      const pair = a * 65536 + b;
      let slot = slotOf(a, b);
      while (this.stamps[slot] === this.generation && this.pairs[slot] !== pair) slot = (slot + 1) & (STAMP_SLOTS - 1);
      if (this.stamps[slot] === this.generation) continue;
      this.stamps[slot] = this.generation;
      this.pairs[slot] = pair;
      this.pairCount++;
    }
  }

  /** How many different pairs of the context `text` repeats in its `chars` characters
   * from `from`. */
  shared(text: string, from: number, chars = CONTINUATION_CHARS, textEnd = text.length): number {
    let count = 0;
    const end = Math.min(textEnd, from + Math.min(chars, CONTINUATION_CHARS));
    let b = text.charCodeAt(from);
    for (let i = from + 1; i < end; i++) {
      const a = b;
      b = text.charCodeAt(i);
      if (!this.holds(a, b)) continue;
      let repeated = false;
      for (let k = 0; k < count && !repeated; k++) repeated = this.found[k] === a * 65536 + b;
      if (!repeated) this.found[count++] = a * 65536 + b;
    }
    return count;
  }

  private holds(a: number, b: number): boolean {
    const pair = a * 65536 + b;
    for (let slot = slotOf(a, b); this.stamps[slot] === this.generation; slot = (slot + 1) & (STAMP_SLOTS - 1)) {
      if (this.pairs[slot] === pair) return true;
    }
    return false;
  }
}
