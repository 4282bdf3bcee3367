import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, type Site, serveSite, waitForHydration } from './support/browser.js';
import { seedFile } from './support/paths.js';
import { findInOrder, seedSentences } from './support/seed-sentences.js';
import { visibleText } from './support/visible-text.js';

// Every sentence of the source publication, word for word and in order, as a reader sees the page: once
// hydrated, once with JavaScript off (the server-rendered page alone).
let browser: Browser;
let site: Site;
const sentences = seedSentences(seedFile);

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveSite()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

function missing(text: string): string[] {
  return findInOrder(text, sentences)
    .filter((found) => found.start < 0)
    .map((found) => found.sentence);
}

describe('the text of the source publication', () => {
  it('is all on the hydrated page, sentence by sentence, in order', async () => {
    const { context, page } = await openPage(browser, site.url);
    await waitForHydration(page);
    const text = await page.evaluate(visibleText, '#brief');
    await context.close();
    expect(sentences.length).toBeGreaterThan(0);
    expect(missing(text)).toEqual([]);
  });

  it('is all on the page with JavaScript disabled', async () => {
    const { context, page } = await openPage(browser, site.url, { javaScriptEnabled: false });
    const defined = await page.evaluate(() => customElements.get('security-brief') !== undefined);
    const text = await page.evaluate(visibleText, '#brief');
    await context.close();
    // Proof that no script ran: the element was never defined, so what was read is the server's HTML.
    expect(defined).toBe(false);
    expect(missing(text)).toEqual([]);
  });

  it('is read from what is shown, not from the data embedded for hydration', async () => {
    const { context, page } = await openPage(browser, site.url, { javaScriptEnabled: false });
    const text = await page.evaluate(visibleText, 'body');
    await context.close();
    expect(text).not.toContain('formatVersion');
    expect(text).not.toContain('"type"');
    expect(text).not.toContain('schema.org');
  });
});
