// .csv phrase lists through papaparse (quoting, embedded line breaks, delimiter detection:
// comma, tab, semicolon, bar). The bytes are decoded first (BOM, UTF-8, else GB18030: Excel
// on Chinese Windows saves CSV in GBK).
import { decodeText } from './text';
import { phraseRowsOf, type PhraseRowsResult } from './phrase-rows';
import { refuse } from './common';

export async function readCsv(name: string, bytes: Uint8Array): Promise<PhraseRowsResult> {
  const { default: Papa } = await import('papaparse');
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  // Only a quote left open loses rows; other complaints (a row with fewer cells) do not matter here.
  if (parsed.errors.some((e) => e.type === 'Quotes') && parsed.data.length === 0) {
    throw refuse(
      name,
      (q) => `${q}的 CSV 格式有误（引号未闭合），无法读取，未导入。`,
      (q) => `${q} is not well-formed CSV (a quote is never closed) and cannot be read. It was not imported.`,
    );
  }
  return phraseRowsOf(parsed.data.map((row) => row.map((cell) => String(cell ?? ''))));
}
