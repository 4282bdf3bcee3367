import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Brief } from '@briefkit/schema';
import { compileFile } from '@briefkit/validator/node';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openPage,
  type PageProblems,
  type Site,
  serveSite,
  waitForHydration,
  watchProblems,
} from './support/browser.js';
import { appDir, briefDir } from './support/paths.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const builtBrief = JSON.parse(readFileSync(join(briefDir, 'brief.json'), 'utf8')) as Brief;

let browser: Browser;
let site: Site;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveSite()]);
  ({ context, page, problems } = await openPage(browser, site.url));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  await waitForHydration(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the hydrated page', () => {
  it('loads without console errors or failed requests, the lazy map included', async () => {
    await page.locator('security-brief-map svg').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('has no accessibility violations (axe-core, every rule, shadow DOM included)', async () => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(context: Document): Promise<{
              violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>;
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${JSON.stringify(v.nodes[0]?.target)})`,
      );
    });
    expect(violations).toEqual([]);
  });

  it('names itself: title, description, language, one h1 with the brief title', async () => {
    expect(await page.title()).toContain(builtBrief.title);
    expect(await page.locator('html').getAttribute('lang')).toBe(builtBrief.language);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(50);
    const h1 = await page.locator('h1').allTextContents();
    expect(h1.map((t) => t.trim())).toEqual([builtBrief.title]);
  });

  it('describes the brief in JSON-LD as a schema.org Report, claiming nothing the brief does not say', async () => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '') as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Report');
    expect(data.name).toBe(builtBrief.title);
    expect(data.inLanguage).toBe(builtBrief.language);
    expect(data.about).toMatchObject({ '@type': 'Country', name: builtBrief.country.name });
    expect(data.datePublished).toBe(builtBrief.published);
    expect('publisher' in data).toBe(builtBrief.publisher !== undefined);
    expect('author' in data).toBe((builtBrief.authors?.length ?? 0) > 0);
  });

  it('offers the brief as JSON that equals the brief on the page and the compiled source', async () => {
    const link = page.getByRole('link', { name: 'Download this brief as JSON' });
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    const response = await page.request.get(new URL(href ?? '', site.url).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const served = (await response.json()) as Brief;
    expect(served).toEqual(builtBrief);
    const shown = await page.evaluate(
      () => (document.querySelector('security-brief') as HTMLElement & { brief?: unknown }).brief,
    );
    expect(shown).toEqual(served);
    const { brief: compiled } = await compileFile(join(appDir, 'src', 'tajikistan.brief.md'));
    expect(served).toEqual(compiled);
  });

  it('shows the embed snippet as text with this site’s own addresses, and copies it', async () => {
    const code = page.locator('#embed-snippet');
    const snippet = (await code.textContent()) ?? '';
    const lines = snippet.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      `<script type="module" src="${new URL('embed/bundle.js', site.url).href}"></script>`,
    );
    expect(lines[2]).toBe(`<security-brief src="${new URL('brief.json', site.url).href}"></security-brief>`);
    // Shown as source, not parsed as markup: the code element holds text only.
    expect(await code.evaluate((el) => el.children.length)).toBe(0);
    const bundle = await page.request.get(new URL('embed/bundle.js', site.url).href);
    expect(bundle.status()).toBe(200);
    expect(bundle.headers()['access-control-allow-origin']).toBe('*');

    await page.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => page.locator('#embed .snippet__status').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  });
});

describe('hydration', () => {
  it('adopts the server-rendered shadow DOM instead of rendering it again', async () => {
    const fresh = await browser.newContext();
    const gated = await fresh.newPage();
    const issues = watchProblems(gated);
    // Hold the page's script back until the server's markup has been marked.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await gated.route('**/assets/main.js', async (route) => {
      await gate;
      await route.continue();
    });
    await gated.goto(site.url, { waitUntil: 'commit' });
    await gated.locator('.site-footer').waitFor({ state: 'attached' });
    const tags = await gated.evaluate(() => {
      const marked: string[] = [];
      for (const host of document.querySelectorAll('security-brief, [class~="brief-part"] > *')) {
        const node = host.shadowRoot?.querySelector('h1, h2');
        if (node) {
          (node as Element & { serverRendered?: boolean }).serverRendered = true;
          marked.push(host.localName);
        }
      }
      return marked;
    });
    expect(tags).toContain('security-brief');
    expect(tags.length).toBeGreaterThanOrEqual(5);
    release();
    await waitForHydration(gated);
    const kept = await gated.evaluate(() =>
      [...document.querySelectorAll('security-brief, [class~="brief-part"] > *')]
        .filter(
          (host) =>
            !(host.shadowRoot?.querySelector('h1, h2') as (Element & { serverRendered?: boolean }) | null)
              ?.serverRendered,
        )
        .map((host) => host.localName),
    );
    expect(kept).toEqual([]);
    expect(issues.consoleErrors).toEqual([]);
    await fresh.close();
  });
});

describe('citations', () => {
  it('each number leads to its source entry, and the entry leads back to the text', async () => {
    const citations = page.locator('security-brief sup.cite a');
    const count = await citations.count();
    expect(count).toBeGreaterThanOrEqual(builtBrief.sources?.length ?? 1);
    // A reader's mouse on the first few round trips; then every citation, by the same links' click(), in one
    // page script (65 round trips in one call instead of some 400 protocol messages).
    for (let i = 0; i < Math.min(3, count); i++) {
      const citation = citations.nth(i);
      const href = (await citation.getAttribute('href')) ?? '';
      const citationId = await citation.getAttribute('id');
      await citation.click();
      const entry = page.locator(`security-brief li[id="${href.slice(1)}"]`);
      await expect.poll(() => entry.evaluate(isInViewport), { timeout: 2000 }).toBe(true);
      if (citationId) {
        await entry.locator(`a[href="#${citationId}"]`).click();
        await expect.poll(() => citation.evaluate(isInViewport), { timeout: 2000 }).toBe(true);
      }
    }
    const trips = await page.evaluate(roundTrips);
    expect(trips).toHaveLength(count);
    const seen = new Set<string>();
    for (const trip of trips) {
      expect(trip.href, `citation ${trip.number}`).toMatch(/^#./);
      // The entry is the source with that number, and it came into view; so did the citation, on the way back.
      expect(trip, `citation ${trip.number}`).toMatchObject({ entryValue: trip.number, entryShown: true });
      if (trip.citationId) expect(trip.backShown, `back from source ${trip.number}`).toBe(true);
      seen.add(trip.href.slice(1));
    }
    // Every source the text cites was reached.
    const cited = citedSources(builtBrief);
    expect(seen.size).toBe(cited.size);
    for (const id of cited)
      expect(
        [...seen].some((anchor) => anchor === id || anchor.endsWith(`-${id}`)),
        id,
      ).toBe(true);
  });
});

describe('the parts', () => {
  it('draw the locator map: an SVG with the country highlighted and a text alternative', async () => {
    const map = page.locator('security-brief-map');
    const svg = map.locator('svg').first();
    await svg.waitFor();
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(100);
    const country = map.locator('svg path.country, svg [part~="country"]').first();
    expect(await country.count()).toBe(1);
    expect(await country.getAttribute('d')).toMatch(/^M/);
    const places = (builtBrief.places ?? []).filter((p) => p.coordinates);
    const table = await map.locator('table, ul, ol').first().textContent();
    for (const place of places.slice(0, 3)) expect(table).toContain(place.name);
  });

  it('render the timeline in date order with every event', async () => {
    const items = page.locator('security-brief-timeline li.event');
    expect(await items.count()).toBe(builtBrief.events?.length ?? 0);
    const dates = await page
      .locator('security-brief-timeline li.event time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    const years = dates.map((d) => Number.parseInt(d.slice(0, 4), 10));
    expect(years.every((year, i) => i === 0 || year >= (years[i - 1] ?? 0))).toBe(true);
  });
});

/** The ids of the sources cited in the brief's text (lede and sections). */
function citedSources(brief: Brief): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.type === 'citation' && typeof record.source === 'string') ids.add(record.source);
      for (const child of Object.values(record)) visit(child);
    }
  };
  visit(brief.lede);
  visit(brief.sections);
  return ids;
}

function isInViewport(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0;
}

interface RoundTrip {
  number: string;
  href: string;
  citationId: string | null;
  entryValue: string | null;
  entryShown: boolean;
  backShown: boolean | null;
}

/**
 * In the page: clicks every citation of <security-brief>, then its source entry's link back, and reports for each
 * whether the target came into view (waiting up to two seconds a step, for smooth scrolling).
 */
async function roundTrips(): Promise<RoundTrip[]> {
  // isInViewport, again: a function handed to the page must carry all it uses (and the page's CSP forbids eval).
  const inViewport = (el: Element) => {
    const rect = el.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0;
  };
  const deep = (root: ParentNode, selector: string): Element[] => {
    const found = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*'))
      if (el.shadowRoot) found.push(...deep(el.shadowRoot, selector));
    return found;
  };
  const shown = async (el: Element | undefined): Promise<boolean> => {
    const until = performance.now() + 2000;
    while (el && performance.now() < until) {
      if (inViewport(el)) return true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return false;
  };
  const brief = document.querySelector('security-brief')!;
  const inBrief = (selector: string) => [...deep(brief.shadowRoot!, selector), ...deep(brief, selector)];
  const trips: RoundTrip[] = [];
  for (const citation of inBrief('sup.cite a') as HTMLAnchorElement[]) {
    const href = citation.getAttribute('href') ?? '';
    const citationId = citation.getAttribute('id');
    citation.click();
    const entry = inBrief('li[id]').find((li) => li.id === href.slice(1));
    const entryShown = await shown(entry);
    let backShown: boolean | null = null;
    if (citationId && entry) {
      const back = [...entry.querySelectorAll('a')].find((a) => a.getAttribute('href') === `#${citationId}`);
      back?.click();
      backShown = back ? await shown(citation) : false;
    }
    const number = citation.textContent?.trim() ?? '';
    trips.push({
      number,
      href,
      citationId,
      entryValue: entry?.getAttribute('value') ?? null,
      entryShown,
      backShown,
    });
  }
  return trips;
}
