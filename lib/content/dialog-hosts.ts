// The shadow hosts of Juku's own dialogs in the page: the palette and the wording check.
// Focus and keys inside them are ours, not the writer's editor's: the focus follower keeps
// the editor's session while one has the focus, and the inline list ignores their keys
// (in a document in design mode the editable is the whole <html>, hosts included).

export const PALETTE_HOST = 'juku-palette';
export const CHECK_HOST = 'juku-check';

export function isDialogHost(node: EventTarget | null | undefined): boolean {
  const name = (node as Element | null | undefined)?.localName;
  return name === PALETTE_HOST || name === CHECK_HOST;
}
