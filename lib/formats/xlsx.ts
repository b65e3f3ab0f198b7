// .xlsx phrase lists, read with our own zip and XML code (no spreadsheet library): the shared
// strings, then every worksheet in the workbook's order; cells typed s (shared string),
// inlineStr, str, n and b give their text. Phonetic runs (rPh) are left out.
import { refuse } from './common';
import { phraseRowsOf, type PhraseRowsResult } from './phrase-rows';
import { childNamed, childrenNamed, descendantsNamed, textContent, type XmlElement } from './xml-scan';
import { normalizePartPath, openZipPackage, type ZipPackage } from './zip-package';

/** The text of a shared string or inline string: its t, or its runs' t, without phonetic runs. */
function stringItemText(item: XmlElement): string {
  const t = childNamed(item, 't');
  if (t) return textContent(t);
  return childrenNamed(item, 'r')
    .map((run) => {
      const rt = childNamed(run, 't');
      return rt ? textContent(rt) : '';
    })
    .join('');
}

/** Column index (0-based) of a cell reference such as 「C12」. */
export function columnOf(ref: string | undefined): number | undefined {
  const letters = /^([A-Z]+)\d*$/i.exec(ref ?? '')?.[1]?.toUpperCase();
  if (!letters) return undefined;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The worksheet parts in the workbook's order (by its relationships), else in name order. */
function worksheetPaths(pkg: ZipPackage): string[] {
  const workbook = pkg.xml('xl/workbook.xml');
  const rels = pkg.xml('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const rel of rels ? childrenNamed(rels, 'Relationship') : []) {
    if (rel.attrs.Id && rel.attrs.Target) {
      targets.set(rel.attrs.Id, normalizePartPath(rel.attrs.Target.startsWith('/') ? rel.attrs.Target : `xl/${rel.attrs.Target}`));
    }
  }
  const ordered = workbook
    ? descendantsNamed(workbook, 'sheet')
        .map((sheet) => targets.get(sheet.attrs['r:id'] ?? Object.entries(sheet.attrs).find(([k]) => k.endsWith(':id'))?.[1] ?? ''))
        .filter((path): path is string => !!path && pkg.has(path))
    : [];
  if (ordered.length > 0) return ordered;
  const byNumber = (path: string) => Number(/(\d+)\.xml$/i.exec(path)?.[1] ?? 0);
  return pkg.paths.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/i.test(p)).sort((a, b) => byNumber(a) - byNumber(b));
}

/** Every row of every sheet as cells of text. */
export function xlsxRows(pkg: ZipPackage): string[][] {
  const shared = pkg.xml('xl/sharedStrings.xml');
  const strings = shared ? childrenNamed(shared, 'si').map(stringItemText) : [];
  const rows: string[][] = [];
  for (const path of worksheetPaths(pkg)) {
    const sheet = pkg.xml(path);
    const data = sheet && childNamed(sheet, 'sheetData');
    for (const row of data ? childrenNamed(data, 'row') : []) {
      const cells: string[] = [];
      let next = 0;
      for (const cell of childrenNamed(row, 'c')) {
        const column = columnOf(cell.attrs.r) ?? next;
        next = column + 1;
        if (column > 1000) continue;
        const type = cell.attrs.t;
        const value = childNamed(cell, 'v');
        let text = '';
        if (type === 'inlineStr') {
          const is = childNamed(cell, 'is');
          text = is ? stringItemText(is) : '';
        } else if (value) {
          const raw = textContent(value);
          text = type === 's' ? (strings[Number(raw)] ?? '') : raw;
        }
        cells[column] = text;
      }
      rows.push(Array.from(cells, (c) => c ?? ''));
    }
  }
  return rows;
}

export function readXlsx(name: string, bytes: Uint8Array): PhraseRowsResult {
  const pkg = openZipPackage(name, bytes, '.xlsx', (path) => /\.(?:xml|rels)$/i.test(path));
  const rows = xlsxRows(pkg);
  if (rows.length === 0) {
    throw refuse(name, (q) => `${q}中没有任何表格内容，未导入。`, (q) => `${q} has no cells with content. It was not imported.`);
  }
  return phraseRowsOf(rows);
}
