import { edtfStart, type SeriesEntry } from './entry.js';
import { briefPath } from './site-urls.js';
import { escapeXml } from './xml.js';

/** The sitemap (sitemaps.org 0.9): the index and every brief's page, with when its information is as of. */
export function renderSitemap(entries: readonly SeriesEntry[], base: URL): string {
  const url = (loc: string, lastmod?: string) =>
    `  <url><loc>${escapeXml(loc)}</loc>${lastmod === undefined ? '' : `<lastmod>${lastmod.slice(0, 10)}</lastmod>`}</url>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url(base.href),
    ...entries.map((e) => url(new URL(briefPath(e.id), base).href, edtfStart(e.asOf ?? e.published))),
    '</urlset>',
    '',
  ].join('\n');
}
