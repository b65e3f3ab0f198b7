// The whole text of the focused editor for the wording check (issue #17), by paragraphs,
// and the way to select a range of it again: a native field's value as it is; a
// contenteditable's text nodes grouped into paragraphs by their block (see text-units.ts),
// read from the DOM the editor renders from its model. Selecting is done in the DOM too;
// every editor we support reads the DOM selection into its model on `selectionchange`.
import type { EditableTarget } from './editable';
import { BLOCK_SELECTOR, selectionFor } from './caret-text';
import { joinUnits, pointAt, rawIndex, ZERO_WIDTH, type TextUnit } from './text-units';

export type EditorText = {
  readonly paragraphs: readonly string[];
  /** The paragraphs joined by \n: the coordinates of every finding. */
  readonly text: string;
  /** Focuses the editor and selects [start, end) of `text` (a caret where they are equal); false where it no longer maps. */
  select(start: number, end: number): boolean;
};

export function readEditorText(target: EditableTarget): EditorText {
  return target.kind === 'native' ? fieldText(target.element) : richText(target.element);
}

function fieldText(field: HTMLTextAreaElement | HTMLInputElement): EditorText {
  const text = field.value;
  return {
    paragraphs: text.split('\n'),
    text,
    select(start, end) {
      if (field.value !== text) return false;
      field.focus({ preventScroll: true });
      field.setSelectionRange(start, end);
      return true;
    },
  };
}

/** Not the writer's text: widgets an editor marks as not editable, and scripts or styles. */
const NOT_TEXT = 'script, style, template, [contenteditable="false"]';

function richText(host: HTMLElement): EditorText {
  const doc = host.ownerDocument;
  const blockOf = (node: Node): Element => {
    const block = node.parentElement?.closest(BLOCK_SELECTOR);
    return block && host.contains(block) ? block : host;
  };
  const nodes: Node[] = [];
  const units: TextUnit<Element>[] = [];
  const walker = doc.createTreeWalker(host, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node !== host && node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      nodes.push(node);
      units.push({ kind: 'text', block: blockOf(node), text: (node as Text).data.replace(ZERO_WIDTH, '') });
    } else if ((node as Element).localName === 'br') {
      nodes.push(node);
      units.push({ kind: 'break', block: blockOf(node) });
    }
  }
  const { paragraphs, spans } = joinUnits(units);
  const text = paragraphs.join('\n');
  const domPoint = (offset: number, side: 'start' | 'end') => {
    const point = pointAt(spans, offset, side);
    if (!point) return null;
    const node = nodes[point.unit] as Text;
    return node.isConnected ? { node, offset: rawIndex(node.data, point.offset) } : null;
  };
  return {
    paragraphs,
    text,
    select(start, end) {
      // A caret goes at the end of the text before it, inside the run that holds it: an
      // insertion there takes that run's formatting, and the range stays collapsed.
      const from = domPoint(start, start === end ? 'end' : 'start');
      const to = domPoint(end, 'end');
      const selection = selectionFor(host);
      if (!from || !to || !selection) return false;
      host.focus({ preventScroll: true });
      selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
      from.node.parentElement?.scrollIntoView({ block: 'nearest' });
      return true;
    },
  };
}
