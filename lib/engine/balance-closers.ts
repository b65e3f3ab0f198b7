// An insertion that continues from inside a phrase can carry a closing mark whose opening
// mark stands earlier in the phrase, where the writer did not type it: 「落实一岗」 +
// 「双责”落实」 would leave a stray ”. Such closers are dropped from the insertion; closers
// the writer's own text opened are kept.

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['（', '）'],
];

export function balanceClosers(before: string, insert: string): string {
  let result = insert;
  for (const [open, close] of PAIRS) {
    if (!result.includes(close)) continue;
    let depth = depthAfter(before, open, close);
    let kept = '';
    for (const ch of result) {
      if (ch === open) depth++;
      else if (ch === close) {
        if (depth === 0) continue; // nothing open: a stray closer
        depth--;
      }
      kept += ch;
    }
    result = kept;
  }
  return result;
}

function depthAfter(text: string, open: string, close: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth++;
    else if (ch === close && depth > 0) depth--;
  }
  return depth;
}
