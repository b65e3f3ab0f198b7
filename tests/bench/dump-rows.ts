// Training rows for the show gate's weights: every keystroke position of the training
// family (述职报告 leave-one-out; public seeds left out one at a time against the others of
// their kind), every row the engine answers, its evidence and whether it fits. Written to
// the temporary directory for tests/bench/fit-gate.py: `npx tsx tests/bench/dump-rows.ts &&
// python3 tests/bench/fit-gate.py`.
import { writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeSegmenter } from '@/lib/segment-node';
import { evidenceOf, features } from '@/lib/engine/show-gate';
import { sectionRoleOf } from '@/lib/engine/section-role';
import { DocumentEngines, documentContext, evidenceWithDocument, suggestWithDocument } from '@/lib/engine/document-engine';
import { bankOf, engineOf } from './csr';
import { readSeedDocuments } from './seed-documents';

const segmenter = createNodeSegmenter();
const seeds = readSeedDocuments();
const manifest = JSON.parse(readFileSync('seeds/tools/manifest.json', 'utf8')) as Array<{ file: string; kind: string }>;
const kindOf = (name: string) => manifest.find((m) => m.file.endsWith(name))?.kind ?? '述职报告';
const out: string[] = [];
const step = Number(process.env.STEP ?? 1);
seeds.forEach((held, i) => {
  if (i % step) return;
  const others = seeds.filter((o) => o !== held && kindOf(o.name) === kindOf(held.name));
  if (!others.length) return;
  const engine = engineOf(bankOf(others, segmenter));
  const bankEvidence = evidenceOf(engine.entryList);
  const documents = new DocumentEngines();
  held.paragraphs.forEach((p, pi) => {
    // The paragraphs above, as the content script sends them (document-engine.ts).
    const context = documentContext(held.paragraphs.slice(0, pi).map((above) => above.text));
    for (let pos = 1; pos < p.text.length; pos++) {
      const before = p.text.slice(0, pos);
      const document = documents.enginesFor(context, before);
      const evidence = evidenceWithDocument(bankEvidence, document);
      const rows = suggestWithDocument(engine, document, { before, headings: p.headings, limit: 5, now: 0, context });
      rows.forEach((s, rank) => {
        const after = before.slice(0, before.length - s.replace) + s.insert;
        const fit = after.length > pos && p.text.startsWith(after);
        out.push(JSON.stringify({ doc: held.name, pos, rank, fit,  gain: fit ? after.length - pos : 0, ...features(s, rows, before, evidence, sectionRoleOf(p.headings)) }));
      });
    }
  });
});
writeFileSync(join(tmpdir(), 'juku-gate-rows.jsonl'), out.join('\n') + '\n');
console.log(out.length);
