// Which section the caret is in, read from the document itself: the nearest heading of
// each 公文 level above the caret, outermost first (「二、存在问题」, 「（一）…」). The engine
// turns these into a section role; both inline suggestions and the palette use it.
import { parseHeading } from '../corpus/outline';

/** Paragraphs looked at above the caret: a report's sections are far shorter than this. */
const MAX_LINES_SCANNED = 400;
/** Only the start of a paragraph can be a heading; long paragraphs are cut before parsing. */
const HEAD_CHARS = 80;

/**
 * `linesAbove` are the paragraphs before the caret's paragraph, in document order. A
 * heading belongs to the chain if it is of a higher level (smaller number) than every
 * heading already found below it.
 */
export function headingChain(linesAbove: readonly string[]): string[] {
  const chain: string[] = [];
  let innermostLevel = Infinity;
  const stop = Math.max(0, linesAbove.length - MAX_LINES_SCANNED);
  for (let i = linesAbove.length - 1; i >= stop && innermostLevel > 1; i--) {
    const line = linesAbove[i]!.trim().slice(0, HEAD_CHARS);
    const heading = parseHeading(line);
    if (!heading || heading.level >= innermostLevel) continue;
    chain.unshift(heading.marker + heading.heading);
    innermostLevel = heading.level;
  }
  return chain;
}
