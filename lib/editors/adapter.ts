/** How Juku reads from and writes into one kind of editor. */
export interface EditorAdapter {
  /** Names the editor family, for diagnostics and tests. */
  readonly family: string;
  /** Text between the start of the caret's paragraph and the caret; null without a caret. */
  textBeforeCaret(): string | null;
  /** The paragraphs above the caret's line, in document order (a bounded number, the
   * nearest): the headings of its sections (heading-chain.ts) and the document's own
   * wording (lib/engine/document-context.ts) are read from them. */
  linesAbove(): string[];
  /** The caret's rectangle in the viewport, to place the list. */
  caretRect(): DOMRect | null;
  /**
   * Replaces `replace` characters before the caret with `insert`, as one undoable edit,
   * and reports how it went in: through the editor, or only onto the clipboard.
   * `lastEditAt` (performance.now() of the writer's last edit) lets an editor whose undo
   * history merges quick changes keep the insertion a step of its own.
   */
  replaceBeforeCaret(replace: number, insert: string, lastEditAt?: number): Promise<InsertOutcome>;
  /**
   * Inserts several paragraphs (one per line) in place of `replace` characters before the
   * caret, as one undoable edit, then puts the caret at the end of line `caretLine`.
   */
  insertLines(replace: number, lines: readonly string[], caretLine: number, lastEditAt?: number): Promise<InsertOutcome>;
  /** Remembers focus and caret; the returned function gives them back (after the palette). */
  saveCaret(): () => void;
}

/** 'inserted': the editor holds the text; 'copied': it could not, the clipboard has it. */
export type InsertOutcome = 'inserted' | 'copied' | 'failed';
