import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { renderThunked } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { conformingHtml, type PartName, renderBrief, renderBriefPage, renderPart } from './index.js';

describe('renderBrief', () => {
  it('renders the brief into declarative shadow DOM with its data alongside', async () => {
    const out = await renderBrief(fullBrief);
    expect(out).toMatch(/^<security-brief[^>]*><template shadowrootmode="open">/);
    expect(out).toContain('Tajikistan: New challenges to security');
    expect(out).toContain('<script type="application/json">');
    expect(out.trimEnd()).toMatch(/<\/script><\/security-brief>$/);
    expect(out).toContain('link not available');
  });

  it('writes every piece Lit SSR renders for the element, in order (its own collector is the reference)', async () => {
    const out = await renderBrief(fullBrief, { headingLevel: 3, toc: true });
    const reference = conformingHtml(
      collectResultSync(
        renderThunked(
          html`<security-brief .brief=${fullBrief} heading-level=${3} ?toc=${true}></security-brief>`,
        ),
      ),
    );
    const shadow = (markup: string, end: number) => markup.slice(markup.indexOf('<template '), end);
    const ours = shadow(out, out.indexOf('<script type="application/json">'));
    expect(ours.length).toBeGreaterThan(10_000);
    expect(ours).toBe(shadow(reference, reference.lastIndexOf('</security-brief>')));
    expect(
      out.endsWith(`${JSON.stringify(fullBrief).replace(/</g, '\\u003c')}</script></security-brief>`),
    ).toBe(true);
  });

  it('honours heading level, contents and language', async () => {
    const out = await renderBrief(fullBrief, { headingLevel: 3, toc: true, lang: 'fr' });
    expect(out).toMatch(/<h2[^>]*class="title"/);
    expect(out).toMatch(/<h3[^>]*>(<!--[^>]*-->)*Background: civil war/);
    expect(out).toContain('Sommaire');
    expect(out).toContain('lang="fr"');
  });

  it('keeps brief text as text: markup in the data is escaped, scripts cannot break out', async () => {
    const brief = structuredClone(minimalBrief) as Brief;
    brief.title = '<img src=x onerror=alert(1)>';
    brief.lede = [{ type: 'text', text: '</script><script>alert(1)</script>' }];
    const out = await renderBrief(brief);
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).toContain('\\u003c/script>');
  });

  it('refuses javascript: links in the data', async () => {
    const brief = structuredClone(minimalBrief) as Brief;
    brief.lede = [{ type: 'link', href: 'javascript:alert(1)', text: 'click' }];
    const out = await renderBrief(brief);
    const shadow = out.slice(0, out.indexOf('<script'));
    expect(shadow).toContain('click');
    expect(shadow).not.toContain('javascript:');
    expect(shadow).not.toContain('<a class="link"');
  });
});

describe('renderPart', () => {
  const titles: Record<PartName, string> = {
    timeline: 'Timeline',
    actors: 'Actors',
    threats: 'Threats',
    figures: 'Key figures',
    sources: 'Sources',
    map: 'Map',
  };

  for (const [part, title] of Object.entries(titles) as [PartName, string][]) {
    it(`renders the ${part} on its own, with its brief alongside for hydration`, async () => {
      const out = await renderPart(part, fullBrief);
      const tag = `security-brief-${part}`;
      expect(out).toMatch(new RegExp(`^<${tag}[^>]*><template shadowrootmode="open">`));
      expect(out).toMatch(new RegExp(`<h2[^>]*>(<!--[^>]*-->)*${title}`));
      expect(out.trimEnd()).toMatch(new RegExp(`<script type="application/json">[^<]*</script></${tag}>$`));
    });
  }

  it('honours heading level, language and theme', async () => {
    const out = await renderPart('timeline', fullBrief, { headingLevel: 4, lang: 'fr', theme: 'dark' });
    expect(out).toMatch(/^<security-brief-timeline[^>]*heading-level="4"/);
    expect(out).toMatch(/^<security-brief-timeline[^>]*lang="fr"/);
    expect(out).toMatch(/^<security-brief-timeline[^>]*theme="dark"/);
    expect(out).toMatch(/<h4[^>]*>(<!--[^>]*-->)*Chronologie/);
  });

  it('refuses a part it does not know', async () => {
    await expect(renderPart('nonsense' as PartName, fullBrief)).rejects.toThrow(/unknown part "nonsense"/);
  });
});

describe('renderBriefPage', () => {
  it('is a complete document in the brief language, readable without scripts', async () => {
    const page = await renderBriefPage(fullBrief, { title: 'A <brief>' });
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<title>A &lt;brief&gt;</title>');
    expect(page).not.toContain('type="module"');
    expect(page).toContain('@page { size: A4');
  });

  it('shows every part the brief has something for after the brief, in page order', async () => {
    const page = await renderBriefPage(fullBrief);
    const tags = [...page.matchAll(/<(security-brief(?:-[a-z]+)?)[\s>]/g)].map((m) => m[1]);
    expect(tags).toEqual([
      'security-brief',
      'security-brief-map',
      'security-brief-figures',
      'security-brief-threats',
      'security-brief-timeline',
    ]);
    // Each part carries its brief, so it hydrates by itself.
    expect(page.match(/<script type="application\/json">/g)).toHaveLength(5);
    expect(page).toContain('Attacks in Dushanbe and Vahdat');
  });

  it('shows only the parts asked for, and none that would be empty', async () => {
    const chosen = await renderBriefPage(fullBrief, { parts: ['timeline', 'figures'] });
    const tags = [...chosen.matchAll(/<(security-brief-[a-z]+)[\s>]/g)].map((m) => m[1]);
    expect(tags).toEqual(['security-brief-figures', 'security-brief-timeline']);
    expect(await renderBriefPage(fullBrief, { parts: [] })).not.toContain('<security-brief-');
    const minimal = await renderBriefPage(minimalBrief);
    expect([...minimal.matchAll(/<(security-brief-[a-z]+)[\s>]/g)].map((m) => m[1])).toEqual([
      'security-brief-map',
    ]);
    expect(minimal).not.toContain('No events in this brief.');
  });

  it('adds a hydrating module script and extra head markup when asked', async () => {
    const page = await renderBriefPage(minimalBrief, {
      scriptSrc: '/b.js?a=1&b="2"',
      head: '<link rel="icon" href="/i.png">',
    });
    expect(page).toContain('<script type="module" src="/b.js?a=1&amp;b=&quot;2&quot;"></script>');
    expect(page).toContain('<link rel="icon" href="/i.png">');
  });
});
