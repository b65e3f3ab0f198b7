/** How Juku reads from and writes into one kind of editor. */
export interface EditorAdapter {
  /** Text between the start of the caret's paragraph and the caret; null without a caret. */
  textBeforeCaret(): string | null;
  /** The caret's rectangle in the viewport, to place the list. */
  caretRect(): DOMRect | null;
  /**
   * Replaces `replace` characters before the caret with `insert`, as one undoable edit,
   * and reports whether the editor's text now holds the insertion before the caret.
   */
  replaceBeforeCaret(replace: number, insert: string): boolean;
}
