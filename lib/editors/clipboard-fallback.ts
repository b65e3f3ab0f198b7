// The last resort where no strategy can put text into an editor (canvas-based document
// sites, editors that ignore every event we can send): the text goes to the clipboard,
// and the writer pastes it with Ctrl+V. Runs inside the Tab keypress, a user gesture.
export async function copyToClipboard(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
