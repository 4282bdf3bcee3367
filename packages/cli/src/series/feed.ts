import { edtfStart, type SeriesEntry } from './entry.js';
import { briefPath } from './site-urls.js';
import { escapeXml } from './xml.js';

const FEED_SIZE = 50;

export interface FeedOptions {
  title: string;
  base: URL;
  /** When the feed changed last: the newest entry's date unless there is none. */
  fallbackUpdated: string;
}

/**
 * The series as an Atom 1.0 feed (RFC 4287) of its newest briefs. Each entry's id is its page's canonical
 * address, which never changes while the brief keeps its id; `updated` is when the information is as of
 * (or, failing that, when it was published), at the start of the period its EDTF date names.
 */
export function renderFeed(newestFirst: readonly SeriesEntry[], options: FeedOptions): string {
  const entries = newestFirst.slice(0, FEED_SIZE);
  const updatedOf = (e: SeriesEntry) => edtfStart(e.asOf ?? e.published) ?? options.fallbackUpdated;
  const feedUpdated = entries.map(updatedOf).sort().at(-1) ?? options.fallbackUpdated;
  const home = options.base.href;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(home)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${feedUpdated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(new URL('feed.xml', home).href)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <author><name>${escapeXml(options.title)}</name></author>`,
    '  <generator uri="https://github.com/briefkit/briefkit">briefkit</generator>',
  ];
  for (const e of entries) {
    const url = new URL(briefPath(e.id), home).href;
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(e.subtitle === undefined ? e.title : `${e.title}: ${e.subtitle}`)}</title>`,
      `    <link rel="alternate" type="text/html" hreflang="${escapeXml(e.language)}" href="${escapeXml(url)}"/>`,
      `    <link rel="alternate" type="application/json" href="${escapeXml(new URL('brief.json', url).href)}"/>`,
      `    <published>${edtfStart(e.published) ?? options.fallbackUpdated}</published>`,
      `    <updated>${updatedOf(e)}</updated>`,
      ...e.authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
      `    <category term="${escapeXml(e.country.code)}" label="${escapeXml(e.country.name)}"/>`,
      ...(e.kind === undefined ? [] : [`    <category term="${escapeXml(e.kind)}"/>`]),
      `    <summary>${escapeXml(e.lede)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
