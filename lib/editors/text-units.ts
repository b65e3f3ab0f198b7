// The text of a rich editor as the wording check reads it, and the way back from an offset
// in that text to a place among the editor's text nodes (issue #17). A finding's offsets are
// in the paragraphs joined by \n, and the jump and the fix must land on exactly those
// characters: reading and mapping back are built from the same list of units, so they
// cannot disagree. No DOM here (units in, numbers out): the mapping is unit-tested in Node.

/** A run of text or a line break (<br>), in document order; `block` is the paragraph element it belongs to. */
export type TextUnit<B = unknown> = { kind: 'text'; block: B; text: string } | { kind: 'break'; block: B };

/** Where the characters of text unit `unit` sit in the joined text: [start, end). */
export type Span = { unit: number; start: number; end: number };

export type UnitText = { paragraphs: string[]; spans: Span[] };

/**
 * Paragraphs as the writer sees them, and where each text unit went. A new paragraph starts
 * where the block changes or after a <br> inside one block (Trix, KindEditor); a block with
 * no text (an empty line) makes none: an empty paragraph carries nothing to check, and
 * leaving it out keeps every offset tied to a text node.
 */
export function joinUnits<B>(units: readonly TextUnit<B>[]): UnitText {
  const paragraphs: string[] = [];
  const spans: Span[] = [];
  let current: string | null = null;
  let block: B | undefined;
  let broken = false;
  let at = 0;
  units.forEach((unit, index) => {
    if (unit.kind === 'break') {
      if (current !== null && unit.block === block) broken = true;
      return;
    }
    if (unit.text === '') return;
    if (current === null || unit.block !== block || broken) {
      if (current !== null) {
        paragraphs.push(current);
        at += 1; // the \n that joins paragraphs
      }
      current = '';
      block = unit.block;
      broken = false;
    }
    spans.push({ unit: index, start: at, end: at + unit.text.length });
    current += unit.text;
    at += unit.text.length;
  });
  if (current !== null) paragraphs.push(current);
  return { paragraphs, spans };
}

/**
 * The text unit and the offset in it for `offset` of the joined text. Between two units
 * the start of a range goes into the unit that holds the next character and its end into
 * the one that holds the previous character: a selection of 「四种意识」 then starts and ends
 * in the text that holds it, never at the end of the run before it.
 */
export function pointAt(spans: readonly Span[], offset: number, side: 'start' | 'end'): { unit: number; offset: number } | null {
  const inside = side === 'start'
    ? spans.find((span) => span.start <= offset && offset < span.end)
    : spans.find((span) => span.start < offset && offset <= span.end);
  // A paragraph's end (start side) or start (end side): the unit it touches.
  const touching = inside ?? spans.find((span) => (side === 'start' ? span.end === offset : span.start === offset));
  return touching ? { unit: touching.unit, offset: offset - touching.start } : null;
}

/** Characters editors keep as caret anchors; they are not text (as textBeforeCaret reads it). */
export const ZERO_WIDTH = /[\u200b\ufeff]/g;

/** The index in `raw` of `clean` characters in, counting none of the zero-width ones. */
export function rawIndex(raw: string, clean: number): number {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (seen === clean) return i;
    if (raw[i] !== '\u200b' && raw[i] !== '\ufeff') seen++;
  }
  return raw.length;
}
