// Bad input gets a message naming the file and the problem, and no partial result: zip
// bombs, DOCTYPE/external entities, renamed, encrypted, damaged and scanned files, a 50 MB
// PDF. The hostile files are made here, at test time.
import * as CFB from 'cfb';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { readDocx } from '@/lib/formats/docx';
import { listZip, unzipSafely, ZIP_LIMITS, ZipProblem } from '@/lib/formats/safe-zip';
import { parseXml, textContent, XmlError } from '@/lib/formats/xml-scan';
import { MAX_XML_PART_BYTES, ZipPackage } from '@/lib/formats/zip-package';
import { fixture, messageOf, read } from './formats-helpers';
import { pdfInStSong, pdfWithoutText } from './formats-pdf-builder';

/** A zip whose `bigPath` entry inflates to `size` zero bytes (deflate makes that ~1,000× smaller). */
function bombZip(files: Record<string, string>, bigPath: string, size = 8 * 1024 * 1024): Uint8Array {
  const entries: Zippable = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]));
  entries[bigPath] = [new Uint8Array(size), { level: 9 }];
  return zipSync(entries);
}

/** Rewrites some parts of a zip fixture. */
function patchZip(bytes: Uint8Array, patch: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  patch(files);
  return zipSync(files);
}

const XXE = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

/** An OLE file holding the given streams (what a password-protected .docx or an .xls is). */
function oleFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, content);
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

describe('zip bombs and zip limits', () => {
  const docxParts = { '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>' };

  it('refuses a .docx whose document.xml inflates ~1,000× and never hands it to mammoth', async () => {
    const extract = vi.fn(async () => 'never');
    const bomb = bombZip(docxParts, 'word/document.xml');
    expect((await messageOf(readDocx('炸弹.docx', bomb, extract))).zh).toBe('「炸弹.docx」解压后过大，疑似损坏或恶意文件，未导入。');
    expect(extract).not.toHaveBeenCalled();
    expect((await messageOf(read('炸弹.docx', bomb))).en).toMatch(/“炸弹\.docx” expands to far too much data/);
  });

  it('does not believe the sizes the headers declare', async () => {
    const bomb = bombZip(docxParts, 'word/document.xml');
    // Declare the big entry as 100 bytes in the central directory.
    for (const entry of listZip(bomb)) expect(entry.declaredSize).toBeGreaterThan(0);
    for (let at = bomb.length - 22; at > 0; at--) {
      if (bomb[at] === 0x50 && bomb[at + 1] === 0x4b && bomb[at + 2] === 0x01 && bomb[at + 3] === 0x02) {
        bomb.set([100, 0, 0, 0], at + 24);
      }
    }
    expect((await messageOf(read('小.docx', bomb))).zh).toContain('解压后过大');
  });

  it('refuses bombs in .ofd and .xlsx the same way', async () => {
    expect((await messageOf(read('炸弹.ofd', bombZip({}, 'OFD.xml')))).zh).toBe('「炸弹.ofd」解压后过大，疑似损坏或恶意文件，未导入。');
    expect((await messageOf(read('炸弹.xlsx', bombZip({ 'xl/workbook.xml': '<workbook/>' }, 'xl/sharedStrings.xml')))).zh).toContain('「炸弹.xlsx」解压后过大');
  });

  it('counts the bytes that come out against the total and per-entry limits, and the entries', () => {
    const zip = zipSync({ a: new Uint8Array(3000), b: new Uint8Array(3000) });
    const limits = { ...ZIP_LIMITS, maxTotalBytes: 5000 };
    expect(() => unzipSafely(zip, undefined, limits)).toThrow(ZipProblem);
    expect(() => unzipSafely(zip, undefined, { ...ZIP_LIMITS, maxEntryBytes: 2000 })).toThrow(/more than 2000 bytes/);
    expect(() => listZip(zip, { ...ZIP_LIMITS, maxEntries: 1 })).toThrow(/2 entries/);
    expect(unzipSafely(zip).get('a')).toHaveLength(3000);
  });

  it('does not parse an XML part over 32 MB into a tree', () => {
    const pkg = new ZipPackage('大.xlsx', '.xlsx', new Map([['xl/sharedStrings.xml', new Uint8Array(MAX_XML_PART_BYTES + 1).fill(0x20)]]));
    expect(() => pkg.xml('xl/sharedStrings.xml')).toThrow('「大.xlsx」解压后过大，疑似损坏或恶意文件，未导入。');
  });

  it('names a truncated zip as damaged', async () => {
    const docx = fixture('zongjie.docx');
    expect((await messageOf(read('断.docx', docx.slice(0, docx.length - 200)))).zh).toMatch(/^「断\.docx」(已损坏|不是)/);
  });
});

describe('XML: no DOCTYPE, no entities beyond the predefined ones', () => {
  it('refuses a .docx with an external entity before mammoth sees it', async () => {
    const docx = patchZip(fixture('zongjie.docx'), (files) => {
      files['word/document.xml'] = strToU8(XXE + new TextDecoder().decode(files['word/document.xml']!).replace(/^<\?xml[^>]*\?>/, ''));
    });
    const extract = vi.fn(async () => 'never');
    const message = await messageOf(readDocx('外部实体.docx', docx, extract));
    expect(message.zh).toBe('「外部实体.docx」的内部 XML 含有 DOCTYPE/实体声明（正常的 .docx 文件不会有），疑似恶意文件，未导入。');
    expect(extract).not.toHaveBeenCalled();
  });

  it('names an .ofd page nested 100,000 elements deep as damaged (no stack overflow)', async () => {
    const ofd = patchZip(fixture('zongjie.ofd'), (files) => {
      files['Doc_0/Pages/Page_0/Content.xml'] = strToU8(`<ofd:Page xmlns:ofd="x">${'<ofd:PageBlock>'.repeat(100_000)}${'</ofd:PageBlock>'.repeat(100_000)}</ofd:Page>`);
    });
    expect((await messageOf(read('深.ofd', ofd))).zh).toBe('「深.ofd」已损坏（内部 XML 无法解析），无法作为 .ofd 文件读取，未导入。');
  });

  it('refuses the same in an .ofd page and in an .xlsx sheet', async () => {
    const ofd = patchZip(fixture('zongjie.ofd'), (files) => {
      files['Doc_0/Pages/Page_0/Content.xml'] = strToU8(`${XXE}<ofd:Page xmlns:ofd="x"><ofd:Content>&xxe;</ofd:Content></ofd:Page>`);
    });
    expect((await messageOf(read('实体.ofd', ofd))).zh).toContain('「实体.ofd」的内部 XML 含有 DOCTYPE/实体声明');
    const xlsx = patchZip(fixture('phrases.xlsx'), (files) => {
      files['xl/sharedStrings.xml'] = strToU8(`<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sst><si><t>&lol2;</t></si></sst>`);
    });
    expect((await messageOf(read('实体.xlsx', xlsx))).en).toContain('DOCTYPE/entity declaration');
  });

  it('reads elements, attributes, CDATA, the five entities and numeric references, and nothing else', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&#x4E00;\'><b>&lt;&gt;&quot;&apos;&#20108;</b><![CDATA[<raw>&amp;]]><ofd:c/></a>');
    expect(root.attrs).toEqual({ x: '1 & 2', y: '一' });
    expect(textContent(root)).toBe('<>"\'二<raw>&amp;');
    expect(root.children.some((c) => typeof c !== 'string' && c.local === 'c' && c.name === 'ofd:c')).toBe(true);
    // An undeclared entity or a bare & is kept as written, never resolved.
    expect(textContent(parseXml('<a>&nbsp;&amp;R&D &xxe;</a>'))).toBe('&nbsp;&R&D &xxe;');
    expect(() => parseXml('<!DOCTYPE a><a/>')).toThrow(XmlError);
    expect(() => parseXml('<a><b></a>')).toThrow(/mismatched/);
    expect(() => parseXml('<a>'.repeat(100_000) + '</a>'.repeat(100_000))).toThrow(/nested more than 256 deep/);
  });
});

describe('renamed, encrypted, damaged and old files', () => {
  it('names what a renamed file really is', async () => {
    const docx = fixture('zongjie.docx');
    expect((await messageOf(read('报告.pdf', docx))).zh).toBe('「报告.pdf」不是 .pdf 文件：它实际上是 Word 文档（.docx）（可能改过扩展名，或已损坏），未导入。');
    expect((await messageOf(read('报告.docx', '这其实是文本文件'))).zh).toContain('它实际上是纯文本文件');
    expect((await messageOf(read('报告.docx', fixture('zongjie.pdf')))).zh).toContain('它实际上是PDF 文件');
    expect((await messageOf(read('表.xlsx', docx))).zh).toContain('它实际上是 Word 文档（.docx）');
    expect((await messageOf(read('表.ofd', fixture('phrases.xlsx')))).zh).toContain('它实际上是 Excel 表格（.xlsx）');
    expect((await messageOf(read('旧.docx', fixture('qingshi.doc')))).zh).toContain('它实际上是 Word 97–2003 文档（.doc）');
    expect((await messageOf(read('新.doc', docx))).zh).toContain('「新.doc」不是 .doc 文件：它实际上是 Word 文档（.docx）');
    expect((await messageOf(read('表.xlsx', oleFile({ Workbook: new Uint8Array(600) })))).zh).toContain('Excel 97–2003 表格（.xls）');
    expect((await messageOf(read('空.pdf', new Uint8Array(0)))).zh).toBe('「空.pdf」是空文件，没有可导入的内容。');
  });

  it('says a password-protected .docx is encrypted (it is an OLE file, not a zip)', async () => {
    const encrypted = oleFile({ EncryptionInfo: new Uint8Array(200).fill(4), EncryptedPackage: new Uint8Array(5000).fill(7) });
    const message = await messageOf(read('加密.docx', encrypted));
    expect(message.zh).toBe('「加密.docx」已加密（设置了打开密码），请在 Word/WPS/Excel 中取消密码后再导入。');
    expect(message.en).toContain('“加密.docx” is encrypted');
    expect((await messageOf(read('加密.doc', encrypted))).zh).toContain('「加密.doc」已加密');
  });

  it('says an encrypted .doc is encrypted (FIB fEncrypted)', async () => {
    const container = CFB.read(fixture('qingshi.doc'), { type: 'array' });
    const word = CFB.find(container, 'WordDocument')!.content as Uint8Array;
    word[0x0b] = word[0x0b]! | 0x01;
    const doc = new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    expect((await messageOf(read('加密.doc', doc))).zh).toBe('「加密.doc」已加密（设置了打开密码），请先取消密码再导入。');
  });

  it('says a password-protected PDF needs its password removed', async () => {
    expect((await messageOf(read('加密.pdf', fixture('locked.pdf')))).zh).toBe('「加密.pdf」设有打开密码，请先取消密码（或另存一份无密码的 PDF）再导入。');
  });

  it('says a PDF whose pages have no text is a scan', async () => {
    const message = await messageOf(read('年终总结.pdf', pdfWithoutText(3)));
    expect(message.zh).toBe('「年终总结.pdf」是扫描件，没有可提取的文字（需先做文字识别 OCR）。');
    expect(message.en).toContain('“年终总结.pdf” is a scan');
  });

  it('says an OFD with no text objects is a scan', async () => {
    const ofd = patchZip(fixture('zongjie.ofd'), (files) => {
      for (const path of Object.keys(files)) {
        if (/Pages\/Page_\d+\/Content\.xml$/.test(path)) files[path] = strToU8('<ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer><ofd:ImageObject ID="1" Boundary="0 0 210 297" ResourceID="9"/></ofd:Layer></ofd:Content></ofd:Page>');
      }
    });
    expect((await messageOf(read('扫描.ofd', ofd))).zh).toBe('「扫描.ofd」是扫描件（只有图像），没有可提取的文字。');
  });

  it('refuses text that fonts without a Unicode mapping garbled, and drops a little of it with a note', async () => {
    const pua = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(0xe000 + i)).join('');
    const garbled = await messageOf(read('乱码.pdf', pdfInStSong([[pua(20), pua(20)], [`${pua(15)}通知`]])));
    expect(garbled.zh).toBe('「乱码.pdf」的文字无法解码（所用字体没有提供 Unicode 映射），无法提取；请在原软件中重新导出，或先做文字识别（OCR）。');
    const some = await read('少量.pdf', pdfInStSong([[`关于做好年度考核工作的通知${pua(2)}`, '各单位：请认真贯彻执行本通知的各项要求。']]));
    expect(some).toMatchObject({ kind: 'document', document: { text: '关于做好年度考核工作的通知\n各单位：请认真贯彻执行本通知的各项要求。' } });
    expect(some.notes.map((n) => n.zh)).toContain('略去无法解码的字符 2 个');
  });

  it('names a damaged PDF', async () => {
    const damaged = strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage with no xref and no pages');
    expect((await messageOf(read('坏.pdf', damaged))).zh).toMatch(/^「坏\.pdf」(已损坏或不是有效的 PDF 文件|是扫描件)/);
  });

  it('reads the pages it can of a PDF with a damaged page, and says which page it skipped', async () => {
    const pdf = new TextDecoder('latin1').decode(pdfInStSong([['第一页的正文内容在这里。'], ['第二页的正文内容在这里。'], ['第三页的正文内容在这里。']]));
    // The third page points at an object that is not there.
    const broken = strToU8(pdf.replace('/Kids [6 0 R 8 0 R 10 0 R]', '/Kids [6 0 R 8 0 R 12 0 R]'));
    const outcome = await read('缺页.pdf', broken);
    expect(outcome).toMatchObject({ kind: 'document', document: { text: '第一页的正文内容在这里。\n第二页的正文内容在这里。' } });
    expect(outcome.notes.map((n) => n.zh)).toContain('1 页已损坏，未能读取（第 3 页）');
  });

  it('refuses a PDF of more pages than one document has, without reading them', async () => {
    const started = performance.now();
    expect((await messageOf(read('万页.pdf', pdfWithoutText(3001)))).zh).toBe('「万页.pdf」页数过多（3001 页，上限 3000 页），请拆分后再导入。');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a 50 MB PDF at once with the size message', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(strToU8('%PDF-1.4\n'));
    const started = performance.now();
    expect((await messageOf(read('大.pdf', big))).zh).toBe('文件「大.pdf」过大（50.0 MB），上限为 40.0 MB，未做任何改动。');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('names an early WPS file, an RTF named .doc, and an OFD without its structure', async () => {
    const early = new Uint8Array([0xff, 0x00, 0x12, 0x34, ...strToU8('WPS early format body')]);
    expect((await messageOf(read('旧文件.wps', early))).zh).toBe('无法读取「旧文件.wps」：这是早期 WPS 格式，请在 WPS 中另存为 .docx 或 .doc 后再导入。');
    expect((await messageOf(read('旧文件.wps', oleFile({ CONTENTS: new Uint8Array(600) })))).zh).toContain('早期 WPS 格式');
    expect((await messageOf(read('富文本.doc', '{\\rtf1\\ansi 正文}'))).zh).toContain('它实际上是 RTF 文件');
    const noDocRoot = zipSync({ 'OFD.xml': strToU8('<ofd:OFD xmlns:ofd="x"><ofd:DocBody/></ofd:OFD>') });
    expect((await messageOf(read('空.ofd', noDocRoot))).zh).toContain('「空.ofd」不是有效的 OFD 文件');
  });

  it('names a .docx whose document part is not XML as damaged', async () => {
    const docx = patchZip(fixture('zongjie.docx'), (files) => {
      files['word/document.xml'] = strToU8('<w:document><w:body><w:p>not closed');
    });
    expect((await messageOf(read('坏.docx', docx))).zh).toBe('「坏.docx」已损坏，无法作为 .docx 文件读取，未导入。');
  });

  it('lists what can be read for an unsupported type', async () => {
    expect((await messageOf(read('表.xls', 'x'))).zh).toMatch(/^不支持的文件类型「表\.xls」：可导入 \.doc、\.wps、\.docx、\.pdf、\.ofd.*请先另存为 \.xlsx 再导入。$/);
    expect((await messageOf(read('图.png', 'x'))).en).toMatch(/^Unsupported file type “图\.png”: the files that can be imported are \.doc, .*\.xlsx\.$/);
  });
});
