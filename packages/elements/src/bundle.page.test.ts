// The prebuilt dist/bundle.js in Chromium: <security-brief> renders with no part's code fetched; a part in
// the page is fetched and defined at once; any other part is defined once the page has loaded.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fullBrief } from '@briefkit/schema/fixtures';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { bundleOptions } from '../scripts/bundle.mjs';
import { briefJson } from './ssr/index.js';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefkit-bundle-'));
  await build(bundleOptions('src/bundle.ts', 'bundle', dir));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page with `body`, the bundle, then a module script that gives every element the brief. */
async function open(body: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  const html = `<!doctype html><html lang="en"><body>${body}
<script type="application/json" id="brief">${briefJson(fullBrief)}</script>
<script type="module" src="/bundle.js"></script>
<script type="module">
  const brief = JSON.parse(document.getElementById('brief').textContent);
  window.brief = brief;
  for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('security-brief')) el.brief = brief;
  await customElements.whenDefined('security-brief');
  await document.querySelector('security-brief')?.updateComplete;
  // What had been fetched when <security-brief> had rendered.
  window.fetchedAtFirstRender = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
</script></body></html>`;
  await page.route('http://site.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(dir, path)) });
  });
  await page.goto('http://site.test/');
  return { page, problems };
}

const shadowText = (tag: string) =>
  `document.querySelector('${tag}')?.shadowRoot?.textContent?.replace(/\\s+/g, ' ') ?? ''`;

describe('dist/bundle.js in Chromium', () => {
  it('renders <security-brief> before any other part’s code is fetched, then defines the rest', async () => {
    const { page, problems } = await open('<security-brief></security-brief>');
    await page.waitForFunction(() => (window as { fetchedAtFirstRender?: string[] }).fetchedAtFirstRender);
    expect(await page.evaluate(shadowText('security-brief'))).toContain(fullBrief.title);
    const fetched = (await page.evaluate('window.fetchedAtFirstRender')) as string[];
    expect(fetched.filter((path) => /\/(timeline|threats|figures|map|geo)-/.test(path))).toEqual([]);
    // Once the page has loaded, every part is defined: one created now upgrades at once.
    await page.waitForFunction(() =>
      ['timeline', 'threats', 'figures', 'map'].every((p) => customElements.get(`security-brief-${p}`)),
    );
    await page.evaluate(async () => {
      const el = document.createElement('security-brief-threats') as HTMLElement & {
        brief: unknown;
        updateComplete: Promise<boolean>;
      };
      el.brief = (window as { brief?: unknown }).brief;
      document.body.append(el);
      await el.updateComplete;
    });
    expect(await page.evaluate(shadowText('security-brief-threats'))).toContain('Rising terrorism');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fetches and defines a part the page holds, with its brief given before the class arrived', async () => {
    const { page, problems } = await open('<security-brief-timeline></security-brief-timeline>');
    await page.waitForFunction(
      () => (document.querySelector('security-brief-timeline') as { hasUpdated?: boolean })?.hasUpdated,
    );
    expect(await page.evaluate(shadowText('security-brief-timeline'))).toContain('Taliban seize Kunduz');
    expect(problems).toEqual([]);
    await page.close();
  });
});
