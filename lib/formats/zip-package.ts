// A zip of XML parts (.docx, .xlsx, .ofd), opened safely: inflated within safe-zip's limits,
// each part parsed by xml-scan (no DOCTYPE, no entities beyond the predefined ones), every
// problem turned into a message naming the file. Also tells which kind of package a zip
// really is, so a renamed file is named plainly.
import { refuse, renamedFile, type Bilingual } from './common';
import { listZip, unzipSafely, ZipProblem, zipProblemMessage } from './safe-zip';
import { decodeXml, parseXml, XmlError, type XmlElement } from './xml-scan';

export type PackageKind = '.docx' | '.xlsx' | '.pptx' | '.ofd';

const KIND_MARKERS: ReadonlyArray<readonly [PackageKind, string, Bilingual]> = [
  ['.docx', 'word/document.xml', { zh: ' Word 文档（.docx）', en: 'a Word document (.docx)' }],
  ['.xlsx', 'xl/workbook.xml', { zh: ' Excel 表格（.xlsx）', en: 'an Excel workbook (.xlsx)' }],
  ['.pptx', 'ppt/presentation.xml', { zh: ' PowerPoint 演示文稿（.pptx）', en: 'a PowerPoint presentation (.pptx)' }],
  ['.ofd', 'ofd.xml', { zh: ' OFD 版式文件（.ofd）', en: 'an OFD document (.ofd)' }],
];

/** Normalizes a part path: no leading slash, `.` and `..` resolved, backslashes as slashes. */
export function normalizePartPath(path: string): string {
  const out: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/**
 * A part we parse into a tree may hold this much XML. A sheet of ten thousand phrases or a
 * dense OFD page is a few megabytes; a tree of hundreds would exhaust a worker's memory.
 */
export const MAX_XML_PART_BYTES = 32 * 1024 * 1024;

export class ZipPackage {
  private readonly byLowerPath = new Map<string, string>();

  constructor(
    readonly name: string,
    readonly kind: PackageKind,
    private readonly files: Map<string, Uint8Array>,
  ) {
    for (const path of files.keys()) this.byLowerPath.set(normalizePartPath(path).toLowerCase(), path);
  }

  get paths(): string[] {
    return [...this.files.keys()];
  }

  /** The stored path for `path`, matched without regard to case or a leading slash. */
  resolve(path: string): string | undefined {
    return this.byLowerPath.get(normalizePartPath(path).toLowerCase());
  }

  has(path: string): boolean {
    return this.resolve(path) !== undefined;
  }

  bytes(path: string): Uint8Array | undefined {
    const stored = this.resolve(path);
    return stored === undefined ? undefined : this.files.get(stored);
  }

  /** The part parsed; a missing part is `undefined`, a bad one a message naming the file. */
  xml(path: string): XmlElement | undefined {
    const bytes = this.bytes(path);
    if (!bytes) return undefined;
    if (bytes.length > MAX_XML_PART_BYTES) throw zipProblemMessage(this.name, new ZipProblem('bomb', `${path}: ${bytes.length} bytes of XML`), this.kind);
    try {
      return parseXml(decodeXml(bytes));
    } catch (error) {
      if (error instanceof XmlError) throw xmlProblemMessage(this.name, error, this.kind);
      throw error;
    }
  }
}

export function xmlProblemMessage(name: string, error: XmlError, kind: string) {
  if (error.doctype) {
    return refuse(
      name,
      (q) => `${q}的内部 XML 含有 DOCTYPE/实体声明（正常的 ${kind} 文件不会有），疑似恶意文件，未导入。`,
      (q) => `${q} has a DOCTYPE/entity declaration in its XML (a genuine ${kind} file has none): it looks malicious. It was not imported.`,
    );
  }
  return refuse(
    name,
    (q) => `${q}已损坏（内部 XML 无法解析），无法作为 ${kind} 文件读取，未导入。`,
    (q) => `${q} is damaged (its XML cannot be parsed) and cannot be read as a ${kind} file. It was not imported.`,
  );
}

/** What a zip really is (.docx, .xlsx …) as a renamed-file message names it, if one of ours. */
export function describeZip(bytes: Uint8Array): Bilingual | undefined {
  try {
    const listed = new Set(listZip(bytes).map((e) => normalizePartPath(e.path).toLowerCase()));
    return KIND_MARKERS.find(([, marker]) => listed.has(marker))?.[2];
  } catch {
    return undefined;
  }
}

/**
 * Opens `bytes` (already known to start like a zip) as a package of `kind`: a zip of another
 * kind is named plainly; `want` picks the parts to inflate (all by default).
 */
export function openZipPackage(name: string, bytes: Uint8Array, kind: PackageKind, want?: (path: string) => boolean): ZipPackage {
  let files: Map<string, Uint8Array>;
  try {
    const listed = new Set(listZip(bytes).map((e) => normalizePartPath(e.path).toLowerCase()));
    const [, marker] = KIND_MARKERS.find(([k]) => k === kind)!;
    if (!listed.has(marker)) {
      const actual = KIND_MARKERS.find(([, m]) => listed.has(m));
      throw renamedFile(name, kind, actual ? actual[2] : { zh: '其他 zip 压缩包', en: 'some other zip archive' });
    }
    files = unzipSafely(bytes, want);
  } catch (error) {
    if (error instanceof ZipProblem) throw zipProblemMessage(name, error, kind);
    throw error;
  }
  return new ZipPackage(name, kind, files);
}
