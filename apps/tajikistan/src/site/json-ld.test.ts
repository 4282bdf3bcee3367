import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { briefJsonLd, scriptSafeJson } from './json-ld.js';

describe('briefJsonLd', () => {
  it('describes a brief as a schema.org Report about its country', () => {
    const data = briefJsonLd(fullBrief, { jsonUrl: 'brief.json' });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: fullBrief.title,
      inLanguage: fullBrief.language,
      about: { '@type': 'Country', name: fullBrief.country.name, identifier: fullBrief.country.code },
      datePublished: fullBrief.published,
      publisher: { '@type': 'Organization', name: fullBrief.publisher?.name },
      encoding: { contentUrl: 'brief.json', encodingFormat: 'application/json' },
    });
    expect(String(data.abstract)).toContain('Tajikistan is facing');
  });

  it('invents no publisher, author, licence or date the brief does not give', () => {
    const data = briefJsonLd(minimalBrief);
    for (const key of ['publisher', 'author', 'license', 'keywords', 'isPartOf', 'temporalCoverage']) {
      expect(data, key).not.toHaveProperty(key);
    }
  });

  it('keeps the published date as written, at its precision, and leaves out what is not a plain date', () => {
    expect(briefJsonLd({ ...minimalBrief, published: '2016-02' }).datePublished).toBe('2016-02');
    expect(briefJsonLd({ ...minimalBrief, published: '2016' }).datePublished).toBe('2016');
    expect(briefJsonLd({ ...minimalBrief, published: '2016-02~' })).not.toHaveProperty('datePublished');
    expect(briefJsonLd({ ...minimalBrief, published: '2015/2016' })).not.toHaveProperty('datePublished');
  });
});

describe('scriptSafeJson', () => {
  it('cannot close the script element or open a comment, and still parses to the same value', () => {
    const brief: Brief = { ...minimalBrief, title: '</script><script>alert(1)</script><!-- & \u2028' };
    const json = scriptSafeJson(briefJsonLd(brief));
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json).name).toBe(brief.title);
  });
});
