// A built site in a real browser (Debian Chromium through playwright-core): index.html hydrates from the
// script `briefkit build` wrote beside it, so in-page links work as on a published page.
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fullBrief } from '@briefkit/schema/fixtures';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.js';
import { runCli, withTempDir } from '../test-helpers.js';
import { pageProblems, routeSite } from '../test-site.js';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('briefkit build in Chromium', () => {
  it('writes a page that hydrates: a citation link moves focus to its source', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'tj.brief.json'), JSON.stringify(fullBrief));
      expect((await runCli(['build', 'tj.brief.json', '--out', 'site'], { cwd: dir })).code).toBe(0);
      const site = join(dir, 'site');
      const page = await browser.newPage();
      const problems = pageProblems(page);
      await routeSite(page, site);
      try {
        await page.goto('http://site.test/');
        await expect
          .poll(() =>
            page.evaluate(
              () =>
                (document.querySelector('security-brief') as { brief?: { id: string } } | null)?.brief?.id,
            ),
          )
          .toBe(fullBrief.id);
        const citation = page.locator('security-brief sup.cite a').first();
        const target = (await citation.getAttribute('href'))?.slice(1) ?? '';
        await citation.click();
        await expect
          .poll(() =>
            page.evaluate(() => document.querySelector('security-brief')?.shadowRoot?.activeElement?.id),
          )
          .toBe(target);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }));
});
