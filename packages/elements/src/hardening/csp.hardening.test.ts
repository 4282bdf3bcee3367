// The elements on a page with a strict Content-Security-Policy and Trusted Types enforced: rendered by the
// browser, and server-rendered then hydrated. Violations are counted three ways: the page's
// `securitypolicyviolation` events, the console, and reports POSTed to the server.
import { createHash } from 'node:crypto';
import type { Brief } from '@briefkit/schema';
import { fullBrief } from '@briefkit/schema/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withField } from './fields.js';
import { type Harness, type OpenPage, page, startHarness } from './harness.js';
import { renderCase } from './ssr.js';

const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; report-uri /__csp-report";

// The fixture's figure is an inline data: image, which `default-src 'self'` refuses (see the last test); the
// strict-page tests use the same picture served from the page's own origin.
const figurePath = ['sections', 1, 'content', 2, 'src'] as const;
const dataImage = String((fullBrief.sections[1]?.content[2] as { src?: string } | undefined)?.src);
const brief: Brief = withField(fullBrief, figurePath, '/csp/figure.svg');

const boot = `const brief = await (await fetch('/csp/brief.json')).json();
for (const el of document.querySelectorAll('[data-brief]')) el.brief = brief;
await import('/assets/bundle.js');
`;

const clientBody = `<div data-case="0">
<security-brief src="/csp/brief.json"></security-brief>
${['actors', 'sources', 'timeline', 'threats', 'figures', 'map'].map((p) => `<security-brief-${p} data-brief></security-brief-${p}>`).join('\n')}
</div>`;

let harness: Harness;
let serverHtml: string;

/** `'sha256-…'` sources for every distinct `<style>` element in server-rendered markup. */
function styleHashes(markup: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(css ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}

beforeAll(async () => {
  harness = await startHarness();
  serverHtml = await renderCase(brief, 0);
  const svg = dataImage.startsWith('data:image/svg+xml,')
    ? decodeURIComponent(dataImage.slice(19))
    : '<svg xmlns="http://www.w3.org/2000/svg"/>';
  harness.serve('/csp/figure.svg', { body: svg, type: 'image/svg+xml' });
  harness.serve('/csp/brief.json', { body: JSON.stringify(brief), type: 'application/json' });
  harness.serve('/csp/boot.js', { body: boot, type: 'text/javascript' });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

interface Seen {
  violations: string[];
  errors: string[];
  title: string | undefined;
  ledeWeight: string | undefined;
  parts: number;
  mapDrawn: boolean;
}

async function look(open: OpenPage, scripted: boolean): Promise<Seen> {
  if (scripted) {
    await open.page.waitForFunction(() => customElements.get('security-brief-map') !== undefined);
    await open.page.waitForFunction(
      () => document.querySelector('security-brief')?.shadowRoot?.querySelector('h1') != null,
    );
    await open.page.evaluate(() => window.hardening.settle());
  }
  // Reports are sent asynchronously: give them time to arrive before counting none.
  await open.page.waitForTimeout(300);
  return open.page.evaluate(() => {
    const root = document.querySelector('security-brief')?.shadowRoot;
    const lede = root?.querySelector('[part="lede"]');
    const parts = [...document.querySelectorAll('[data-brief]')].filter(
      (el) => (el.shadowRoot?.textContent ?? '').trim().length > 0,
    );
    return {
      violations: window.hardening.violations,
      errors: window.hardening.errors,
      title: root?.querySelector('h1')?.textContent?.trim(),
      ledeWeight: lede ? getComputedStyle(lede).fontWeight : undefined,
      parts: parts.length,
      mapDrawn: document.querySelector('security-brief-map')?.shadowRoot?.querySelector('svg') != null,
    };
  });
}

async function visit(
  path: string,
  body: string,
  csp: string,
  head = '',
): Promise<{ seen: Seen; problems: string[]; reports: string[] }> {
  harness.serve(path, { body: page(body, head), headers: { 'content-security-policy': csp } });
  const before = harness.cspReports.length;
  const open = await harness.open();
  await open.page.goto(harness.origin + path);
  const seen = await look(open, head.includes('<script'));
  await open.context.close();
  return { seen, problems: open.problems, reports: harness.cspReports.slice(before) };
}

describe(`under "${STRICT}"`, () => {
  it('client rendering (src attribute and parts) reports no violation, and is styled', async () => {
    const { seen, problems, reports } = await visit(
      '/csp/client',
      clientBody,
      STRICT,
      '<script type="module" src="/csp/boot.js"></script>',
    );
    expect(seen.title).toBe(brief.title);
    expect(seen.parts).toBe(6);
    expect(seen.mapDrawn).toBe(true);
    expect(seen.ledeWeight).toBe('700');
    expect({ violations: seen.violations, errors: seen.errors, problems, reports }).toEqual({
      violations: [],
      errors: [],
      problems: [],
      reports: [],
    });
  });

  it('server-rendered <style> in declarative shadow roots is inline style: refused without its hashes, styled once hydrated', async () => {
    const { seen, reports } = await visit('/csp/ssr-no-hashes', serverHtml, STRICT);
    // Blocked, and said so: one report per refused <style>, all of them style-src-elem.
    expect(seen.violations.length).toBeGreaterThan(0);
    expect(new Set(seen.violations.map((v) => v.split(' ')[0]))).toEqual(new Set(['style-src-elem']));
    expect(reports.length).toBeGreaterThan(0);
    // The text is all there regardless, unstyled until hydration adopts the constructed stylesheets.
    expect(seen.title).toBe(brief.title);
    expect(seen.ledeWeight).toBe('400');
    const hydrated = await visit(
      '/csp/ssr-no-hashes-hydrated',
      serverHtml,
      STRICT,
      '<script type="module" src="/assets/boot-hydrate.js"></script>',
    );
    expect(hydrated.seen.title).toBe(brief.title);
    expect(hydrated.seen.ledeWeight).toBe('700');
    expect(new Set(hydrated.seen.violations.map((v) => v.split(' ')[0]))).toEqual(
      new Set(['style-src-elem']),
    );
  });

  it('server-rendered then hydrated: no violation once the host allows the styles by hash', async () => {
    const hashes = styleHashes(serverHtml);
    // A handful of stylesheets (one per element class), stable for a given version of the package.
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes.length).toBeLessThanOrEqual(10);
    const csp = STRICT.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
    const { seen, problems, reports } = await visit(
      '/csp/ssr',
      serverHtml,
      csp,
      '<script type="module" src="/assets/boot-hydrate.js"></script>',
    );
    expect(seen.title).toBe(brief.title);
    expect(seen.parts).toBe(6);
    expect(seen.ledeWeight).toBe('700');
    expect({ violations: seen.violations, errors: seen.errors, problems, reports }).toEqual({
      violations: [],
      errors: [],
      problems: [],
      reports: [],
    });
  });

  it('a brief with an inline data: image needs img-src data: (the only directive it touches)', async () => {
    const withImage = await renderCase(fullBrief, 0);
    const hashes = styleHashes(withImage);
    const csp = STRICT.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
    const refused = await visit('/csp/data-image-ssr', withImage, csp);
    expect(refused.seen.violations.length).toBeGreaterThan(0);
    expect(new Set(refused.seen.violations)).toEqual(new Set(['img-src data']));
    const allowed = await visit(
      '/csp/data-image-ok',
      withImage,
      csp.replace("default-src 'self';", "default-src 'self'; img-src 'self' data:;"),
    );
    expect(allowed.seen.violations).toEqual([]);
  });
});
