import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, type Site, serveSite } from './support/browser.js';
import { BRIEF_ID, SECOND_EDITION_ID } from './support/paths.js';

// The site is a series of two editions, built by `briefkit build`: its index, search, feed and the pages
// between the editions, as a reader meets them in Chromium.
let browser: Browser;
let site: Site;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveSite()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the Tajikistan series', () => {
  it('lists both editions on the index, newest first, without a failed request or a console error', async () => {
    const { context, page, problems } = await openPage(browser, site.root);
    try {
      expect(await page.locator('h1').textContent()).toBe('Tajikistan: security briefs');
      const ids = await page
        .locator('[data-brief]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-brief')));
      expect(ids).toEqual([SECOND_EDITION_ID, BRIEF_ID]);
      expect(
        await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'),
      ).toBe('feed.xml');
      expect(await page.locator('#series-filter').isVisible()).toBe(true);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('finds a word that only the second edition has, and lands on it', async () => {
    const { context, page, problems } = await openPage(browser, site.root);
    try {
      // The armed incident on the border is the event the second edition added.
      await page.getByRole('searchbox', { name: 'Search the briefs' }).fill('incident');
      await expect.poll(() => page.locator('#series-count').textContent()).toBe('1 of 2 briefs');
      await page.locator('[data-brief]:visible').getByRole('link').first().click();
      await page.waitForURL(new URL(`${SECOND_EDITION_ID}/`, site.root).href);
      expect(await page.getByText('This edition replaces').count()).toBe(1);
      // Written in the same British English as the edition it replaces.
      expect(await page.locator('security-brief .meta').textContent()).toContain(
        'Information as of 31 May 2016',
      );
      await page.getByRole('link', { name: 'see what changed' }).click();
      await page.waitForURL(new URL(`${SECOND_EDITION_ID}/changes.html`, site.root).href);
      expect(await page.locator('ins', { hasText: 'about 8 400' }).count()).toBe(1);
      // Only what the edition changed: not a language or a format version it merely was written in.
      const summary = await page.locator('main').textContent();
      expect(summary).toContain('5 metadata changes,');
      expect(summary).not.toMatch(/\blanguage\b|formatVersion/);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('leads from the Tajikistan page to the newer edition and back to the index', async () => {
    const { context, page } = await openPage(browser, site.url, { javaScriptEnabled: false });
    try {
      const note = page.getByRole('note');
      expect(await note.textContent()).toContain('A newer edition replaces this one');
      expect(await note.getByRole('link').getAttribute('href')).toBe(`../${SECOND_EDITION_ID}/`);
      await page.getByRole('link', { name: 'All briefs' }).click();
      await page.waitForURL(site.root);
    } finally {
      await context.close();
    }
  });

  it('publishes an Atom feed and a sitemap under the site’s address', async () => {
    const { context, page } = await openPage(browser, site.root);
    try {
      const feed = await page.request.get(new URL('feed.xml', site.root).href);
      expect(feed.headers()['content-type']).toBe('application/xml; charset=utf-8');
      const text = await feed.text();
      expect(text).toContain(`<id>http://localhost:4173/${SECOND_EDITION_ID}/</id>`);
      const sitemap = await (await page.request.get(new URL('sitemap.xml', site.root).href)).text();
      expect(sitemap).toContain(`<loc>http://localhost:4173/${BRIEF_ID}/</loc>`);
    } finally {
      await context.close();
    }
  });
});
