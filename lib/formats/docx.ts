// .docx through mammoth (loaded only when a .docx is read), after a pre-check of our own:
// the zip is inflated within safe-zip's limits (a zip bomb never reaches mammoth's unzip)
// and no XML part may declare a DOCTYPE or an entity.
import { refuse } from './common';
import { XmlError, declaresDoctype, decodeXml } from './xml-scan';
import { openZipPackage, xmlProblemMessage } from './zip-package';

export type RawTextExtractor = (bytes: ArrayBuffer) => Promise<string>;

export async function mammothText(bytes: ArrayBuffer): Promise<string> {
  const mammoth = await import('mammoth');
  const api = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth;
  // The browser build reads `arrayBuffer`, the Node build (tests) `buffer`; both accept an ArrayBuffer.
  const input = { arrayBuffer: bytes, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  return (await api.extractRawText(input)).value;
}

/** Throws the message for a zip bomb, a renamed zip or a DOCTYPE in any XML part. */
export function checkDocxPackage(name: string, bytes: Uint8Array): void {
  const pkg = openZipPackage(name, bytes, '.docx', (path) => /\.(?:xml|rels)$/i.test(path));
  for (const path of pkg.paths) {
    if (declaresDoctype(decodeXml(pkg.bytes(path)!))) throw xmlProblemMessage(name, new XmlError('DOCTYPE', true), '.docx');
  }
}

export async function readDocx(name: string, bytes: Uint8Array, extract: RawTextExtractor = mammothText): Promise<string> {
  checkDocxPackage(name, bytes);
  try {
    return await extract(bytes.slice().buffer);
  } catch {
    throw refuse(
      name,
      (q) => `${q}已损坏，无法作为 .docx 文件读取，未导入。`,
      (q) => `${q} is damaged and cannot be read as a .docx file. It was not imported.`,
    );
  }
}
