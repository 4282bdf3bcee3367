import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../test-helpers.js';
import { THREE, writeSeries } from './test-series.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'author', 'category', 'url'].includes(name),
});

async function built(dir: string, baseUrl: string) {
  await writeSeries(dir, THREE);
  const result = await runCli(
    ['build', '.', '--out', 'site', '--base-url', baseUrl, '--title', 'At a glance & more'],
    {
      cwd: dir,
    },
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const read = (name: string) => readFile(join(dir, 'site', name), 'utf8');
  return {
    feed: await read('feed.xml'),
    sitemap: await read('sitemap.xml'),
    index: await read('index.html'),
  };
}

describe('feed.xml and sitemap.xml', () => {
  it('writes a well-formed Atom 1.0 feed with stable ids, RFC 3339 dates and links to the pages', () =>
    withTempDir(async (dir) => {
      const { feed } = await built(dir, 'https://example.org/briefs');
      expect(XMLValidator.validate(feed)).toBe(true);
      const doc = parser.parse(feed).feed;
      expect(doc['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(doc.id).toBe('https://example.org/briefs/');
      expect(doc.title).toBe('At a glance & more');
      expect(doc.updated).toMatch(RFC3339);
      expect(doc.link).toContainEqual(
        expect.objectContaining({ '@rel': 'self', '@href': 'https://example.org/briefs/feed.xml' }),
      );
      expect(doc.author[0].name).toBe('At a glance & more');

      const entries = doc.entry as Record<string, unknown>[];
      expect(entries.map((e) => e.id)).toEqual([
        'https://example.org/briefs/kg-2017/',
        'https://example.org/briefs/tj-2016-06/',
        'https://example.org/briefs/tj-2016-02/',
      ]);
      for (const entry of entries) {
        expect(entry.updated).toMatch(RFC3339);
        expect(entry.published).toMatch(RFC3339);
        const links = entry.link as Record<string, string>[];
        expect(links.find((l) => l['@rel'] === 'alternate' && l['@type'] === 'text/html')?.['@href']).toBe(
          entry.id,
        );
      }
      // The newest entry's date is the feed's; a month-precision date starts on the 1st of the month.
      expect(doc.updated).toBe('2017-03-01T00:00:00Z');
      expect(entries[0]!.summary).toBe('Kyrgyzstan: A fragile balance: what a reader should know first.');
      expect((entries[0]!.category as Record<string, string>[])[0]).toEqual({
        '@term': 'KG',
        '@label': 'Kyrgyzstan',
      });
    }));

  it('writes a sitemap of the index and every brief page, and canonical links on the pages', () =>
    withTempDir(async (dir) => {
      const { sitemap, index } = await built(dir, 'https://example.org/');
      expect(XMLValidator.validate(sitemap)).toBe(true);
      const urls = parser.parse(sitemap).urlset.url as { loc: string; lastmod?: string }[];
      expect(urls.map((u) => u.loc).sort()).toEqual(
        ['', 'kg-2017/', 'tj-2016-02/', 'tj-2016-06/'].map((p) => `https://example.org/${p}`),
      );
      expect(urls.find((u) => u.loc.endsWith('tj-2016-06/'))?.lastmod).toBe('2016-06-01');
      expect(index).toContain('<link rel="canonical" href="https://example.org/">');
      expect(index).toContain(
        '<link rel="alternate" type="application/atom+xml" title="At a glance &amp; more" href="feed.xml">',
      );
      const page = await readFile(join(dir, 'site/kg-2017/index.html'), 'utf8');
      expect(page).toContain('<link rel="canonical" href="https://example.org/kg-2017/">');
    }));

  it('refuses a base URL that is not an absolute http(s) address', () =>
    withTempDir(async (dir) => {
      await writeSeries(dir, THREE);
      for (const bad of ['briefs/', 'javascript:alert(1)', 'https://example.org/?a=1']) {
        const { code, stderr } = await runCli(['build', '.', '--out', 'site', '--base-url', bad], {
          cwd: dir,
        });
        expect(code, bad).toBe(2);
        expect(stderr, bad).toMatch(/^error: --base-url must/);
      }
    }));
});
