// The engine snapshot as one binary buffer, the form it is stored in. IndexedDB hands a
// stored Blob back as a handle at once, and one read of its bytes is the cheapest way to
// get megabytes out of it (measured in Chromium at 17 MB: a Blob read about 18 ms, the
// same bytes as an ArrayBuffer value 26 ms, as the snapshot's two dozen strings and typed
// arrays 55 ms). The arrays are then used where they lie in the buffer, as views; only the
// few long strings are decoded, each in one call.
//
// Layout: a header of 32-bit words (MAGIC, SNAPSHOT_FORMAT, the number of parts, then per
// part its kind and byte length), then each part's bytes, every part starting on a multiple
// of 8 bytes (a Float64Array view needs that).
import { ROLES } from '../roles';
import type { PackedListsData } from './packed-lists';
import { SNAPSHOT_FORMAT, type EngineSnapshot } from './snapshot';

/** 'JUKU' read as a little-endian 32-bit word. */
const MAGIC = 0x554b554a;
const HEADER_WORDS = 3;

type Part = string | Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
type ArrayKind = Exclude<Part, string>;
type ArrayType = { new (buffer: ArrayBuffer, byteOffset: number, length: number): ArrayKind; BYTES_PER_ELEMENT: number };

/** Kind codes: strings in UTF-16 (the keys) or UTF-8 (the ids, mostly ASCII), then arrays. */
const UTF16 = 0;
const UTF8 = 1;
const ARRAY_TYPES: readonly ArrayType[] = [Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array];
const FIRST_ARRAY_KIND = 2;

/** Strings written as UTF-8 rather than UTF-16. */
type StringPart = { utf8: string };

const listParts = (l: PackedListsData): Part[] => [l.keys, l.keyStarts, l.listStarts, l.values];

/** Every part of a snapshot, in the one order the buffer holds them. */
function partsOf(s: EngineSnapshot): (Part | StringPart)[] {
  return [
    { utf8: s.ids.joined },
    s.ids.starts,
    s.idOrder,
    s.keys,
    s.starts,
    s.textPatches.at,
    s.textPatches.codes,
    s.roles,
    s.docCounts,
    s.flags,
    s.extensions,
    s.heads2,
    s.heads3,
    ...listParts(s.hot),
    ...s.hotByRole.flatMap(listParts),
    ...listParts(s.inner),
    ...listParts(s.pairs),
    s.links.hashes,
    s.links.refs,
    s.links.starts,
    s.words.firsts,
    s.words.ends,
  ];
}

const align8 = (n: number) => (n + 7) & ~7;

function utf16Bytes(text: string): Uint8Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return new Uint8Array(units.buffer);
}

export function encodeSnapshot(snapshot: EngineSnapshot): ArrayBuffer {
  const parts = partsOf(snapshot);
  const encoder = new TextEncoder();
  const kinds: number[] = [];
  const bytes: Uint8Array[] = parts.map((part) => {
    if (typeof part === 'string') {
      kinds.push(UTF16);
      return utf16Bytes(part);
    }
    if (!ArrayBuffer.isView(part)) {
      kinds.push(UTF8);
      return encoder.encode(part.utf8);
    }
    kinds.push(FIRST_ARRAY_KIND + ARRAY_TYPES.findIndex((type) => part instanceof type));
    return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  });
  const headerBytes = align8((HEADER_WORDS + parts.length * 2) * 4);
  const total = bytes.reduce((sum, b) => sum + align8(b.byteLength), headerBytes);
  const buffer = new ArrayBuffer(total);
  const header = new Uint32Array(buffer, 0, HEADER_WORDS + parts.length * 2);
  header.set([MAGIC, SNAPSHOT_FORMAT, parts.length]);
  const out = new Uint8Array(buffer);
  let at = headerBytes;
  bytes.forEach((b, i) => {
    header[HEADER_WORDS + i * 2] = kinds[i]!;
    header[HEADER_WORDS + i * 2 + 1] = b.byteLength;
    out.set(b, at);
    at += align8(b.byteLength);
  });
  return buffer;
}

/**
 * The snapshot a buffer holds, its arrays viewing the buffer; null if it is not one of
 * this format or is cut short. (The parts' own sizes and numbers are checked by
 * checkSnapshot and isSound.)
 */
export function decodeSnapshot(buffer: ArrayBuffer): EngineSnapshot | null {
  if (buffer.byteLength < HEADER_WORDS * 4) return null;
  const [magic, format, count] = new Uint32Array(buffer, 0, HEADER_WORDS);
  if (magic !== MAGIC || format !== SNAPSHOT_FORMAT || count !== EXPECTED_PARTS) return null;
  const headerBytes = align8((HEADER_WORDS + count * 2) * 4);
  if (buffer.byteLength < headerBytes) return null;
  const header = new Uint32Array(buffer, 0, HEADER_WORDS + count * 2);
  const utf16 = new TextDecoder('utf-16le');
  const utf8 = new TextDecoder('utf-8');
  const parts: Part[] = [];
  let at = headerBytes;
  for (let i = 0; i < count; i++) {
    const kind = header[HEADER_WORDS + i * 2]!;
    const byteLength = header[HEADER_WORDS + i * 2 + 1]!;
    if (at + byteLength > buffer.byteLength) return null;
    const bytes = new Uint8Array(buffer, at, byteLength);
    if (kind === UTF16 || kind === UTF8) {
      if (kind === UTF16 && byteLength % 2 !== 0) return null;
      parts.push((kind === UTF16 ? utf16 : utf8).decode(bytes));
    } else {
      const type = ARRAY_TYPES[kind - FIRST_ARRAY_KIND];
      if (!type || byteLength % type.BYTES_PER_ELEMENT !== 0) return null;
      parts.push(new type(buffer, at, byteLength / type.BYTES_PER_ELEMENT));
    }
    at += align8(byteLength);
  }
  return snapshotOf(parts);
}

const LIST_PARTS = 4;
const EXPECTED_PARTS = 13 + LIST_PARTS * (3 + ROLES.length) + 5;

/** The parts back into a snapshot, in partsOf's order (the types are checked by checkSnapshot). */
function snapshotOf(parts: Part[]): EngineSnapshot {
  let next = 0;
  // Typed loosely here: checkSnapshot looks at every part's type before anything uses it.
  const take = () => parts[next++] as never;
  const list = (): PackedListsData => ({ keys: take(), keyStarts: take(), listStarts: take(), values: take() });
  return {
    format: SNAPSHOT_FORMAT,
    ids: { joined: take(), starts: take() },
    idOrder: take(),
    keys: take(),
    starts: take(),
    textPatches: { at: take(), codes: take() },
    roles: take(),
    docCounts: take(),
    flags: take(),
    extensions: take(),
    heads2: take(),
    heads3: take(),
    hot: list(),
    hotByRole: ROLES.map(list),
    inner: list(),
    pairs: list(),
    links: { hashes: take(), refs: take(), starts: take() },
    words: { firsts: take(), ends: take() },
  };
}
