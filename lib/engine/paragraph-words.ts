// Writers keep to the words of their paragraph: a continuation that repeats a word the
// paragraph already holds (「…学习活动。丰富活动载体，坚持“主题党日”活动…」) is more likely
// the one meant than an equally long one about something else. The paragraph's pairs of
// Chinese characters are collected once per keystroke; each candidate's continuation is
// then checked pair by pair, with no strings cut and (through a stamp table that rules
// out most pairs with one array read) almost no hashing.

/** Paragraph characters before the caret looked at: the sentence or two being written. */
const CONTEXT_CHARS = 80;
/** Continuation characters looked at: a long sentence must not win on length alone. */
const CONTINUATION_CHARS = 32;
const STAMP_SLOTS = 4096;

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
const slotOf = (a: number, b: number) => (a * 31 + b) & (STAMP_SLOTS - 1);

export class ParagraphWords {
  /** The paragraph's pairs (two UTF-16 units packed in one number), this keystroke's. */
  private readonly pairs = new Float64Array(CONTEXT_CHARS);
  private pairCount = 0;
  /** stamps[slotOf(pair)] === generation: the pair may be in the paragraph. */
  private readonly stamps = new Uint32Array(STAMP_SLOTS);
  private generation = 0;
  /** The pairs one continuation repeated so far (each counted once). */
  private readonly found = new Float64Array(CONTINUATION_CHARS);

  /** Starts a keystroke: the pairs of the text before the caret. False if there are none. */
  reset(before: string): boolean {
    this.pairCount = 0;
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    for (let i = Math.max(0, before.length - CONTEXT_CHARS); i + 1 < before.length; i++) {
      const a = before.charCodeAt(i);
      const b = before.charCodeAt(i + 1);
      if (!isHan(a) || !isHan(b)) continue;
      this.pairs[this.pairCount++] = a * 65536 + b;
      this.stamps[slotOf(a, b)] = this.generation;
    }
    return this.pairCount > 0;
  }

  /** How many different pairs of the paragraph `text` repeats after `from`. */
  shared(text: string, from: number): number {
    let count = 0;
    const end = Math.min(text.length, from + CONTINUATION_CHARS);
    let b = text.charCodeAt(from);
    for (let i = from + 1; i < end; i++) {
      const a = b;
      b = text.charCodeAt(i);
      if (this.stamps[slotOf(a, b)] !== this.generation || !this.holds(a * 65536 + b)) continue;
      let repeated = false;
      for (let k = 0; k < count && !repeated; k++) repeated = this.found[k] === a * 65536 + b;
      if (!repeated) this.found[count++] = a * 65536 + b;
    }
    return count;
  }

  private holds(pair: number): boolean {
    for (let k = 0; k < this.pairCount; k++) if (this.pairs[k] === pair) return true;
    return false;
  }
}
