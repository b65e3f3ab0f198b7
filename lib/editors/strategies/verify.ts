import { textBeforeCaret } from '../caret-text';

/** What the caret's paragraph should read before the caret once the insertion is in. */
export function expectedBefore(host: HTMLElement, replace: number, insert: string): string | null {
  const before = textBeforeCaret(host);
  return before === null ? null : before.slice(0, before.length - replace) + insert;
}

/** Whether the paragraph before the caret now ends as expected (the insertion landed once). */
export function landed(host: HTMLElement, expected: string): boolean {
  const now = textBeforeCaret(host);
  return now !== null && now === expected;
}
