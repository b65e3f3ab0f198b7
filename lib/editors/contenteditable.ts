// Any contenteditable: reads around the caret, and inserts through its family's
// strategies in order, each verified by reading the text back. Where none lands, the
// text goes to the clipboard and the writer is told to paste it.
import type { EditorAdapter, InsertOutcome } from './adapter';
import { caretRect, nextFrame, textBeforeCaret } from './caret-text';
import { copyToClipboard } from './clipboard-fallback';
import { detectFamily } from './families';

/** Beyond the editor's own merge window, to be safe from clock granularity. */
const UNDO_GROUP_MARGIN_MS = 30;

export function contentEditableAdapter(host: HTMLElement): EditorAdapter {
  const family = detectFamily(host);
  return {
    family: family.name,
    textBeforeCaret: () => textBeforeCaret(host),
    caretRect: () => caretRect(host),
    async replaceBeforeCaret(replace, insert, lastEditAt): Promise<InsertOutcome> {
      const view = host.ownerDocument.defaultView;
      const wait = (family.undoGroupMs ?? 0) - (performance.now() - (lastEditAt ?? -Infinity));
      if (view && wait > 0) await new Promise((resolve) => view.setTimeout(resolve, wait + UNDO_GROUP_MARGIN_MS));
      const original = textBeforeCaret(host);
      if (original === null) return 'failed';
      if (family.replaceAtLeastOne && replace === 0 && original.length > 0) {
        insert = original.slice(-1) + insert;
        replace = 1;
      }
      for (const strategy of family.strategies) {
        if (await strategy.run(host, replace, insert)) return 'inserted';
        // A strategy that changed something without landing as expected must not be
        // followed by another: the text would go in twice.
        if (textBeforeCaret(host) !== original) {
          if (view) await nextFrame(view);
          return textBeforeCaret(host)?.endsWith(insert) ? 'inserted' : 'failed';
        }
      }
      return (await copyToClipboard(host.ownerDocument, insert)) ? 'copied' : 'failed';
    },
  };
}
