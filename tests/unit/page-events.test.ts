// Issue 13: insertion events are chosen by what the engine's events read back, not by the
// browser's name. Fake constructors stand for Blink (a paste keeps the clipboardData it was
// given), Gecko (it ignores it and takes { dataType, data }, one type), an engine with
// neither, and Gecko's isolated content-script world (the page's own constructors).
import { afterEach, describe, expect, it } from 'vitest';
import { beforeInputEvent, pasteEvent, pageWorld } from '@/lib/editors/strategies/page-events';

class FakeDataTransfer {
  readonly data = new Map<string, string>();
  constructor(readonly readOnly = false) {}
  setData(type: string, value: string) {
    if (!this.readOnly) this.data.set(type, value);
  }
  getData(type: string) {
    return this.data.get(type) ?? '';
  }
}

type Init = { clipboardData?: FakeDataTransfer; dataType?: string; data?: string };

const blinkPaste = class {
  clipboardData: FakeDataTransfer | null;
  constructor(_type: string, init: Init) {
    this.clipboardData = init.clipboardData ?? null;
  }
};

const geckoPaste = (readOnlyAfter: boolean) =>
  class {
    clipboardData: FakeDataTransfer;
    constructor(_type: string, init: Init) {
      const data = new FakeDataTransfer();
      if (init.dataType) data.setData(init.dataType, init.data ?? '');
      this.clipboardData = Object.assign(data, { readOnly: readOnlyAfter });
    }
  };

const noDataPaste = class {
  clipboardData = null;
};

class FakeInputEvent {
  constructor(readonly type: string, readonly init: Record<string, unknown>) {}
}
class FakeStaticRange {
  constructor(readonly init: Record<string, unknown>) {}
}

const viewWith = (ClipboardEvent: unknown) =>
  ({ DataTransfer: FakeDataTransfer, ClipboardEvent, InputEvent: FakeInputEvent, StaticRange: FakeStaticRange }) as unknown as Window;

const payload = { plain: '一、总体情况\n二、主要做法', html: '<p>一、总体情况</p><p>二、主要做法</p>' };

afterEach(() => {
  delete (globalThis as { cloneInto?: unknown }).cloneInto;
});

describe('pasteEvent', () => {
  it('keeps the standard clipboardData, with its HTML, where the engine reads it (Blink)', () => {
    const made = pasteEvent(viewWith(blinkPaste), payload)!;
    expect(made.event.clipboardData!.getData('text/plain')).toBe(payload.plain);
    expect(made.pastedHtml).toBe(true);
  });

  it("uses Gecko's { dataType, data } where the standard member is ignored, and adds the HTML when it reads back", () => {
    const made = pasteEvent(viewWith(geckoPaste(false)), payload)!;
    expect(made.event.clipboardData!.getData('text/plain')).toBe(payload.plain);
    expect(made.event.clipboardData!.getData('text/html')).toBe(payload.html);
    expect(made.pastedHtml).toBe(true);
  });

  it('says the HTML did not go where a second type does not read back: the text alone goes', () => {
    const made = pasteEvent(viewWith(geckoPaste(true)), payload)!;
    expect(made.event.clipboardData!.getData('text/plain')).toBe(payload.plain);
    expect(made.pastedHtml).toBe(false);
  });

  it('makes none where no form carries the text: the chain goes on to the next strategy', () => {
    expect(pasteEvent(viewWith(noDataPaste), { plain: '此复。' })).toBeNull();
  });
});

describe('pageWorld', () => {
  it("builds from the page's own constructors, with cloned init dictionaries, where the script's world is isolated (Gecko's Xrays)", () => {
    const cloned: unknown[] = [];
    (globalThis as { cloneInto?: unknown }).cloneInto = (value: object) => {
      cloned.push(value);
      return { ...value };
    };
    const pageConstructors = viewWith(blinkPaste);
    const view = { ...viewWith(noDataPaste), wrappedJSObject: pageConstructors } as unknown as Window;
    expect(pageWorld(view).ClipboardEvent).toBe(blinkPaste);
    const made = pasteEvent(view, { plain: '特此通知。' })!;
    expect(made.event).toBeInstanceOf(blinkPaste);
    expect(cloned.length).toBeGreaterThan(0);
  });

  it("uses the view's constructors where there is no isolation to cross (Blink's isolated worlds share the DOM)", () => {
    const view = viewWith(blinkPaste);
    expect(pageWorld(view).ClipboardEvent).toBe(blinkPaste);
  });
});

describe('beforeInputEvent', () => {
  it('carries the text as data and in a DataTransfer, for the given range', () => {
    const range = { startContainer: 'a', startOffset: 1, endContainer: 'a', endOffset: 3 } as unknown as AbstractRange;
    const event = beforeInputEvent(viewWith(blinkPaste), 'insertReplacementText', '四个意识', range) as unknown as FakeInputEvent;
    expect(event.type).toBe('beforeinput');
    expect(event.init).toMatchObject({ inputType: 'insertReplacementText', data: '四个意识', cancelable: true, bubbles: true });
    expect((event.init.dataTransfer as FakeDataTransfer).getData('text/plain')).toBe('四个意识');
    expect((event.init.targetRanges as FakeStaticRange[])[0]!.init).toMatchObject({ startOffset: 1, endOffset: 3 });
  });
});
