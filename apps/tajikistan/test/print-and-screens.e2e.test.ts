import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, type Site, serveSite, waitForHydration } from './support/browser.js';
import { outputDir } from './support/paths.js';

// Screenshots and the print PDF land in test-output/ for people to look at; the checks below are what a
// reader of each would notice.
let browser: Browser;
let site: Site;

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  [browser, site] = await Promise.all([launchChromium(), serveSite()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Elements whose box sticks out to the right of the viewport (or the page's content box), across shadow roots. */
function overflowing(limit: number): string[] {
  const out: string[] = [];
  const visit = (root: Document | ShadowRoot): void => {
    for (const el of root.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > limit + 1) {
        // Content scrolled inside a box that itself fits (a code box) is fine.
        let clipped = false;
        for (let p = el.parentElement; p; p = p.parentElement) {
          const overflow = getComputedStyle(p).overflowX;
          if (
            (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') &&
            p.getBoundingClientRect().right <= limit + 1
          ) {
            clipped = true;
            break;
          }
        }
        if (!clipped)
          out.push(
            `${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} right=${Math.round(rect.right)}`,
          );
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out;
}

describe('screens', () => {
  it('lays the page out on a laptop (1366 px)', async () => {
    const { context, page } = await openPage(browser, site.url, { viewport: { width: 1366, height: 900 } });
    await waitForHydration(page);
    await page.locator('security-brief-map svg').first().waitFor();
    expect(await page.evaluate(overflowing, 1366)).toEqual([]);
    await page.screenshot({ path: join(outputDir, 'laptop.png'), fullPage: true, timeout: 30_000 });
    await context.close();
  });

  it('fits a phone (375 px) without sideways scrolling', async () => {
    const { context, page } = await openPage(browser, site.url, {
      viewport: { width: 375, height: 812 },
      // One device pixel per CSS pixel keeps the full-page image of a long brief within reason.
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    await waitForHydration(page);
    await page.locator('security-brief-map svg').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.evaluate(overflowing, 375)).toEqual([]);
    await page.screenshot({ path: join(outputDir, 'phone.png'), fullPage: true, timeout: 30_000 });
    await context.close();
  });
});

describe('print (A4)', () => {
  it('shows the publication only: no site chrome, embed box or buttons; brief first, sources numbered last', async () => {
    // A4 at 96 dpi is 794 px wide; the @page margins of 16 mm leave about 673 px of content.
    const { context, page } = await openPage(browser, site.url, { viewport: { width: 673, height: 1000 } });
    await waitForHydration(page);
    await page.locator('security-brief-map svg').first().waitFor();
    await page.emulateMedia({ media: 'print' });

    // An element that takes no box (itself or an ancestor `display: none`) is not printed.
    const shown = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
    expect(await shown('.site-header')).toBe(0);
    expect(await shown('.site-nav')).toBe(0);
    expect(await shown('#embed')).toBe(0);
    expect(await shown('button')).toBe(0);
    expect(await shown('.button')).toBe(0);
    expect(await shown('#brief')).toBe(1);

    const order = await page.evaluate(() => {
      const top = (el: Element | null) => (el ? el.getBoundingClientRect().top + window.scrollY : Number.NaN);
      const brief = document.querySelector('security-brief');
      const parts = [...document.querySelectorAll('.brief-part')].map((el) => ({ id: el.id, top: top(el) }));
      const lists = [...document.querySelectorAll('security-brief, security-brief-sources')]
        .flatMap((host) => [...(host.shadowRoot?.querySelectorAll('ol') ?? [])])
        .filter((ol) => ol.querySelector('li[id^="src-"]'));
      const lastList = lists.at(-1);
      const numbers = lastList
        ? [...lastList.querySelectorAll(':scope > li')].map((li) => li.getAttribute('value'))
        : [];
      const lastListVisible = lastList ? lastList.getClientRects().length > 0 : false;
      const listStyle = lastList ? getComputedStyle(lastList).listStyleType : '';
      const everything = [...document.querySelectorAll('#brief, .brief-part')].map(
        (el) => top(el) + el.getBoundingClientRect().height,
      );
      return {
        briefTop: top(brief),
        parts,
        sourcesTop: lastList ? top(lastList) : Number.NaN,
        bottom: Math.max(...everything),
        numbers,
        lastListVisible,
        listStyle,
      };
    });
    for (const part of order.parts) expect(part.top, part.id).toBeGreaterThan(order.briefTop);
    // The numbered sources close the document.
    expect(order.lastListVisible).toBe(true);
    expect(order.listStyle).toBe('decimal');
    expect(order.numbers.map(Number)).toEqual(order.numbers.map((_, i) => i + 1));
    for (const part of order.parts) {
      if (part.id !== 'sources') expect(order.sourcesTop, part.id).toBeGreaterThan(part.top);
    }
    expect(await page.evaluate(overflowing, 673)).toEqual([]);

    await page.screenshot({ path: join(outputDir, 'print.png'), fullPage: true, timeout: 30_000 });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(outputDir, 'print.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});
