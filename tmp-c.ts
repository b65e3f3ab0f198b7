import { readFileSync, readdirSync } from 'node:fs';
import { cleanText } from './lib/corpus/clean';
for (const f of readdirSync('/work/main/seeds')) {
  const t = cleanText(readFileSync('/work/main/seeds/' + f, 'utf8'));
  console.log('=== ' + f); console.log(t);
}
