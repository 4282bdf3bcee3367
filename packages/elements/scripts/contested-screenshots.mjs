// Takes the screenshots of a contested figure in docs/format.md, on screen and in print, with the built server
// render and Debian Chromium:
//   pnpm build && node scripts/contested-screenshots.mjs
// The brief is the schema package's fictional fixture (Ruritania): nothing in it is about a real place.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { renderBriefPage } from '../dist/ssr/index.js';

const brief = JSON.parse(
  readFileSync(new URL('../../schema/src/fixtures/contested.brief.json', import.meta.url), 'utf8'),
);
const out = (name) => fileURLToPath(new URL(`../../../docs/screenshots/${name}`, import.meta.url));

const html = await renderBriefPage(brief, { parts: ['figures', 'timeline'] });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  const shots = [
    ['security-brief-figures', '08-contested-figure.png'],
    ['security-brief-timeline', '09-contested-timeline.png'],
  ];
  for (const [selector, name] of shots) {
    await page.locator(selector).screenshot({ path: out(name), animations: 'disabled' });
    console.log(`wrote docs/screenshots/${name}`);
  }
  // Print: the same figure and timeline as they come out of a printer (A4 width at 96 dpi, print styles).
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await page
    .locator('.brief-parts')
    .screenshot({ path: out('10-contested-print.png'), animations: 'disabled' });
  console.log('wrote docs/screenshots/10-contested-print.png');
} finally {
  await browser.close();
}
