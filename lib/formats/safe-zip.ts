// Reading a zip (.docx, .xlsx, .ofd) without trusting it: the central directory is read by
// hand, each entry is inflated in small steps with fflate's streaming inflater and the bytes
// that really come out are counted, so a zip bomb is stopped after at most one step past
// the limit, whatever sizes its headers declare.
import { Inflate } from 'fflate';
import { refuse } from './common';

export type ZipLimits = {
  /** Entries in the archive. */
  maxEntries: number;
  /** Decompressed bytes of one entry. */
  maxEntryBytes: number;
  /** Decompressed bytes of all entries read. */
  maxTotalBytes: number;
  /** Decompressed ÷ compressed, checked once an entry has given more than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
};

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  // Real XML deflates 5–50×, a sheet of empty cells up to a few hundred; deflate cannot do
  // better than about 1,030×, which is what bombs are made of.
  maxRatio: 800,
  ratioFloorBytes: 4 * 1024 * 1024,
};

export type ZipEntry = { path: string; method: number; compressedSize: number; declaredSize: number; flags: number; localOffset: number };

/** Why a zip could not be read: `bomb` for limits, `encrypted` for password-protected entries. */
export class ZipProblem extends Error {
  override readonly name = 'ZipProblem';
  constructor(
    readonly kind: 'bomb' | 'damaged' | 'encrypted' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === 0x06054b50) return at;
  }
  throw new ZipProblem('damaged', 'no end of central directory');
}

/** The entries the central directory lists (ZIP64 sizes and offsets understood). */
export function listZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) throw new ZipProblem('damaged', 'missing ZIP64 locator');
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) throw new ZipProblem('damaged', 'bad ZIP64 record');
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > limits.maxEntries) throw new ZipProblem('bomb', `${count} entries`);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  const legacyNames = new TextDecoder('gb18030');
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipProblem('damaged', 'bad central directory');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    let declaredSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localOffset = u32(bytes, at + 42);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise the writer's code page (GBK on Chinese Windows).
    const path = (flags & 0x800 ? names : legacyNames).decode(rawName);
    // ZIP64 extra field: the 64-bit values, in this order, for those set to 0xFFFFFFFF.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const size = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let p = extra + 4;
        if (declaredSize === 0xffffffff) (declaredSize = u64(bytes, p)), (p += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(bytes, p)), (p += 8);
        if (localOffset === 0xffffffff) localOffset = u64(bytes, p);
      }
      extra += 4 + size;
    }
    entries.push({ path, method, compressedSize, declaredSize, flags, localOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Counts what comes out of the archive, across entries. */
class Budget {
  total = 0;
  constructor(readonly limits: ZipLimits) {}
  take(entry: ZipEntry, entryBytes: number, added: number): void {
    this.total += added;
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = this.limits;
    if (entryBytes > maxEntryBytes) throw new ZipProblem('bomb', `${entry.path}: more than ${maxEntryBytes} bytes`);
    if (this.total > maxTotalBytes) throw new ZipProblem('bomb', `more than ${maxTotalBytes} bytes in all`);
    if (entryBytes > ratioFloorBytes && entryBytes > maxRatio * Math.max(1, entry.compressedSize)) {
      throw new ZipProblem('bomb', `${entry.path}: compression ratio over ${maxRatio}`);
    }
  }
}

/** One step of compressed input: at deflate's best ratio this is at most ~16 MB out. */
const STEP = 16 * 1024;

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: Budget): Uint8Array {
  if (entry.flags & 0x1) throw new ZipProblem('encrypted', entry.path);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ZipProblem('damaged', `bad local header for ${entry.path}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipProblem('damaged', `${entry.path} runs past the end of the file`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    budget.take(entry, data.length, data.length);
    return data;
  }
  if (entry.method !== 8) throw new ZipProblem('unsupported', `${entry.path}: compression method ${entry.method}`);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    budget.take(entry, produced, chunk.length);
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let p = 0; p < data.length && !finished; p += STEP) {
      inflater.push(data.subarray(p, Math.min(data.length, p + STEP)), p + STEP >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipProblem) throw error;
    throw new ZipProblem('damaged', `${entry.path}: ${(error as Error).message}`);
  }
  if (!finished) throw new ZipProblem('damaged', `${entry.path}: truncated deflate stream`);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let p = 0;
  for (const chunk of chunks) out.set(chunk, p), (p += chunk.length);
  return out;
}

/** The archive's files (directories left out), inflated within the limits; `want` picks which to inflate. */
export function unzipSafely(bytes: Uint8Array, want: (path: string) => boolean = () => true, limits: ZipLimits = ZIP_LIMITS): Map<string, Uint8Array> {
  const budget = new Budget(limits);
  const files = new Map<string, Uint8Array>();
  for (const entry of listZip(bytes, limits)) {
    if (entry.path.endsWith('/') || !want(entry.path)) continue;
    files.set(entry.path, inflateEntry(bytes, entry, budget));
  }
  return files;
}

/** The user's message for a zip problem in the file `name` (what the file should be: .docx, .ofd …). */
export function zipProblemMessage(name: string, problem: ZipProblem, kind: string) {
  switch (problem.kind) {
    case 'bomb':
      return refuse(
        name,
        (q) => `${q}解压后过大，疑似损坏或恶意文件，未导入。`,
        (q) => `${q} expands to far too much data when unpacked: it looks damaged or malicious. It was not imported.`,
      );
    case 'encrypted':
      return refuse(
        name,
        (q) => `${q}已加密（设置了密码），请先取消密码再导入。`,
        (q) => `${q} is encrypted (password-protected): remove the password, then import it again.`,
      );
    default:
      return refuse(
        name,
        (q) => `${q}已损坏，无法作为 ${kind} 文件读取，未导入。`,
        (q) => `${q} is damaged and cannot be read as a ${kind} file. It was not imported.`,
      );
  }
}
