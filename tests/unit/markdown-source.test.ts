// Issue #21: markdown source editors are known by what their markup says, and an outline
// goes into them as blank-line separated paragraphs.
import { describe, expect, it } from 'vitest';
import { asMarkdownParagraphs, isMarkdownSource } from '../../lib/editors/markdown';

/** A chain of element-like nodes, innermost first: only what isMarkdownSource reads. */
function chain(...levels: Array<{ className?: string; attributes?: Record<string, string> }>): Element {
  let parent: Element | null = null;
  for (const level of [...levels].reverse()) {
    parent = { className: level.className ?? '', getAttribute: (name: string) => level.attributes?.[name] ?? null, parentElement: parent } as unknown as Element;
  }
  return parent!;
}

describe('isMarkdownSource', () => {
  it('knows an editor whose markup names markdown, a few levels up', () => {
    expect(isMarkdownSource(chain({ className: 'ProseMirror' }, { className: 'toastui-editor md-mode' }))).toBe(true);
    expect(isMarkdownSource(chain({ className: 'CodeMirror-code' }, {}, { className: 'EasyMDEContainer' }))).toBe(true);
    expect(isMarkdownSource(chain({ className: 'inputarea' }, { attributes: { 'data-mode-id': 'markdown' } }))).toBe(true);
    expect(isMarkdownSource(chain({ className: 'markdown-body editor' }))).toBe(true);
  });

  it('does not take words that merely contain the letters for markdown', () => {
    expect(isMarkdownSource(chain({ className: 'ProseMirror' }, { className: 'cmd-bar admin-panel' }, { className: 'mdc-card' }))).toBe(false);
    expect(isMarkdownSource(chain({ className: 'ql-editor' }, { className: 'ql-container ql-snow' }))).toBe(false);
  });
});

describe('asMarkdownParagraphs', () => {
  it('puts a blank line between each two lines and moves the caret line with them', () => {
    expect(asMarkdownParagraphs(['一、总体要求', '二、主要任务', '妥否，请批示。'], 1)).toEqual({
      lines: ['一、总体要求', '', '二、主要任务', '', '妥否，请批示。'],
      caretLine: 2,
    });
  });

  it('keeps an outline that starts on a new line apart from the text before it', () => {
    expect(asMarkdownParagraphs(['', '标题', '正文'], 2).lines.join('\n')).toBe('\n\n标题\n\n正文');
  });
});
