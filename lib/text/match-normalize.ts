// Normalization for MATCHING only (never for display or insertion). It maps each character
// to one canonical character, one for one, so an offset in the normalized string is the
// same offset in the original: that is what lets the engine say exactly how many typed
// characters an insertion replaces.

const CANONICAL: Record<string, string> = {};
function mapAll(chars: string, to: string): void {
  for (const ch of chars) CANONICAL[ch] = to;
}
// Writers type quotes, commas and brackets in either width and either style; the bank
// holds one standard form. Treat all variants as equal while matching.
mapAll('"“”「」＂\'‘’『』', '"');
mapAll(',，、､', '，');
mapAll(';；', '；');
mapAll(':：', '：');
mapAll('?？', '？');
mapAll('!！', '！');
mapAll('(（', '（');
mapAll(')）', '）');
mapAll('.。．｡', '。');
mapAll('《〈<', '《');
mapAll('》〉>', '》');
mapAll('—－-', '-');
mapAll('~～', '～');
mapAll(' \u3000\u00a0\t', ' ');

/** Canonical form of one character for matching. */
export function canonicalChar(ch: string): string {
  const mapped = CANONICAL[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Full-width ASCII letters and digits (Ａ-Ｚ, ０-９ …) to their half-width forms, lower case.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  return ch.toLowerCase();
}

/** Any character that canonicalChar changes. Most Chinese text has few: test first. */
const VARIANT = new RegExp(
  `[${Object.keys(CANONICAL).map(escapeForClass).join('')}A-Z\\uff01-\\uff5e]`,
  'g',
);

function escapeForClass(ch: string): string {
  return /[\]\\^-]/.test(ch) ? `\\${ch}` : ch;
}

/** Length-preserving canonical form of a string for matching. */
export function matchNormalize(text: string): string {
  return text.replace(VARIANT, canonicalChar);
}
