// Issue #17: the rich editor's text for the wording check, and the way back from a
// finding's offsets to the text nodes (lib/editors/text-units.ts), without a DOM.
import { describe, expect, it } from 'vitest';
import { joinUnits, pointAt, rawIndex, type TextUnit } from '@/lib/editors/text-units';
import { checkDocument } from '@/lib/check/check';

const text = (block: string, t: string): TextUnit<string> => ({ kind: 'text', block, text: t });
const br = (block: string): TextUnit<string> => ({ kind: 'break', block });

/** The characters of [start, end) read back unit by unit, as the jump selects them. */
function readBack(units: readonly TextUnit<string>[], start: number, end: number): string {
  const { spans } = joinUnits(units);
  const from = pointAt(spans, start, 'start')!;
  const to = pointAt(spans, end, 'end')!;
  let out = '';
  for (let i = from.unit; i <= to.unit; i++) {
    const unit = units[i]!;
    if (unit.kind !== 'text') continue;
    out += unit.text.slice(i === from.unit ? from.offset : 0, i === to.unit ? to.offset : unit.text.length);
  }
  return out;
}

describe('joinUnits', () => {
  it('makes a paragraph per block and joins them with \\n, as the adapters give text', () => {
    const units = [text('p1', '一、总体'), text('p1', '要求'), text('p2', '增强四种意识')];
    expect(joinUnits(units).paragraphs).toEqual(['一、总体要求', '增强四种意识']);
    expect(joinUnits(units).spans).toEqual([
      { unit: 0, start: 0, end: 4 },
      { unit: 1, start: 4, end: 6 },
      { unit: 2, start: 7, end: 13 },
    ]);
  });

  it('starts a line after a <br> inside one block (Trix), and makes nothing of empty blocks or a trailing <br>', () => {
    const units = [text('div', '第一行'), br('div'), text('div', '第二行'), br('div'), br('empty'), text('p', '第三行'), br('p')];
    expect(joinUnits(units).paragraphs).toEqual(['第一行', '第二行', '第三行']);
  });

  it('keeps text outside any block apart from the blocks around it (plain contenteditable after Enter)', () => {
    const units = [text('host', '首行'), text('div1', '次行'), text('host', '尾行')];
    expect(joinUnits(units).paragraphs).toEqual(['首行', '次行', '尾行']);
  });
});

describe('pointAt', () => {
  const units = [text('p1', '增强'), text('p1', '四种'), text('p1', '意识'), text('p2', '做的很好')];
  const { spans } = joinUnits(units);

  it('puts a range start in the run that holds the next character, and its end in the one that holds the previous', () => {
    expect(pointAt(spans, 2, 'start')).toEqual({ unit: 1, offset: 0 });
    expect(pointAt(spans, 4, 'end')).toEqual({ unit: 1, offset: 2 });
    expect(pointAt(spans, 4, 'start')).toEqual({ unit: 2, offset: 0 });
  });

  it('maps a paragraph start and end, and nothing past the text', () => {
    expect(pointAt(spans, 7, 'start')).toEqual({ unit: 3, offset: 0 });
    expect(pointAt(spans, 7, 'end')).toEqual({ unit: 3, offset: 0 });
    expect(pointAt(spans, 6, 'start')).toEqual({ unit: 2, offset: 2 });
    expect(pointAt(spans, 11, 'end')).toEqual({ unit: 3, offset: 4 });
    expect(pointAt(spans, 12, 'start')).toBeNull();
  });

  it('every finding of the checker reads back as its own text across runs and paragraphs', () => {
    const doc = [text('p1', '一、'), text('p1', '增强四'), text('p1', '种意识，'), text('p1', '有力的促进发展'), br('p1'), text('p1', '（一）、工作'), text('p2', '工作做的很好')];
    const { paragraphs } = joinUnits(doc);
    const findings = checkDocument(paragraphs, undefined, { asOf: '2026-01-01' });
    expect(findings.map((f) => f.text)).toEqual(['四种意识', '有力的促进', '（一）、', '做的很好']);
    for (const f of findings) expect(readBack(doc, f.start, f.end)).toBe(f.text);
  });
});

describe('rawIndex', () => {
  it('skips the zero-width characters editors keep as caret anchors', () => {
    expect(rawIndex('\ufeff四种', 0)).toBe(0);
    expect(rawIndex('\ufeff四种', 1)).toBe(2);
    expect(rawIndex('四\u200b种', 2)).toBe(3);
    expect(rawIndex('四种', 2)).toBe(2);
  });
});
