// `npm run store`: the store listing from assets/store/listing.json and the screenshots the
// end-to-end tests take at store size (tests/e2e/first-run.test.ts writes them to
// tests/e2e/screenshots; run `npm test` first). Writes .output/store/ (texts per language,
// the privacy statement, icon and images) and refreshes assets/store/screenshots/, which
// the README shows. Checks the stores' length limits, and stops naming any it breaks.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const listing = JSON.parse(readFileSync(join(here, 'listing.json'), 'utf8'));
const out = join(root, '.output/store');
const shots = join(root, 'tests/e2e/screenshots');
// Chrome Web Store: name ≤ 75, summary ≤ 132 characters; Firefox: summary ≤ 250.
const LIMITS = { name: 75, short: 132 };

const problems = [];
for (const language of ['zh_CN', 'en']) {
  const text = listing[language];
  for (const [field, limit] of Object.entries(LIMITS)) {
    if ([...text[field]].length > limit) problems.push(`${language}.${field}: ${[...text[field]].length} characters, the store allows ${limit}`);
  }
}
const missing = listing.screenshots.filter((name) => !existsSync(join(shots, name)));
if (missing.length) problems.push(`screenshots not taken yet (run npm test first): ${missing.join(', ')}`);
if (problems.length) {
  console.error(`商店资料未生成 / Store listing not made:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

mkdirSync(join(out, 'screenshots'), { recursive: true });
mkdirSync(join(here, 'screenshots'), { recursive: true });
for (const language of ['zh_CN', 'en']) {
  const text = listing[language];
  writeFileSync(join(out, `listing-${language}.txt`), `${text.name}\n\n${text.short}\n\n${text.long.join('\n')}\n`);
  writeFileSync(join(out, `privacy-${language}.txt`), `${text.privacy}\n`);
}
copyFileSync(join(here, 'icon-128.png'), join(out, 'icon-128.png'));
for (const name of listing.screenshots) {
  copyFileSync(join(shots, name), join(out, 'screenshots', name));
  copyFileSync(join(shots, name), join(here, 'screenshots', name));
}
console.log(`written: ${out} (2 languages, ${listing.screenshots.length} screenshots at 1280×800)`);
