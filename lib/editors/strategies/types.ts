/**
 * One way of putting text into a contenteditable editor. It replaces `replace` characters
 * before the caret with `insert` and returns whether the editor's text now reads as
 * expected; a strategy that did nothing must leave the text as it was.
 */
export type InsertStrategy = {
  name: string;
  run(host: HTMLElement, replace: number, insert: string): Promise<boolean>;
};
