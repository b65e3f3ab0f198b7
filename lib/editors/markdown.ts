// Issue #21: markdown editors (a source pane with a preview: EasyMDE, Toast UI's markdown
// mode, Vditor, Monaco or CodeMirror set to markdown) read a single line break as a space
// inside one paragraph, so an outline whose lines are joined by '\n' renders as one run-on
// paragraph. Such editors say what they edit in their own markup (a class or a language
// attribute naming markdown); there an outline goes in as blank-line separated paragraphs.

/** Ancestors looked at: the editing element sits a few levels inside the editor's frame. */
const ANCESTORS = 8;

/** A class token or language attribute naming markdown: md, *-md-*, markdown, …MDE… */
const MARKDOWN_CLASS = /(^|[\s_-])(md|markdown)([\s_-]|$)|markdown|MDE/;

export function isMarkdownSource(element: Element): boolean {
  let node: Element | null = element;
  for (let i = 0; node && i < ANCESTORS; i++, node = node.parentElement) {
    const className = typeof node.className === 'string' ? node.className : '';
    if (MARKDOWN_CLASS.test(className)) return true;
    const language = node.getAttribute('data-language') ?? node.getAttribute('data-mode-id') ?? node.getAttribute('data-mode') ?? '';
    if (/markdown/i.test(language)) return true;
  }
  return false;
}

/** The lines as markdown paragraphs: a blank line between each two. */
export function asMarkdownParagraphs(lines: readonly string[], caretLine: number): { lines: string[]; caretLine: number } {
  const spaced = lines.flatMap((line, index) => (index === 0 ? [line] : ['', line]));
  return { lines: spaced, caretLine: caretLine * 2 };
}
