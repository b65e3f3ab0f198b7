// Content-derived ids: the same wording always gets the same id, so rebuilding the bank from
// the same documents is byte-identical and ids survive rebuilds (usage records keep pointing
// at the right phrase). 64-bit FNV-1a over UTF-8: tiny, dependency-free, collisions are
// negligible at the scale of a phrase bank (tens of thousands of entries).

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else
      bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** 64-bit FNV-1a of the text's UTF-8 bytes, as 16 lowercase hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV64_OFFSET;
  for (const byte of utf8Bytes(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV64_PRIME) & MASK64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * Gives each key a stable id `${prefix}${hash}`; in the (astronomically unlikely) event two
 * different keys collide, the later key in the caller's deterministic order gets a suffix.
 */
export class IdAllocator {
  private readonly used = new Map<string, string>();
  constructor(private readonly prefix: string) {}

  idFor(key: string): string {
    const base = this.prefix + fnv1a64(key);
    let id = base;
    for (let n = 2; this.used.has(id) && this.used.get(id) !== key; n++) id = `${base}-${n}`;
    this.used.set(id, key);
    return id;
  }
}
