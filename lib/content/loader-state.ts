// What the small script (top frame, focused child frames) (editor-loader.ts) hands to the editor script it
// brings in: both run in the extension's isolated world of the frame, so they share its
// global object. Typing seen before the editor script was ready asks it to look once at
// the text already there; a command that arrived meanwhile is carried out once it is.
export type LoaderState = {
  /** The editor script is running here: from then on its own listeners see everything. */
  started: boolean;
  /** The editor script has been evaluated here and is reading its settings: not to be
   * asked for again, though its listeners are not attached yet. */
  arrived: boolean;
  /** An IME composition began before the editor script started and has not ended. */
  composing: boolean;
  /** A trusted input reached an editable since it got the focus and before the editor script started. */
  typedBeforeStart: boolean;
  /** When the last of that input came (performance.now() of this frame), and its kind
   * (InputEvent.inputType): the editor's undo history merges an insertion into typing that
   * came just before it, so an insertion waits out that window from the writer's last
   * input, early ones included. */
  lastInputAt: number;
  lastInputType: string;
  /** Extension messages (the palette or check command) that arrived before it started. */
  pending: unknown[];
  /** The writer's input events in the focused field before it started: a hidden input's
   * record (typed-stream.ts) is built from them, its field holding no text to read. */
  early: Array<{ target: EventTarget; event: Event }>;
  /** Fields that looked like an editor's hidden input when they got the focus. */
  hiddenAtFocus: WeakSet<EventTarget>;
};

/** Enough for a sentence typed while the editor script loads; a runaway page never grows it. */
export const EARLY_EVENTS_KEPT = 400;

const KEY = '__jukuEditorLoader';

export function newLoaderState(): LoaderState {
  const state: LoaderState = { started: false, arrived: false, composing: false, typedBeforeStart: false, lastInputAt: -Infinity, lastInputType: '', pending: [], early: [], hiddenAtFocus: new WeakSet() };
  (globalThis as Record<string, unknown>)[KEY] = state;
  return state;
}

/** Called first thing by the editor script, before it reads its settings. */
export function markEditorArrived(): void {
  const state = (globalThis as Record<string, unknown>)[KEY] as LoaderState | undefined;
  if (state) state.arrived = true;
}

/** Called by the editor script once it follows the focus: the small script stops keeping events. */
export function markEditorStarted(): void {
  const state = (globalThis as Record<string, unknown>)[KEY] as LoaderState | undefined;
  if (state) state.started = true;
}

/** The loader's state, emptied as it is read: what happened before the editor script started. */
export function takeLoaderState(): LoaderState {
  const state = (globalThis as Record<string, unknown>)[KEY] as LoaderState | undefined;
  const taken = { started: true, arrived: true, composing: state?.composing ?? false, typedBeforeStart: state?.typedBeforeStart ?? false, lastInputAt: state?.lastInputAt ?? -Infinity, lastInputType: state?.lastInputType ?? '', pending: [...(state?.pending ?? [])], early: [], hiddenAtFocus: new WeakSet<EventTarget>() };
  if (state) {
    state.typedBeforeStart = false;
    state.pending.length = 0;
  }
  return taken;
}

/** Whether the writer is in the middle of a composition the editor script did not see begin. */
export function composingBeforeStart(): boolean {
  return ((globalThis as Record<string, unknown>)[KEY] as LoaderState | undefined)?.composing ?? false;
}

/** The writer's last input before the editor script started: when, and of what kind. */
export function lastInputBeforeStart(): { at: number; type: string } {
  const state = (globalThis as Record<string, unknown>)[KEY] as LoaderState | undefined;
  return { at: state?.lastInputAt ?? -Infinity, type: state?.lastInputType ?? '' };
}

/** The early events of `field`, in order, taken (a second session of the field gets none). */
export function takeEarlyEvents(field: EventTarget): Event[] {
  const state = (globalThis as Record<string, unknown>)[KEY] as LoaderState | undefined;
  if (!state) return [];
  const mine = state.early.filter((e) => e.target === field).map((e) => e.event);
  state.early = state.early.filter((e) => e.target !== field);
  return mine;
}

/** Whether `field` looked like a hidden input when it got the focus, before the editor script
 * ran: how it looks now may be how its editor shows an IME composition under way. */
export function lookedHiddenAtFocus(field: EventTarget): boolean {
  return ((globalThis as Record<string, unknown>)[KEY] as LoaderState | undefined)?.hiddenAtFocus.has(field) ?? false;
}
