import type { Brief } from '@briefkit/schema';
import { inlineToPlainText } from './plain-text.js';

/** schema.org accepts ISO 8601 dates of day, month or year precision; an EDTF interval or qualifier is not one. */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export interface JsonLdOptions {
  /** Absolute or site-relative URL of the canonical JSON, offered as a data download. */
  jsonUrl?: string;
}

/**
 * A schema.org `Report` describing the brief. It states only what the brief states: no publisher, author or date
 * is added when the brief does not give one.
 */
export function briefJsonLd(brief: Brief, options: JsonLdOptions = {}): Record<string, unknown> {
  const report: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Report',
    identifier: brief.id,
    name: brief.title,
    headline: brief.title,
    inLanguage: brief.language,
    about: { '@type': 'Country', name: brief.country.name, identifier: brief.country.code },
    abstract: inlineToPlainText(brief.lede),
  };
  if (brief.subtitle) report.alternativeHeadline = brief.subtitle;
  if (ISO_DATE.test(brief.published)) report.datePublished = brief.published;
  if (brief.asOf && ISO_DATE.test(brief.asOf)) report.temporalCoverage = `../${brief.asOf}`;
  if (brief.series) report.isPartOf = { '@type': 'CreativeWorkSeries', name: brief.series };
  if (brief.publisher) {
    report.publisher = withUrl({ '@type': 'Organization', name: brief.publisher.name }, brief.publisher.url);
  }
  if (brief.authors?.length) {
    report.author = brief.authors.map((person) => {
      const author = withUrl({ '@type': 'Person', name: person.name }, person.url);
      if (person.affiliation) author.affiliation = { '@type': 'Organization', name: person.affiliation };
      return author;
    });
  }
  if (brief.licence) report.license = brief.licence.url ?? brief.licence.name;
  if (brief.keywords?.length) report.keywords = brief.keywords.join(', ');
  if (options.jsonUrl) {
    report.encoding = {
      '@type': 'MediaObject',
      contentUrl: options.jsonUrl,
      encodingFormat: 'application/json',
    };
  }
  return report;
}

function withUrl(thing: Record<string, unknown>, url: string | undefined): Record<string, unknown> {
  if (url) thing.url = url;
  return thing;
}

/**
 * JSON for a `<script>` element: `<` is escaped so no content can close the script or open a comment, and the
 * line separators JavaScript once rejected are escaped too.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
