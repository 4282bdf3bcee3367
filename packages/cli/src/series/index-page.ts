import { escapeHtml } from '@briefkit/elements/ssr';
import { byPublishedDesc, type SeriesEntry } from './entry.js';
import { sitePage } from './site-style.js';

/** A brief that could not be built, as the index reports it. */
export interface FailedBrief {
  file: string;
  /** Why, in one line: the first error and how many there are. */
  reason: string;
}

export interface IndexPageOptions {
  title: string;
  /** The page's canonical address, when the site has a base URL. */
  canonical?: string;
  /** Whether feed.xml was written (it needs a base URL). */
  feed: boolean;
  /** Whether the search script and its index were written beside the page. */
  script: boolean;
  /** Briefs that have an older edition in the series: their id → the older one's id (for "what changed"). */
  changes: ReadonlyMap<string, string>;
  /** Briefs a newer edition in the series replaces: their id → the newer one's id. */
  replacedBy: ReadonlyMap<string, string>;
  failed: readonly FailedBrief[];
}

const KIND_WORDS: Record<string, string> = {
  country: 'country brief',
  thematic: 'thematic brief',
  'crisis-update': 'crisis update',
};

/** `TJ` → `tj`, for fragment ids that read well in an address. */
const anchor = (code: string) => `country-${code.toLowerCase()}`;

function item(entry: SeriesEntry, options: IndexPageOptions): string {
  const id = encodeURIComponent(entry.id);
  const kind =
    entry.kind === undefined
      ? ''
      : ` · <span class="kind">${escapeHtml(KIND_WORDS[entry.kind] ?? entry.kind)}</span>`;
  const asOf = entry.asOf === undefined ? '' : ` · information as of <time>${escapeHtml(entry.asOf)}</time>`;
  const changed = options.changes.has(entry.id) ? ` · <a href="${id}/changes.html">what changed</a>` : '';
  const newer = options.replacedBy.get(entry.id);
  const replaced =
    newer === undefined ? '' : ` · replaced by <a href="${encodeURIComponent(newer)}/">a newer edition</a>`;
  const subtitle = entry.subtitle === undefined ? '' : `<p>${escapeHtml(entry.subtitle)}</p>`;
  return `<li data-brief="${escapeHtml(entry.id)}" data-country="${escapeHtml(entry.country.code)}" lang="${escapeHtml(entry.language)}">
<h3><a href="${id}/">${escapeHtml(entry.title)}</a></h3>${subtitle}
<p class="muted">Published <time>${escapeHtml(entry.published)}</time>${kind}${asOf}${changed}${replaced}</p>
<p>${escapeHtml(entry.lede)}</p>
</li>`;
}

/**
 * The series' front page: every brief, grouped by country (by name) and newest first in each group, as plain
 * HTML that reads without JavaScript; the script adds a filter form (hidden until it runs).
 */
export function renderIndexPage(entries: readonly SeriesEntry[], options: IndexPageOptions): string {
  const groups = new Map<string, { name: string; entries: SeriesEntry[] }>();
  for (const entry of entries) {
    const group = groups.get(entry.country.code) ?? { name: entry.country.name, entries: [] };
    group.entries.push(entry);
    groups.set(entry.country.code, group);
  }
  const ordered = [...groups].sort(([, a], [, b]) => a.name.localeCompare(b.name, 'en'));
  const options_ = ordered
    .map(([code, g]) => `<option value="${escapeHtml(code)}">${escapeHtml(g.name)}</option>`)
    .join('');
  const countryLinks = ordered
    .map(([code, g]) => `<li><a href="#${anchor(code)}">${escapeHtml(g.name)}</a> (${g.entries.length})</li>`)
    .join('\n');
  const sections = ordered
    .map(
      ([code, g]) => `<section id="${anchor(code)}" data-country-group="${escapeHtml(code)}">
<h2>${escapeHtml(g.name)}</h2>
<ol class="briefs">
${[...g.entries]
  .sort(byPublishedDesc)
  .map((e) => item(e, options))
  .join('\n')}
</ol>
</section>`,
    )
    .join('\n');
  const failed =
    options.failed.length === 0
      ? ''
      : `\n<section class="failed" id="not-built">
<h2>Not built</h2>
<p>${options.failed.length === 1 ? 'This brief has' : 'These briefs have'} errors, so ${options.failed.length === 1 ? 'it is' : 'they are'} not in the site:</p>
<ul>
${options.failed.map((f) => `<li><code>${escapeHtml(f.file)}</code>: ${escapeHtml(f.reason)}</li>`).join('\n')}
</ul>
</section>`;
  const count = `${entries.length} ${entries.length === 1 ? 'brief' : 'briefs'}`;
  const head = [
    options.canonical === undefined ? '' : `<link rel="canonical" href="${escapeHtml(options.canonical)}">`,
    options.feed
      ? `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(options.title)}" href="feed.xml">`
      : '',
    options.script ? '<script type="module" src="assets/series-index.js"></script>' : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  return sitePage({
    lang: 'en',
    title: options.title,
    head,
    body: `<header class="site-header">
<h1>${escapeHtml(options.title)}</h1>
<p class="muted">${count} in ${groups.size} ${groups.size === 1 ? 'country' : 'countries'}${options.feed ? ' · <a href="feed.xml">Atom feed</a>' : ''}</p>
</header>
<main>
<form id="series-filter" role="search" hidden>
<label>Search the briefs <input type="search" name="q" autocomplete="off"></label>
<label>Country <select name="country"><option value="">All countries</option>${options_}</select></label>
<output id="series-count" aria-live="polite"></output>
</form>
<nav aria-label="Countries"><ul class="countries">
${countryLinks}
</ul></nav>
${sections}${failed}
</main>`,
  });
}
