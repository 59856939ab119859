/**
 * Prints, as JSON, every text run of a PDF with the size it is drawn at: `node text.mjs FILE.pdf` →
 * `{ pages: [{ width, height, runs: [{ text, size, x, y }] }] }`.
 *
 * pdf.js (Mozilla's PDF reader) resolves the text matrix against the page's transformation, so `size` is
 * the type size on paper in points — after any scaling the producer applied — not the size in the font
 * dictionary. A separate process because pdf.js ships only as ES modules, which Jest's CommonJS
 * registry cannot load.
 */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const file = process.argv[2];
if (!file) throw new Error('usage: node text.mjs FILE.pdf');
const data = new Uint8Array(await readFile(file));
const document = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= document.numPages; number += 1) {
  const page = await document.getPage(number);
  const [, , width, height] = page.view;
  const content = await page.getTextContent();
  const runs = content.items
    .filter((item) => 'str' in item && item.str.trim() !== '')
    .map((item) => {
      const [a, b, c, d, x, y] = item.transform;
      // The vertical scale of the glyphs: the type size, whatever the rotation or horizontal stretch.
      const size = Math.hypot(c, d) || Math.hypot(a, b);
      return { text: item.str, size: Math.round(size * 100) / 100, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    });
  pages.push({ width, height, runs });
}
process.stdout.write(JSON.stringify({ pages }));
