// For Chromium tests of built sites: a browser page or context that answers http://site.test/ from a folder, as
// a static host would (module scripts do not load from file: URLs), and the problems a page reports.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const SITE_ORIGIN = 'http://site.test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/** Serves the files of `site` at SITE_ORIGIN to `target`; a folder's address serves its index.html. */
export async function routeSite(target: Page | BrowserContext, site: string): Promise<void> {
  await target.route(`${SITE_ORIGIN}/**`, async (route) => {
    const path = normalize(
      decodeURIComponent(new URL(route.request().url()).pathname).replace(/\/$/, '/index.html'),
    );
    try {
      const body = await readFile(join(site, path));
      await route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/** Page errors and console errors of `page`, collected as they happen. */
export function pageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}
