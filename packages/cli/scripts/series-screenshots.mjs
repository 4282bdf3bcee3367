// Takes the screenshots of docs/getting-started/publish-a-series.md with the built `briefkit` and Debian
// Chromium:   pnpm build && node scripts/series-screenshots.mjs
// Builds a small series for real (the two Tajikistan editions and two starter briefs), serves it, and shows
// the index as it opens and after a search. Writes docs/screenshots/08-series-index.png and
// 09-series-search.png.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../../apps/tajikistan/scripts/static-server.mjs';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const out = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const fixtures = fileURLToPath(new URL('../src/diff/fixtures/', import.meta.url));

const work = await mkdtemp(join(tmpdir(), 'briefkit-series-shots-'));
const briefkit = (args) =>
  execFileSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

try {
  await mkdir(join(work, 'briefs'));
  for (const name of ['tajikistan-2016.brief.md', 'tajikistan-2016-06.brief.md'])
    await copyFile(join(fixtures, name), join(work, 'briefs', name));
  briefkit(['new', 'KG', '--out', 'briefs']);
  briefkit(['new', 'ML', '--kind', 'crisis-update', '--out', 'briefs']);
  briefkit([
    'build',
    'briefs',
    '--out',
    'site',
    '--base-url',
    'https://briefs.example.org/',
    '--title',
    'Security briefs',
  ]);

  const server = await startStaticServer({ root: join(work, 'site'), port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(server.url);
    await page.screenshot({ path: join(out, '08-series-index.png'), fullPage: false });
    await page.getByRole('searchbox', { name: 'Search the briefs' }).fill('incident border');
    await page.locator('#series-count').filter({ hasText: 'of' }).waitFor();
    await page.screenshot({ path: join(out, '09-series-search.png'), fullPage: false });
    console.log(`Wrote ${join(out, '08-series-index.png')} and 09-series-search.png`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
