// A server-rendered page in Chromium, with the prebuilt hydrating bundle: what a site built on
// renderBriefPage serves. Read with JavaScript off, then hydrated with it on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fullBrief } from '@briefkit/schema/fixtures';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { bundleOptions } from '../../scripts/bundle.mjs';
import { renderBriefPage } from './index.js';

let browser: Browser;
let dir: string;
let html: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefkit-page-'));
  await build(bundleOptions('src/hydrate.ts', 'bundle-hydrate', dir));
  html = await renderBriefPage(fullBrief, { scriptSrc: '/bundle-hydrate.js', toc: true });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(javaScriptEnabled: boolean, csp?: string) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.route('http://site.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const headers: Record<string, string> = csp ? { 'content-security-policy': csp } : {};
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: html, headers });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(dir, path)) });
  });
  await page.goto('http://site.test/');
  return { context, page, problems };
}

describe('a page from renderBriefPage in Chromium', () => {
  it('reads completely with JavaScript off', async () => {
    const { context, page, problems } = await open(false);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('security-brief')?.shadowRoot;
      return {
        title: root?.querySelector('h1')?.textContent?.trim(),
        sections: root?.querySelectorAll('[part="section"]').length,
        sources: root?.querySelectorAll('[part~="sources"] li').length,
        actors: root?.querySelectorAll('.actor').length,
        events: document
          .querySelector('security-brief-timeline')
          ?.shadowRoot?.querySelectorAll('[part="event"]').length,
        figures: document
          .querySelector('security-brief-figures')
          ?.shadowRoot?.querySelectorAll('[part="figure"]').length,
        threats: document
          .querySelector('security-brief-threats')
          ?.shadowRoot?.querySelectorAll('[part="threat"]').length,
        map: Boolean(document.querySelector('security-brief-map')?.shadowRoot?.querySelector('figure')),
      };
    });
    // The parts follow the brief: its events, figures, threats and locator map, all without JavaScript.
    expect(seen).toEqual({
      title: fullBrief.title,
      sections: 4,
      sources: 4,
      actors: 12,
      events: fullBrief.events?.length,
      figures: fullBrief.figures?.length,
      threats: fullBrief.threats?.length,
      map: true,
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('hydrates with the prebuilt bundle without a mismatch, and in-page links then work', async () => {
    const { context, page, problems } = await open(true);
    await page.waitForFunction(() => document.querySelector('security-brief')?.hasUpdated === true);
    const same = await page.evaluate(() => {
      const el = document.querySelector('security-brief') as HTMLElement & { brief?: { id: string } };
      return el.brief?.id;
    });
    expect(same).toBe(fullBrief.id);
    await page.locator('security-brief a[href="#src-src-agreement"]').first().click();
    const focused = await page.evaluate(
      () => document.querySelector('security-brief')?.shadowRoot?.activeElement?.id,
    );
    expect(focused).toBe('src-src-agreement');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works under a strict CSP with Trusted Types: no eval, no inline script, only Lit’s policy', async () => {
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src data:; " +
      "require-trusted-types-for 'script'; trusted-types lit-html";
    const { context, page, problems } = await open(true, csp);
    await page.waitForFunction(() => document.querySelector('security-brief')?.hasUpdated === true);
    const title = await page.evaluate(async () => {
      const el = document.querySelector('security-brief') as HTMLElement & {
        brief: { title: string };
        updateComplete: Promise<boolean>;
      };
      el.brief = { ...el.brief, title: 'Updated under CSP' };
      await el.updateComplete;
      return el.shadowRoot?.querySelector('h1')?.textContent?.trim();
    });
    expect(title).toBe('Updated under CSP');
    expect(problems).toEqual([]);
    await context.close();
  });
});
