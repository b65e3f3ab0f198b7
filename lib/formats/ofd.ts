// OFD (GB/T 33190-2016): a zip of XML. OFD.xml → DocBody/DocRoot → Document.xml →
// Pages/Page@BaseLoc → each page's Content.xml → Layer → TextObject (Boundary="x y w h", in
// millimetres, y downwards) → TextCode (X, Y: the first glyph's baseline relative to the
// boundary; DeltaX: advances, with the 「g n v」 shorthand for n times v). The codes go
// through layout-lines.ts like PDF text. Template pages (CommonData/TemplatePage: 版头,
// running headers, seals' frames) are not read, nor annotations (Annots: seals, notes).
import type { SourceDocument } from '../corpus/build-bank';
import { note, refuse, type Bilingual } from './common';
import type { LayoutRun } from './layout-lines';
import { PagedText } from './paged-text';
import { childNamed, childrenNamed, descendantsNamed, textContent, type XmlElement } from './xml-scan';
import { normalizePartPath, openZipPackage, type ZipPackage } from './zip-package';

const numbers = (text: string | undefined): number[] =>
  (text ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);

/** DeltaX/DeltaY: plain numbers, or 「g 3 4.2」 for 4.2 three times. */
export function expandDeltas(text: string | undefined): number[] {
  const tokens = (text ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const count = Math.min(Number(tokens[i + 1]), 100_000);
      const value = Number(tokens[i + 2]);
      for (let k = 0; k < count; k++) out.push(value);
      i += 2;
    } else {
      out.push(Number(tokens[i]));
    }
  }
  return out.map((v) => (Number.isFinite(v) ? v : 0));
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** BaseLoc/DocRoot: absolute from the package root when it starts with '/', else relative to `from`'s folder. */
const locate = (from: string, loc: string) => normalizePartPath(loc.startsWith('/') ? loc : dirOf(normalizePartPath(from)) + loc);

/**
 * The text runs of one TextObject. Positions inside it go through its CTM (「a b c d e f」,
 * when given: some writers set Size 1 and scale with the CTM) and then the Boundary's origin.
 */
function runsOfTextObject(object: XmlElement, page: number): LayoutRun[] {
  const [bx = 0, by = 0] = numbers(object.attrs.Boundary);
  const ctm = numbers(object.attrs.CTM);
  const [a, b, c, d, e, f] = ctm.length === 6 ? (ctm as [number, number, number, number, number, number]) : [1, 0, 0, 1, 0, 0];
  const scale = Math.hypot(a, b) || 1;
  const size = Number(object.attrs.Size) || 3.5;
  const runs: LayoutRun[] = [];
  let x = 0;
  let y = 0;
  for (const code of childrenNamed(object, 'TextCode')) {
    const text = textContent(code);
    if (code.attrs.X !== undefined) x = Number(code.attrs.X) || 0;
    if (code.attrs.Y !== undefined) y = Number(code.attrs.Y) || 0;
    const chars = [...text];
    const deltas = expandDeltas(code.attrs.DeltaX);
    let advance = 0;
    for (let i = 0; i < chars.length - 1; i++) advance += deltas[i] ?? size;
    const width = chars.length > 0 ? advance + size : 0;
    runs.push({ page, x: bx + a * x + c * y + e, baseline: by + b * x + d * y + f, width: width * scale, size: size * scale, text });
    x += width;
  }
  return runs;
}

export function readOfd(name: string, bytes: Uint8Array): { document: SourceDocument; notes: Bilingual[] } {
  const pkg = openZipPackage(name, bytes, '.ofd', (path) => /\.xml$/i.test(path));
  const entry = pkg.xml('OFD.xml');
  const docRoots = entry ? childrenNamed(entry, 'DocBody').map((body) => childNamed(body, 'DocRoot')) : [];
  if (docRoots.length === 0 || docRoots.some((r) => !r)) throw notOfd(name);
  const paged = new PagedText(name);
  let templates = 0;
  for (const docRoot of docRoots) {
    const documentPath = locate('OFD.xml', textContent(docRoot!).trim());
    const document = pkg.xml(documentPath);
    if (!document) throw notOfd(name);
    templates += descendantsNamed(childNamed(document, 'CommonData') ?? document, 'TemplatePage').length;
    for (const pageRef of descendantsNamed(childNamed(document, 'Pages') ?? document, 'Page')) {
      const contentPath = pageRef.attrs.BaseLoc ? locate(documentPath, pageRef.attrs.BaseLoc) : undefined;
      const content = contentPath ? pageContent(pkg, contentPath) : undefined;
      const objects = content ? descendantsNamed(content, 'TextObject') : [];
      paged.addPage(objects.flatMap((object) => runsOfTextObject(object, paged.pageCount)));
    }
  }
  if (paged.pageCount === 0) throw notOfd(name);
  if (paged.isScan) {
    throw refuse(
      name,
      (q) => `${q}是扫描件（只有图像），没有可提取的文字。`,
      (q) => `${q} is a scan (images only): it has no text that can be extracted.`,
    );
  }
  return paged.toDocument(templates > 0 ? [note('模板页（版头、页眉页脚等固定内容）未读取', 'Template pages (letterhead, running headers and the like) were not read')] : []);
}

/** A page's content: BaseLoc names the page's XML (Content.xml), or at times its folder. */
function pageContent(pkg: ZipPackage, path: string): XmlElement | undefined {
  const page = pkg.xml(path) ?? pkg.xml(`${path}/Content.xml`);
  return page && (childNamed(page, 'Content') ?? page);
}

function notOfd(name: string) {
  return refuse(
    name,
    (q) => `${q}不是有效的 OFD 文件（缺少 OFD.xml 或文档结构），可能已损坏，未导入。`,
    (q) => `${q} is not a valid OFD file (OFD.xml or the document structure is missing); it may be damaged. It was not imported.`,
  );
}
