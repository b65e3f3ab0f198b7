// A `beforeinput` event with the text in a DataTransfer and the range it replaces, as the
// browser sends for an insertion it leaves to the page: Slate and Lexical read it into
// their own model, as one step of their own undo history. The target range is given
// explicitly because such editors learn of selection changes late (Slate throttles them).
// The event is the page's own where the engine isolates the script's objects (page-events.ts).
import { selectBackward, selectionFor } from '../caret-text';
import type { InsertStrategy } from './types';
import { beforeInputEvent } from './page-events';
import { expectedBefore, landedAfter } from './verify';

export const beforeInputStrategy: InsertStrategy = {
  name: 'beforeinput',
  async run(host, replace, insert) {
    const expected = expectedBefore(host, replace, insert);
    const view = host.ownerDocument.defaultView;
    const selection = selectionFor(host);
    if (expected === null || !view || !selection || selection.rangeCount === 0) return false;
    selectBackward(host, replace);
    const event = beforeInputEvent(view, 'insertReplacementText', insert, selection.getRangeAt(0));
    const taken = !host.dispatchEvent(event);
    if (await landedAfter(host, expected, view, taken)) return true;
    // Nothing happened: put the caret back where the writer left it.
    if (replace > 0) selection.collapseToEnd();
    return false;
  },
};
