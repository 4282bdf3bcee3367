import { escapeHtml } from '@briefkit/elements/ssr';

/** The look of the pages briefkit adds around the briefs: the index, the series links, the changes page. */
export const SITE_STYLE = `
  html { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; background: light-dark(#ffffff, #14171b); color: light-dark(#1b1f24, #e6e8eb); }
  .site { max-inline-size: 48rem; margin-inline: auto; padding: 1.5rem 1.25rem 3rem; }
  a { color: light-dark(#0b5cad, #8cc4ff); }
  .site-header h1 { margin-block: 0 0.25rem; font-size: 1.75rem; }
  .muted { color: light-dark(#57606a, #a0a8b2); }
  #series-filter { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: end; margin-block: 1.25rem;
    padding: 0.75rem 1rem; border: 1px solid light-dark(#d0d7de, #3a4048); border-radius: 0.5rem; }
  #series-filter[hidden] { display: none; }
  #series-filter label { display: flex; flex-direction: column; font-size: 0.875rem; gap: 0.25rem; }
  #series-filter input, #series-filter select { font: inherit; padding: 0.25rem 0.5rem; min-inline-size: 12rem; }
  .countries { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; padding: 0; list-style: none; }
  .briefs { list-style: none; padding: 0; margin: 0; }
  .briefs > li { padding-block: 0.75rem; border-block-end: 1px solid light-dark(#eaeef2, #2a3038); }
  .briefs h3 { margin: 0; font-size: 1.125rem; }
  .briefs p { margin-block: 0.25rem 0; }
  .failed { margin-block-start: 2rem; padding: 0.75rem 1rem; border-inline-start: 4px solid #cf222e; }
  del { background: light-dark(#ffebe9, #4a1c1f); }
  ins { background: light-dark(#dafbe1, #163a22); text-decoration: none; }
  .changes li { margin-block: 0.375rem; }
`;

/** The series links above a brief's page (the page keeps its own look). */
export const NAV_STYLE = `
  .series-nav { max-inline-size: 48rem; margin-inline: auto; padding: 1rem 1.25rem 0; font-family: system-ui, sans-serif; }
  .series-nav p { margin-block: 0.25rem; }
  .series-nav a { color: light-dark(#0b5cad, #8cc4ff); }
`;

/**
 * A whole page of the series site around `body`: the document head every such page shares, plus `head` (links
 * and scripts of briefkit's own). `lang` and `title` are escaped here; `head` and `body` are markup already.
 */
export function sitePage(page: { lang: string; title: string; head?: string; body: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
<style>${SITE_STYLE}</style>
${page.head ? `${page.head}\n` : ''}</head>
<body>
<div class="site">
${page.body}
</div>
</body>
</html>
`;
}
