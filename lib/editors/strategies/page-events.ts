// Events the page's editor must be able to read: a paste's clipboardData and a
// beforeinput's dataTransfer. Two engine behaviours, told apart by what the event reads
// back, never by the browser's name:
// - Gecko isolates a content script's objects from the page (Xray wrappers): a DataTransfer
//   made in the script's world reaches the page empty. Where the page's own constructors are
//   reachable (`window.wrappedJSObject`, with `cloneInto` for the init dictionaries), the
//   events are built from them, so the page owns them.
// - Gecko ignores `clipboardData` in the ClipboardEvent constructor (from any world) and
//   takes its own `{ dataType, data }` instead, which carries one type.
// Only text crosses: the strings to insert and the editor's own nodes for the target range.

type Constructors = {
  DataTransfer: typeof DataTransfer;
  ClipboardEvent: typeof ClipboardEvent;
  InputEvent: typeof InputEvent;
  StaticRange: typeof StaticRange;
};

/** Gecko's content-script globals (absent in Chromium's isolated worlds, which share no objects). */
declare const cloneInto: undefined | (<T>(value: T, target: object, options?: { wrapReflectors?: boolean }) => T);

type PageWorld = Constructors & {
  /** An init dictionary the page's constructors can read (nodes in it stay the page's). */
  init<T extends object>(init: T): T;
};

/** The page's own constructors where the script's world is isolated from the page's; else the view's. */
export function pageWorld(view: Window): PageWorld {
  const page = (view as Window & { wrappedJSObject?: Window & Constructors }).wrappedJSObject;
  if (page && typeof cloneInto === 'function') {
    const clone = cloneInto;
    return {
      DataTransfer: page.DataTransfer,
      ClipboardEvent: page.ClipboardEvent,
      InputEvent: page.InputEvent,
      StaticRange: page.StaticRange,
      init: (init) => clone(init, view, { wrapReflectors: true }),
    };
  }
  const own = view as unknown as Constructors;
  return { DataTransfer: own.DataTransfer, ClipboardEvent: own.ClipboardEvent, InputEvent: own.InputEvent, StaticRange: own.StaticRange, init: (init) => init };
}

export type PastePayload = { plain: string; html?: string };

/**
 * A cancelable, bubbling paste event whose clipboardData holds `payload` as the page reads
 * it, or null where the engine lets none be made. `html` may be left out where the engine
 * carries one type only: `pastedHtml` tells whether it went.
 */
export function pasteEvent(view: Window, payload: PastePayload): { event: ClipboardEvent; pastedHtml: boolean } | null {
  const world = pageWorld(view);
  const flags = { bubbles: true, cancelable: true };
  const data = new world.DataTransfer();
  data.setData('text/plain', payload.plain);
  if (payload.html !== undefined) data.setData('text/html', payload.html);
  const standard = new world.ClipboardEvent('paste', world.init({ ...flags, clipboardData: data }));
  if (reads(standard, payload)) return { event: standard, pastedHtml: payload.html !== undefined };
  // Gecko: the text in its own init members; a second type is tried and read back.
  const gecko = new world.ClipboardEvent('paste', world.init({ ...flags, dataType: 'text/plain', data: payload.plain } as ClipboardEventInit));
  if (!reads(gecko, { plain: payload.plain })) return null;
  if (payload.html === undefined) return { event: gecko, pastedHtml: false };
  try {
    gecko.clipboardData?.setData('text/html', payload.html);
  } catch {
    // Read-only in this engine: the paste goes as text alone.
  }
  return { event: gecko, pastedHtml: reads(gecko, payload) };
}

function reads(event: ClipboardEvent, payload: PastePayload): boolean {
  const data = event.clipboardData;
  if (!data || data.getData('text/plain') !== payload.plain) return false;
  return payload.html === undefined || data.getData('text/html') === payload.html;
}

/** A cancelable beforeinput carrying `text` (as data and in a DataTransfer) for `range`. */
export function beforeInputEvent(view: Window, inputType: string, text: string, range: AbstractRange): InputEvent {
  const world = pageWorld(view);
  const target = new world.StaticRange(
    world.init({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset }),
  );
  const data = new world.DataTransfer();
  data.setData('text/plain', text);
  return new world.InputEvent(
    'beforeinput',
    world.init({ inputType, data: text, dataTransfer: data, targetRanges: [target], bubbles: true, cancelable: true }),
  );
}
