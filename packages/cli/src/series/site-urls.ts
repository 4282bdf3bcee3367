import { CliError } from '../errors.js';

/**
 * The site's base URL as given by `--base-url`, ending in `/` so page paths resolve under it. Only http(s):
 * a feed reader or a search engine must be able to fetch what the feed and the sitemap point to.
 */
export function parseBaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(
      `--base-url must be an absolute address like https://example.org/briefs/ (got "${value}")`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`--base-url must be an http: or https: address (got "${value}")`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new CliError(`--base-url must not have a query or a fragment (got "${value}")`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The canonical address of a page of the site, e.g. `briefPath('tj-2016')` → `tj-2016/`. */
export function pageUrl(base: URL | undefined, path: string): string | undefined {
  return base === undefined ? undefined : new URL(path, base).href;
}

export const briefPath = (id: string) => `${encodeURIComponent(id)}/`;
