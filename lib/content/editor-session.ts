// Everything Juku does in one focused editor, for as long as it has the focus: inline
// suggestions (with the section read from the headings above the caret), the palette and
// its triggers, and insertions asked for from the popup.
import type { ContentScriptContext } from '#imports';
import type { EditableTarget } from '../editors/editable';
import type { EditorAdapter, InsertOutcome } from '../editors/adapter';
import { nativeFieldAdapter } from '../editors/native-field';
import { headingChain } from '../editors/heading-chain';
import { documentContext } from '../engine/document-context';
import { contentEditableAdapter } from '../editors/contenteditable';
import { hiddenInputAdapter, takeSeed, watchForEmptying } from '../editors/hidden-input';
import { followTypedStream } from './typed-stream';
import type { ResponseMap, RequestInput, RequestType } from '../protocol';
import type { Profile } from '../profile';
import { defaultFieldValues, fillFields } from '../skeleton/fields';
import { attachSuggestionController, type SuggestionView } from './suggestion-controller';
import { takeEarlyEvents } from './loader-state';
import { fieldTabbing, fieldTextOf } from './field-tabbing';
import { openPalette, paletteTriggerIn, type PaletteBackend } from './palette-session';
import type { PaletteOverlay } from './palette-overlay';
import type { PaletteText } from './palette-text';
import type { CheckOverlay } from './check-overlay';
import { checkSession } from './check-session';
import type { Rule } from '../check/rules';

export type RequestFn = <T extends RequestType>(request: Extract<RequestInput, { type: T }>) => Promise<ResponseMap[T]>;

export type SessionServices = {
  ctx: ContentScriptContext;
  request: RequestFn;
  suggestions: SuggestionView;
  setPicker: (pick: (index: number) => void) => void;
  palette: PaletteOverlay;
  /** The wording check's list (issue #17). */
  check: CheckOverlay;
  paletteText: () => PaletteText;
  /** Current settings, kept up to date by storage watchers. */
  profile: () => Profile;
  paletteTriggers: () => boolean;
  minChars: () => number;
  /** The wording rules in force: the shipped ones with the writer's files merged (#17). */
  wordingRules: () => Promise<readonly Rule[]>;
};

export type EditorSession = {
  readonly element: HTMLElement;
  /** How the element is worked in (it may turn out to be a hidden input, issue #18). */
  readonly kind: EditableTarget['kind'];
  /** An insertion is under way: focus moves now are the strategies' own (a paste bin). */
  busy(): boolean;
  /** Suggests for the text already before the caret: typing that came before the session. */
  lookNow(): void;
  openPalette(trigger?: string): void;
  /** Checks the editor's whole text and lists the findings (issue #17). */
  openCheck(): void;
  insertText(text: string): Promise<InsertOutcome>;
};

/**
 * `onIdle`: called when an insertion ends, so the caller can look at the focus again: an
 * editor may move it to an element of its own while a strategy runs (ProseMirror and
 * TinyMCE after a paste they could not read), and the session must outlive that.
 */
export function startEditorSession(target: EditableTarget, services: SessionServices, signal: AbortSignal, onIdle: () => void = () => {}): EditorSession {
  const { request } = services;
  const view = target.element.ownerDocument.defaultView!;
  // Every insertion that leaves 【待填：…】 markers lets Tab move between them (issue #20).
  const fields = fieldTabbing(target.element, fieldTextOf(target));
  let insertions = 0;
  // A hidden input's record changes on keys and clicks the editor takes without an input
  // event: the controller is told (wired once it exists, below).
  let streamChanged = () => {};
  const adapter: EditorAdapter = whileInserting(
    fields.wrap(adapterFor(target, signal, () => streamChanged())),
    (delta) => {
      insertions += delta;
      if (insertions === 0) onIdle();
    },
  );
  let lastEditAt = -Infinity;
  /** The document above the caret as the background last received it (null: not yet). */
  let sentContext: string | null = null;
  const recordUse = (id: string, charsSaved: number) =>
    void request({ type: 'recordUse', id, charsSaved }).catch(() => {});
  const backend: PaletteBackend = {
    search: async (query) => (await request({ type: 'paletteSearch', ...query, limit: 30 })).items,
    skeleton: async (id) => (await request({ type: 'getSkeleton', id })).skeleton,
    recordUse: (item, charsSaved) => item.kind === 'phrase' && recordUse(item.id, charsSaved),
    addToBank: (text) => void request({ type: 'openAddWindow', text }).catch(() => {}),
  };
  const check = checkSession({
    target,
    adapter,
    overlay: services.check,
    words: () => services.paletteText().check,
    lastEditAt: () => lastEditAt,
    copied: () => services.suggestions.notify(services.paletteText().copied, adapter.caretRect()),
    view,
    rules: services.wordingRules,
    unavailable: () => services.suggestions.notify(services.paletteText().failed, adapter.caretRect()),
    alternatives: async (phrases) => (await request({ type: 'wordingAlternatives', phrases })).alternatives,
  });
  // No close on abort: the session ends because the focus went elsewhere, and giving the
  // editor its selection back would pull the focus back. The focus follower closes the
  // list itself (services.check).
  signal.addEventListener('abort', () => check.detach());
  const showPalette = (trigger = '') => {
    if (services.palette.isOpen) return;
    openPalette(
      {
        adapter,
        overlay: services.palette,
        backend,
        text: services.paletteText(),
        profile: services.profile,
        lastEditAt: () => lastEditAt,
        notify: services.suggestions.notify,
        view,
        openCheck: () => check.open(),
      },
      trigger,
    );
  };

  const controller = attachSuggestionController(
    target.element,
    {
      adapter,
      view: services.suggestions,
      fetchSuggestions: async (before) => {
        // While the writer fills the fields of what was just inserted, Tab is theirs.
        if (fields.pending()) return [];
        // What is above the caret gives its section and the document's own wording (#12).
        // It is sent only when it changed: 20,000 characters on every keystroke cost the
        // message more than the answer.
        const above = adapter.linesAbove();
        const context = documentContext(above);
        const same = context === sentContext;
        const headings = headingChain(above);
        const reply = await request({ type: 'suggest', before, headings, ...(same ? { sameContext: true } : { context }) });
        sentContext = reply.contextMissing ? null : context;
        const { suggestions } = reply;
        // Fields in a phrase ({{年度}}) go in filled from the profile, or as a visible marker;
        // the values are worked out only when a suggestion has fields.
        if (!suggestions.some((s) => s.insert.includes('{{'))) return suggestions;
        const values = defaultFieldValues(services.profile(), new Date());
        return suggestions.map((s) => (s.insert.includes('{{') ? { ...s, insert: fillFields(s.insert, values) } : s));
      },
      // Wording from the text above is not in the bank: there is no use of it to record.
      onAccepted: (suggestion) => suggestion.source !== 'document' && recordUse(suggestion.id, suggestion.insert.length),
      setPicker: services.setPicker,
      interceptEdit: (before, editAt, typed) => {
        lastEditAt = editAt;
        // Only typing opens it: an undo that brings 「//」 back, or a paste, does not.
        const trigger = typed && services.paletteTriggers() ? paletteTriggerIn(before) : null;
        // After the IME's own events are over: the palette takes the focus.
        if (trigger) view.setTimeout(() => !signal.aborted && showPalette(trigger), 0);
        return trigger !== null;
      },
      minChars: services.minChars,
      copiedMessage: () => services.paletteText().copied,
      listenEdits: (edited) => (streamChanged = edited),
    },
    signal,
  );
  // After the controller: while its list is open, Tab accepts a suggestion.
  fields.listen(signal);

  // A field that looked ordinary but is emptied by its page after each input is a hidden
  // input after all: the caller looks at the focus again and starts a session of that kind.
  if (target.kind !== 'hidden-input') watchForEmptying(target.element, signal, onIdle, takeEarlyEvents(target.element));

  return {
    element: target.element,
    kind: target.kind,
    busy: () => insertions > 0,
    lookNow: controller.lookNow,
    openPalette: showPalette,
    openCheck: () => {
      services.palette.close();
      check.open();
    },
    async insertText(text) {
      // Asked from the popup: the page lost the focus to it; give the editor its caret back.
      target.element.focus({ preventScroll: true });
      return adapter.replaceBeforeCaret(0, text, lastEditAt);
    },
  };
}

function adapterFor(target: EditableTarget, signal: AbortSignal, streamChanged: () => void): EditorAdapter {
  switch (target.kind) {
    case 'native':
      return nativeFieldAdapter(target.element);
    case 'hidden-input':
      return hiddenInputAdapter(target.element, followTypedStream(target.element, signal, streamChanged, takeSeed(target.element)));
    case 'contenteditable':
      return contentEditableAdapter(target.element);
  }
}

/** The adapter, counting its insertions in and out through `track`. */
function whileInserting(adapter: EditorAdapter, track: (delta: 1 | -1) => void): EditorAdapter {
  const counted = <A extends unknown[]>(insert: (...args: A) => Promise<InsertOutcome>) =>
    async (...args: A): Promise<InsertOutcome> => {
      track(1);
      try {
        return await insert(...args);
      } finally {
        track(-1);
      }
    };
  return {
    ...adapter,
    replaceBeforeCaret: counted(adapter.replaceBeforeCaret.bind(adapter)),
    insertLines: counted(adapter.insertLines.bind(adapter)),
  };
}
