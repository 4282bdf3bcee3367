// The series index in a real browser (Debian Chromium through playwright-core): full-text search over every
// brief with the prebuilt MiniSearch index, the country filter, and the plain list with JavaScript off.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.js';
import { runCli, withTempDir } from '../test-helpers.js';
import { pageProblems, routeSite } from '../test-site.js';
import { THREE, writeSeries } from './test-series.js';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A context that serves `site` as a static host would (module scripts do not load from file: URLs). */
async function serve(site: string, options: { javaScriptEnabled: boolean }): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await routeSite(context, site);
  return context;
}

function withSite(fn: (site: string) => Promise<void>) {
  return withTempDir(async (dir) => {
    await writeSeries(dir, THREE);
    expect((await runCli(['build', '.', '--out', 'site'], { cwd: dir })).code).toBe(0);
    await fn(join(dir, 'site'));
  });
}

describe('the series index in Chromium', () => {
  it('searches a word that occurs in one brief and lands on that brief', () =>
    withSite(async (site) => {
      const context = await serve(site, { javaScriptEnabled: true });
      const page = await context.newPage();
      const problems = pageProblems(page);
      try {
        await page.goto('http://site.test/');
        const search = page.getByRole('searchbox', { name: 'Search the briefs' });
        // "Batken" is in the prose of the Kyrgyz brief only, not in any title or lede.
        await search.fill('batken');
        await expect.poll(() => page.locator('#series-count').textContent()).toBe('1 of 3 briefs');
        const visible = page.locator('[data-brief]:visible');
        expect(await visible.evaluateAll((items) => items.map((i) => i.getAttribute('data-brief')))).toEqual([
          'kg-2017',
        ]);
        await visible.getByRole('link').first().click();
        await page.waitForURL('http://site.test/kg-2017/');
        expect(await page.title()).toBe('Kyrgyzstan: A fragile balance');

        // A word in two briefs finds both; the country filter narrows to one country.
        await page.goto('http://site.test/');
        await search.fill('rasht');
        await expect.poll(() => page.locator('#series-count').textContent()).toBe('2 of 3 briefs');
        await search.fill('');
        await page.getByLabel('Country').selectOption('KG');
        await expect.poll(() => page.locator('#series-count').textContent()).toBe('1 of 3 briefs');
        expect(await page.locator('#country-tj').isVisible()).toBe(false);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }));

  it('with JavaScript off, shows every brief as a plain list and no form that could not work', () =>
    withSite(async (site) => {
      const context = await serve(site, { javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto('http://site.test/');
        expect(await page.locator('#series-filter').isVisible()).toBe(false);
        expect(await page.locator('[data-brief]:visible').count()).toBe(3);
        await page.getByRole('link', { name: 'Kyrgyzstan: A fragile balance' }).click();
        await page.waitForURL('http://site.test/kg-2017/');
        expect(await page.getByText('Clashes on the border near Batken').count()).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    }));
});
