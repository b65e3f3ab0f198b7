// An outline is a document's skeleton: it starts on a line of its own. Chosen from the
// palette with the caret after text on the same line (「理论学习」), its title would join
// that line (「理论学习2026年度…述职报告」); it goes in after a line break instead, in the
// same single edit, so one undo still takes all of it away. A phrase (one line) goes in
// at the caret, as typed text does.

export type PlacedLines = { lines: readonly string[]; caretLine: number };

/** `before`: the caret's line up to the caret; `replace`: the trigger characters that go. */
export function outlineOnItsOwnLine(before: string, replace: number, lines: readonly string[], caretLine: number): PlacedLines {
  const lineSoFar = before.slice(0, before.length - replace);
  if (lines.length < 2 || lineSoFar.trim() === '') return { lines, caretLine };
  return { lines: ['', ...lines], caretLine: caretLine + 1 };
}
