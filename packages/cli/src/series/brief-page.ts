import { escapeHtml } from '@briefkit/elements/ssr';
import type { Brief } from '@briefkit/schema';
import { renderPage } from '../render.js';
import type { SeriesEntry } from './entry.js';
import { NAV_STYLE } from './site-style.js';
import { briefPath } from './site-urls.js';

export interface BriefPageLinks {
  /** The editions this one replaces, newest first (its `supersedes`, then that one's, …). */
  older: readonly SeriesEntry[];
  /** The editions that replace this one, oldest first. */
  newer: readonly SeriesEntry[];
  canonical?: string;
  scriptSrc?: string;
}

const link = (e: SeriesEntry) =>
  `<a href="../${briefPath(e.id)}">${escapeHtml(e.title)}</a> (published <time>${escapeHtml(e.published)}</time>)`;

/** The brief's page in a series: the brief as `build` renders it, with links to the index and its editions. */
export async function renderSeriesBriefPage(brief: Brief, links: BriefPageLinks): Promise<string> {
  const lines = ['<a href="../">All briefs</a>'];
  const [previous, ...earlier] = links.older;
  if (previous !== undefined) {
    lines.push(
      `<p>This edition replaces ${link(previous)}: <a href="changes.html">see what changed</a>.</p>`,
    );
  }
  if (earlier.length > 0) lines.push(`<p>Earlier editions: ${earlier.map(link).join(', ')}.</p>`);
  const newest = links.newer.at(-1);
  if (newest !== undefined) lines.push(`<p>A newer edition replaces this one: ${link(newest)}.</p>`);
  const nav = `<nav class="series-nav" aria-label="Series" lang="en">\n${lines.join('\n')}\n</nav>`;
  const head = [
    // No favicon of its own: an empty one spares every page a request that can only fail.
    '<link rel="icon" href="data:,">',
    `<style>${NAV_STYLE}</style>`,
    links.canonical === undefined ? '' : `<link rel="canonical" href="${escapeHtml(links.canonical)}">`,
  ]
    .filter((line) => line !== '')
    .join('\n');
  const page = await renderPage(brief, {
    ...(links.scriptSrc === undefined ? {} : { scriptSrc: links.scriptSrc }),
    head,
  });
  // The shell's own <body>: the brief's text comes later, and escaped, so this is the first one.
  const at = page.indexOf('<body>\n');
  return at < 0 ? page : `${page.slice(0, at + 7)}${nav}\n${page.slice(at + 7)}`;
}
