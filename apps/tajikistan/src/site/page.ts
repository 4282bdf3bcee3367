import type { Brief } from '@briefkit/schema';
import { html as serverHtml } from '@lit-labs/ssr';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { embedSnippet, siteUrl } from './embed.js';
import { briefJsonLd, scriptSafeJson } from './json-ld.js';
import { inlineToPlainText, truncateAtWord } from './plain-text.js';

/**
 * The parts shown after the brief, in reading (and print) order. `<security-brief>` itself carries the
 * actors and the numbered sources, with links between citations and entries; the separate sources list is
 * for print only, where it closes the document after the facts.
 */
export const PAGE_PARTS = [
  { id: 'map', tag: 'security-brief-map', title: 'Map' },
  { id: 'figures', tag: 'security-brief-figures', title: 'Key figures' },
  { id: 'threats', tag: 'security-brief-threats', title: 'Threats' },
  { id: 'timeline', tag: 'security-brief-timeline', title: 'Timeline' },
  { id: 'sources', tag: 'security-brief-sources', title: 'Sources', printOnly: true },
] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

export interface PageOptions {
  brief: Brief;
  /** Site-relative URLs of the built assets. */
  assets: { stylesheet: string; script: string; icon: string };
  /** Site-relative URL of the canonical JSON. */
  briefJson: string;
  /**
   * The embed snippet: paths of the element bundle and the JSON relative to the site, and the site's public
   * address they are shown under (the page's script rewrites them to the address it is served from).
   */
  embed: { siteUrl: string; bundlePath: string; briefPath: string };
  /** The parts, keyed by tag: templates to server-render, or plain HTML standing in for them in tests. */
  rendered: Record<PagePart['tag'], TemplateResult | string>;
  /** When the page is one brief of a series site: where the series' index is, and a newer edition if any. */
  series?: SeriesLinks;
}

export interface SeriesLinks {
  /** The index page of the series, relative to this page (e.g. `../`). */
  indexHref: string;
  newer?: { href: string; title: string; published: string };
}

/**
 * Where the server-rendered `<security-brief>` goes in the page's HTML. It is spliced in after rendering:
 * handed to Lit's SSR as HTML, its custom element would be rendered a second time.
 */
export const BRIEF_PLACEHOLDER = '<!--briefkit:security-brief-->';

const SITE_NAME = 'briefkit';

function asContent(part: TemplateResult | string): unknown {
  return typeof part === 'string' ? unsafeHTML(part) : part;
}

/** The template of a part bound to the brief, for server rendering (tags are literal: Lit needs them static). */
export function elementTemplate(tag: PagePart['tag'], brief: Brief, headingLevel: number): TemplateResult {
  switch (tag) {
    case 'security-brief-timeline':
      return html`<security-brief-timeline .brief=${brief} heading-level=${headingLevel}></security-brief-timeline>`;
    case 'security-brief-threats':
      return html`<security-brief-threats .brief=${brief} heading-level=${headingLevel}></security-brief-threats>`;
    case 'security-brief-map':
      return html`<security-brief-map .brief=${brief} heading-level=${headingLevel}></security-brief-map>`;
    case 'security-brief-figures':
      return html`<security-brief-figures .brief=${brief} heading-level=${headingLevel}></security-brief-figures>`;
    case 'security-brief-sources':
      return html`<security-brief-sources .brief=${brief} heading-level=${headingLevel}></security-brief-sources>`;
  }
}

/** The whole document, as a server-only template: only the custom elements inside it hydrate. */
export function pageTemplate(options: PageOptions) {
  const { brief, assets, embed } = options;
  const lede = inlineToPlainText(brief.lede);
  const description = truncateAtWord(lede, 300);
  const jsonLd = scriptSafeJson(briefJsonLd(brief, { jsonUrl: options.briefJson }), 2);
  const snippet = embedSnippet({
    bundleUrl: siteUrl(embed.siteUrl, embed.bundlePath),
    briefUrl: siteUrl(embed.siteUrl, embed.briefPath),
    title: brief.title,
  });
  const pageTitle = `${brief.title} | ${brief.country.name} security brief | ${SITE_NAME}`;

  return serverHtml`<!doctype html>
<html lang=${brief.language} dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
<meta name="description" content=${description}>
<meta name="color-scheme" content="light">
<meta property="og:type" content="article">
<meta property="og:title" content=${brief.title}>
<meta property="og:description" content=${description}>
<link rel="icon" href=${assets.icon} type="image/svg+xml">
<link rel="stylesheet" href=${assets.stylesheet}>
<link rel="alternate" type="application/json" href=${options.briefJson} title="This brief as JSON">
<script type="application/ld+json">${unsafeHTML(jsonLd)}</script>
<script type="module" src=${assets.script}></script>
</head>
<body>
<a class="skip-link" href="#brief">Skip to the brief</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-brand" href=${options.series?.indexHref ?? './'}><span class="site-brand__mark" aria-hidden="true"></span>${SITE_NAME}<span class="site-brand__tag">Country security briefs</span></a>
    <nav class="site-nav" aria-label="On this page">
      <ul>
        <li><a href="#brief">Brief</a></li>
        ${PAGE_PARTS.filter((part) => !('printOnly' in part)).map(
          (part) => serverHtml`<li><a href=${`#${part.id}`}>${part.title}</a></li>`,
        )}
        <li><a href="#reuse">Download &amp; embed</a></li>
        ${options.series ? serverHtml`<li><a href=${options.series.indexHref}>All briefs</a></li>` : ''}
      </ul>
    </nav>
  </div>
  ${
    options.series?.newer
      ? serverHtml`<p class="series-note" role="note">A newer edition replaces this one: <a href=${options.series.newer.href}>${options.series.newer.title}</a> (published ${options.series.newer.published}).</p>`
      : ''
  }
</header>
<main class="site-main">
  <article class="brief-article" id="brief" aria-label=${brief.title}>
    ${unsafeHTML(BRIEF_PLACEHOLDER)}
  </article>
  <aside class="brief-facts" aria-label="The brief in facts">
    ${PAGE_PARTS.map(
      (
        part,
      ) => serverHtml`<div class=${`brief-part brief-part--${part.id}${'printOnly' in part ? ' print-only' : ''}`} id=${part.id}>
      ${asContent(options.rendered[part.tag])}
    </div>`,
    )}
  </aside>
  <section class="reuse" id="reuse" aria-labelledby="reuse-title">
    <h2 id="reuse-title">Reuse this brief</h2>
    <div class="reuse__grid">
      <div class="reuse__item">
        <h3>Download</h3>
        <p>The brief with all its facts and sources, in the briefkit format (version ${brief.formatVersion}).</p>
        <p><a class="button" href=${options.briefJson} download=${`${brief.id}.json`} type="application/json">Download this brief as JSON</a></p>
      </div>
      <div class="reuse__item" id="embed">
        <h3 id="embed-title">Embed this brief</h3>
        <p>Paste these three lines into any web page to show the brief there.</p>
        <div class="snippet">
          <pre class="snippet__code" tabindex="0" role="region" aria-labelledby="embed-title"><code id="embed-snippet" data-bundle=${embed.bundlePath} data-brief=${embed.briefPath} data-title=${brief.title}>${snippet}</code></pre>
          <button class="button button--secondary snippet__copy" type="button" data-copy="embed-snippet" hidden>Copy code</button>
          <p class="snippet__status" role="status" aria-live="polite"></p>
        </div>
      </div>
    </div>
  </section>
</main>
<footer class="site-footer">
  <p>Published with ${SITE_NAME}: the brief is written in Markdown, checked by the validator and shown by the <code>&lt;security-brief&gt;</code> element. The original links of the source text are not known; the sources list says so.</p>
</footer>
</body>
</html>
`;
}
