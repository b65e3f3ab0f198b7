// Tab between the 【待填：…】 markers of what Juku just inserted (issue #20). After an
// insertion that left markers, Tab selects the next one in the inserted text, Shift+Tab the
// previous; typing replaces the selection (the editor's own typing). Esc, a click, the
// arrows or leaving the editor end it; Tab is never taken while an IME composes, while the
// suggestion list is open (its controller takes Tab first), or when no marker is left.
//
// Where the inserted text is, is kept as character counts, not nodes: the text before the
// insertion and the text after it do not change while the writer fills the fields in, and
// rich editors re-render their nodes at will.
import type { EditorAdapter } from '../editors/adapter';
import type { EditableTarget } from '../editors/editable';
import { caretTextOffset, rangeAtTextOffset, selectionFor } from '../editors/caret-text';
import { PENDING_MARKER } from '../skeleton/fields';

/** The editor's text as one string, and its selection as offsets into it. */
export type FieldText = {
  text(): string;
  selection(): { start: number; end: number } | null;
  select(start: number, end: number): void;
};

/** The marker to select from the selection [start, end) within [from, to), or null. */
export function nextMarker(
  text: string,
  region: { from: number; to: number },
  selection: { start: number; end: number },
  backwards: boolean,
): { start: number; end: number } | null {
  const markers: Array<{ start: number; end: number }> = [];
  for (const m of text.slice(region.from, region.to).matchAll(PENDING_MARKER)) {
    const start = region.from + m.index;
    markers.push({ start, end: start + m[0].length });
  }
  if (markers.length === 0) return null;
  if (backwards) {
    const before = markers.filter((m) => m.end <= selection.start);
    return before.at(-1) ?? markers.at(-1)!;
  }
  // After the selection; the marker selected now counts as passed.
  const after = markers.find((m) => m.start >= selection.end && !(m.start === selection.start && m.end === selection.end));
  return after ?? markers[0]!;
}

export function nativeFieldText(field: HTMLTextAreaElement | HTMLInputElement): FieldText {
  return {
    text: () => field.value,
    selection: () => (field.selectionStart === null || field.selectionEnd === null ? null : { start: field.selectionStart, end: field.selectionEnd }),
    select: (start, end) => field.setSelectionRange(start, end),
  };
}

export function richFieldText(host: HTMLElement): FieldText {
  const offsetOf = (node: Node, offset: number) => {
    const range = host.ownerDocument.createRange();
    range.setStart(node, offset);
    return caretTextOffset(host, range);
  };
  return {
    text: () => host.textContent ?? '',
    selection: () => {
      const selection = selectionFor(host);
      if (!selection || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      if (!host.contains(range.startContainer)) return null;
      return { start: offsetOf(range.startContainer, range.startOffset), end: offsetOf(range.endContainer, range.endOffset) };
    },
    select: (start, end) => {
      const from = rangeAtTextOffset(host, start);
      const to = rangeAtTextOffset(host, end);
      const selection = selectionFor(host);
      if (!from || !to || !selection) return;
      // The editor reads the DOM selection into its model on selectionchange.
      selection.setBaseAndExtent(from.startContainer, from.startOffset, to.startContainer, to.startOffset);
    },
  };
}

/** A hidden input's text is drawn elsewhere: no marker can be found or selected there. */
const NO_FIELD_TEXT: FieldText = { text: () => '', selection: () => null, select: () => {} };

export function fieldTextOf(target: EditableTarget): FieldText {
  if (target.kind === 'hidden-input') return NO_FIELD_TEXT;
  return target.kind === 'native' ? nativeFieldText(target.element) : richFieldText(target.element);
}

const ENDING_KEYS = new Set(['Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export type FieldTabbing = {
  /** The adapter, with insertions that leave markers starting field mode. */
  wrap(adapter: EditorAdapter): EditorAdapter;
  /** Listens for Tab; call after the suggestion controller so its Tab comes first. */
  listen(signal: AbortSignal): void;
  /** Whether field mode is on with a marker left in the inserted text (ends it if none is). */
  pending(): boolean;
};

export function fieldTabbing(target: HTMLElement, fields: FieldText): FieldTabbing {
  /** The inserted text: from `start`, up to the text's end less `tail` characters. */
  let region: { start: number; tail: number } | null = null;
  const end = () => (region = null);

  const around = async (replace: number, insert: string, run: () => Promise<'inserted' | 'copied' | 'failed'>) => {
    const before = fields.selection();
    const total = fields.text().length;
    const outcome = await run();
    if (outcome === 'inserted' && before && insert.includes('【待填：')) {
      region = { start: Math.max(0, before.start - replace), tail: total - before.end };
    } else if (outcome === 'inserted') end();
    return outcome;
  };

  const step = (backwards: boolean): boolean => {
    if (!region) return false;
    const text = fields.text();
    const selection = fields.selection();
    const to = text.length - region.tail;
    if (!selection || to < region.start) return end(), false;
    const marker = nextMarker(text, { from: region.start, to }, selection, backwards);
    if (!marker) return end(), false;
    fields.select(marker.start, marker.end);
    return true;
  };

  return {
    pending() {
      if (!region) return false;
      const text = fields.text();
      const left = text.slice(region.start, text.length - region.tail).includes('【待填：');
      if (!left) end();
      return left;
    },
    wrap: (adapter) => ({
      ...adapter,
      family: adapter.family,
      replaceBeforeCaret: (replace, insert, lastEditAt) => around(replace, insert, () => adapter.replaceBeforeCaret(replace, insert, lastEditAt)),
      insertLines: (replace, lines, caretLine, lastEditAt) =>
        around(replace, lines.join('\n'), () => adapter.insertLines(replace, lines, caretLine, lastEditAt)),
    }),
    listen(signal) {
      const view = target.ownerDocument.defaultView!;
      const options = { capture: true, signal };
      view.addEventListener('keydown', (event) => {
        if (!event.isTrusted || !region || !event.composedPath().includes(target)) return;
        if (event.isComposing || event.keyCode === 229) return;
        if (ENDING_KEYS.has(event.key)) return void end();
        if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
        if (step(event.shiftKey)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      }, options);
      target.addEventListener('mousedown', end, options);
      target.addEventListener('blur', end, options);
    },
  };
}

