// Minimal PDFs written by hand at test time: a page that only draws a rectangle (what a scan
// is to a text reader), and pages of text in the non-embedded STSong-Light font with the
// predefined UniGB-UCS2-H CMap — what older Chinese document systems produce, and what
// pdf.js reads only when it is given the CMaps (cMapUrl).
import { strToU8 } from 'fflate';

function pdfOf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

const stream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** Objects 1 (catalog) and 2 (pages), then for each page its page and content objects; `extra` after. */
function pagesPdf(contents: string[], resources: string, extra: string[] = []): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const first = 3 + extra.length;
  const kids = contents.map((_, i) => `${first + i * 2} 0 R`);
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${contents.length} >>`;
  objects.push(...extra);
  for (const [i, content] of contents.entries()) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${first + i * 2 + 1} 0 R >>`);
    objects.push(stream(content));
  }
  return pdfOf(objects);
}

export function pdfWithoutText(pages = 1): Uint8Array {
  return pagesPdf(Array.from({ length: pages }, () => '0 0 0 rg 100 100 300 400 re f'), '<< >>');
}

const ucs2 = (text: string) => [...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');

/** One page a string array: each string a line at 16 pt, 28 pt apart, in STSong-Light (UniGB-UCS2-H). */
export function pdfInStSong(pages: string[][]): Uint8Array {
  const font = [
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  const contents = pages.map((lines) => lines.map((line, i) => `BT /F1 16 Tf 72 ${760 - i * 28} Td <${ucs2(line)}> Tj ET`).join('\n'));
  return pagesPdf(contents, '<< /Font << /F1 3 0 R >> >>', font);
}
