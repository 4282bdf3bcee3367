import { type Brief, ENTITY_COLLECTIONS, type Section } from '@briefkit/schema';
import { blockTexts, inlineText } from '../diff/plain-text.js';

/** What the index, the feed and the search need to know of one brief: small, so a series of thousands fits. */
export interface SeriesEntry {
  id: string;
  title: string;
  subtitle?: string;
  country: { code: string; name: string };
  kind?: string;
  published: string;
  asOf?: string;
  language: string;
  /** The lede as plain text. */
  lede: string;
  supersedes?: string;
  keywords: string[];
  /** Authors' names, or the publisher's when no author is named. */
  authors: string[];
  /** The source file it was built from, as the user reads its path. */
  file: string;
}

export function entryOf(brief: Brief, file: string): SeriesEntry {
  const authors = brief.authors?.map((a) => a.name) ?? (brief.publisher ? [brief.publisher.name] : []);
  return {
    id: brief.id,
    title: brief.title,
    ...(brief.subtitle === undefined ? {} : { subtitle: brief.subtitle }),
    country: { code: brief.country.code, name: brief.country.name },
    ...(brief.kind === undefined ? {} : { kind: brief.kind }),
    published: brief.published,
    ...(brief.asOf === undefined ? {} : { asOf: brief.asOf }),
    language: brief.language,
    lede: inlineText(brief.lede),
    ...(brief.supersedes === undefined ? {} : { supersedes: brief.supersedes }),
    keywords: brief.keywords ?? [],
    authors,
    file,
  };
}

function sectionText(section: Section, out: string[]): void {
  out.push(section.title);
  for (const block of section.content) out.push(...blockTexts(block));
  for (const sub of section.sections ?? []) sectionText(sub, out);
}

/** The words of an entity a reader sees in the brief's timeline, actors, threats… lists. */
const ENTITY_WORDS = ['name', 'title', 'label', 'role', 'description', 'statement', 'citedAs'] as const;

/** Every word a reader of the brief meets, in its prose and in its lists of entities, for the search index. */
export function briefText(brief: Brief): string {
  const out: string[] = [];
  for (const section of brief.sections) sectionText(section, out);
  for (const collection of ENTITY_COLLECTIONS) {
    for (const entity of (brief[collection] ?? []) as unknown as Record<string, unknown>[]) {
      for (const key of ENTITY_WORDS) {
        const value = entity[key];
        if (typeof value === 'string') out.push(value);
      }
      if (Array.isArray(entity.aliases)) out.push(...entity.aliases.filter((a) => typeof a === 'string'));
    }
  }
  return out.join('\n');
}

/**
 * The start of an EDTF date as an Atom/sitemap timestamp: `2016` → `2016-01-01T00:00:00Z`. Approximate or
 * uncertain marks are dropped; a range starts where it starts. Undefined when no year can be read.
 */
export function edtfStart(date: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.replace(/^[~?%]/, ''));
  if (match === null) return undefined;
  const month = match[2] !== undefined && Number(match[2]) <= 12 ? match[2] : '01';
  const day = match[3] ?? '01';
  return `${match[1]}-${month}-${day}T00:00:00Z`;
}

/** Newest first; ids break ties so the order never depends on the file system. */
export function byPublishedDesc(a: SeriesEntry, b: SeriesEntry): number {
  const da = edtfStart(a.published) ?? '';
  const db = edtfStart(b.published) ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
