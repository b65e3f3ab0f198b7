// An insertion that continues from inside a phrase can carry a closing mark whose opening
// mark stands earlier in the phrase, where the writer did not type it: 「落实一岗」 +
// 「双责”落实」 would leave a stray ” and a second verb (「认真落实一岗双责落实」, #20).
// The quoted term ends there, so the insertion ends there too; closers the writer's own
// text opened are kept.

const CLOSER_OF: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '（': '）' };
const OPENER_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CLOSER_OF).map(([o, c]) => [c, o]));
const ANY_CLOSER = /[”’」』》）]/;

/** How many of each opening mark are still open at the end of `text`. */
export type OpenMarks = Readonly<Record<string, number>>;

export function openMarks(text: string): OpenMarks {
  const depth: Record<string, number> = {};
  for (const ch of text) {
    if (CLOSER_OF[ch]) depth[ch] = (depth[ch] ?? 0) + 1;
    else {
      const opener = OPENER_OF[ch];
      if (opener && (depth[opener] ?? 0) > 0) depth[opener]!--;
    }
  }
  return depth;
}

/** `open` is openMarks() of the text the insertion follows; computed once per query. */
export function balanceClosers(open: () => OpenMarks, insert: string): string {
  if (!ANY_CLOSER.test(insert)) return insert;
  const depth: Record<string, number> = { ...open() };
  let kept = '';
  for (const ch of insert) {
    const opener = OPENER_OF[ch];
    if (CLOSER_OF[ch]) depth[ch] = (depth[ch] ?? 0) + 1;
    else if (opener) {
      if ((depth[opener] ?? 0) === 0) break; // nothing open: the term the writer typed ends here
      depth[opener]!--;
    }
    kept += ch;
  }
  return kept;
}
