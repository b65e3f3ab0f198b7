// `npm run icons`: the toolbar and store icons from one source, juku.svg. The PNGs are
// committed (the build needs no renderer); run this after changing the SVG.
//   public/icon/<size>.png          the extension's icons (WXT puts them in the manifest)
//   public/icon-paused/<size>.png   the grey toolbar icon shown while Juku is paused
//   assets/store/icon-128.png       the store listing's icon
// resvg renders SVG without a browser or system fonts (the icon has no text).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const source = readFileSync(resolve(here, 'juku.svg'), 'utf8');
// Paused: the same shapes in greys, so the toolbar says "off" without a second drawing.
const paused = source.replace('#C8161D', '#8A8F98').replace('#FFF3C4', '#E4E6EA');

const render = (svg, size, out) => {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, png);
  console.log(`${out.slice(root.length + 1)} (${size}×${size}, ${png.length} bytes)`);
};

for (const size of [16, 32, 48, 96, 128]) {
  render(source, size, resolve(root, `public/icon/${size}.png`));
  render(paused, size, resolve(root, `public/icon-paused/${size}.png`));
}
render(source, 128, resolve(root, 'assets/store/icon-128.png'));
