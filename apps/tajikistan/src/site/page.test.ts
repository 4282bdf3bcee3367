import type { Brief } from '@briefkit/schema';
import { fullBrief } from '@briefkit/schema/fixtures';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { describe, expect, it } from 'vitest';
import { BRIEF_PLACEHOLDER, PAGE_PARTS, type PageOptions, pageTemplate } from './page.js';

// The page shell on its own: the elements are stood in for by marked strings, so these tests are about the
// document around them.
function options(brief: Brief): PageOptions {
  const rendered = {} as PageOptions['rendered'];
  for (const part of PAGE_PARTS) rendered[part.tag] = `<${part.tag} data-stand-in></${part.tag}>`;
  return {
    brief,
    assets: { stylesheet: 'assets/site.css', script: 'assets/main.js', icon: 'favicon.svg' },
    briefJson: 'brief.json',
    embed: {
      siteUrl: 'https://briefs.example.org/tj/',
      bundlePath: 'embed/bundle.js',
      briefPath: 'brief.json',
    },
    rendered,
  };
}

const renderPage = (brief: Brief) => collectResult(render(pageTemplate(options(brief))));

describe('the page shell', () => {
  it('is a complete English document with title, description, JSON-LD, stylesheet and module script', async () => {
    const page = await renderPage(fullBrief);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toMatch(
      /<title>Tajikistan: New challenges to security \| Tajikistan security brief \| briefkit<\/title>/,
    );
    expect(page).toMatch(/<meta name="description" content="Tajikistan is facing[^"]+">/);
    expect(page).toContain('<script type="application/ld+json">');
    expect(page).toContain('<link rel="stylesheet" href="assets/site.css">');
    expect(page).toContain('<script type="module" src="assets/main.js"></script>');
  });

  it('places the brief, then every part in order, then the download link and the embed box', async () => {
    const page = await renderPage(fullBrief);
    const positions = [
      BRIEF_PLACEHOLDER,
      ...PAGE_PARTS.map((p) => `<${p.tag} data-stand-in`),
      'Download this brief as JSON',
      'Embed this brief',
    ].map((s) => page.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows the embed snippet as escaped text with the configured addresses', async () => {
    const page = await renderPage(fullBrief);
    expect(page).toContain(
      '&lt;script type=&quot;module&quot; src=&quot;https://briefs.example.org/tj/embed/bundle.js&quot;&gt;&lt;/script&gt;',
    );
    expect(page).toContain('&lt;security-brief src=&quot;https://briefs.example.org/tj/brief.json&quot;&gt;');
    // The copy button ships hidden: without a script there is no button that does nothing.
    expect(page).toMatch(/<button[^>]*data-copy="embed-snippet"[^>]*hidden/);
  });

  it('treats the brief’s words as text everywhere: in the title, the meta tags and the embedded data', async () => {
    const hostile = '</title><script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const page = await renderPage({ ...fullBrief, title: hostile });
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).not.toContain('<img src=x');
    const ld = page.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1];
    expect(JSON.parse(ld ?? '').name).toBe(hostile);
  });

  it('in a series, leads to the index and names the newer edition as text', async () => {
    const page = await collectResult(
      render(
        pageTemplate({
          ...options(fullBrief),
          series: {
            indexHref: '../',
            newer: { href: '../tj-2016-06/', title: '<b>Second</b> edition', published: '2016-06' },
          },
        }),
      ),
    );
    expect(page).toMatch(/<a class="site-brand" href="\.\.\/">/);
    expect(page).toMatch(/<li><a href="\.\.\/">All briefs<\/a><\/li>/);
    expect(page).toContain(
      'A newer edition replaces this one: <a href="../tj-2016-06/">&lt;b&gt;Second&lt;/b&gt; edition</a>',
    );
    expect(await renderPage(fullBrief)).not.toContain('All briefs');
  });
});
