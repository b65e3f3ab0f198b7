// What a query carries of the document above the caret's paragraph (document-engine.ts
// makes an engine of it). Apart from that engine so the content script, which only reads
// and sends it, bundles nothing more.

/** The most of the document above the caret that is sent (the part nearest the caret):
 * a long report's whole text, and a bound on what one query carries. */
export const MAX_CONTEXT_CHARS = 20_000;

/** The lines above the caret's paragraph nearest it, joined by \n, up to MAX_CONTEXT_CHARS. */
export function documentContext(linesAbove: readonly string[]): string {
  let length = 0;
  let from = linesAbove.length;
  while (from > 0 && length + linesAbove[from - 1]!.length + 1 <= MAX_CONTEXT_CHARS) length += linesAbove[--from]!.length + 1;
  return linesAbove.slice(from).join('\n');
}
