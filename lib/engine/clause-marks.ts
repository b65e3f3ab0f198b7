// Where a clause ends. Shared continuations stop there, and phrases that agree up to
// there are one family to the writer (「丰富活动载体」 and every 「丰富活动载体，…」).

/** ，。；：！？、 and their ASCII forms. */
export function endsClause(code: number): boolean {
  return (
    code === 0xff0c || code === 0x3002 || code === 0xff1b || code === 0xff1a || code === 0xff01 || code === 0xff1f ||
    code === 0x3001 || code === 44 || code === 46 || code === 59 || code === 58 || code === 33 || code === 63
  );
}

/** Index of the first clause mark in `text` at or after `from`, or text.length if none. */
export function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (endsClause(text.charCodeAt(i))) return i;
  return text.length;
}
