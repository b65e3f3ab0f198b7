/** Each line as a <p>, its text escaped by the DOM itself (never parsed as markup). */
export function linesAsHtml(lines: readonly string[], doc: Document): string {
  const holder = doc.createElement('div');
  for (const line of lines) {
    const paragraph = doc.createElement('p');
    if (line) paragraph.textContent = line;
    else paragraph.appendChild(doc.createElement('br'));
    holder.appendChild(paragraph);
  }
  return holder.innerHTML;
}
