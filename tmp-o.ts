import { readFileSync, readdirSync } from 'node:fs';
import { cleanDocument } from './lib/corpus/clean';
import { buildOutline, countHeadings, allSections } from './lib/corpus/outline';
for (const f of readdirSync('seeds')) {
  const o = buildOutline(cleanDocument(readFileSync('seeds/' + f, 'utf8')));
  console.log('=== ' + f, o.title, o.header, JSON.stringify(countHeadings(o)), o.opening.length);
  for (const s of allSections(o)) {
    console.log('  '.repeat(s.level), s.level, s.role, s.heading, '|', s.blocks.map(b => (b.marker ?? '') + ':' + [...new Set(b.sentences.map(x => x.role))].join('/')).join(' '));
  }
}
