import MiniSearch, { type Options } from 'minisearch';
import type { SeriesEntry } from './entry.js';

/** One searchable document per brief. */
export interface SearchDocument {
  id: string;
  title: string;
  lede: string;
  text: string;
  keywords: string;
  country: string;
}

/**
 * How the index is built and how the page searches it. The page loads the serialized index with these same
 * options (MiniSearch needs them to read it), so they are plain data, written into the page's script.
 */
export const SEARCH_OPTIONS = {
  fields: ['title', 'lede', 'text', 'keywords', 'country'],
  storeFields: [],
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 3, lede: 2, keywords: 2 } },
} satisfies Options<SearchDocument>;

/** Adds briefs one at a time, so their text is indexed and dropped, never all held at once. */
export class SearchIndexBuilder {
  private readonly index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);

  add(entry: SeriesEntry, text: string): void {
    this.index.add({
      id: entry.id,
      title: entry.subtitle === undefined ? entry.title : `${entry.title} ${entry.subtitle}`,
      lede: entry.lede,
      text,
      keywords: entry.keywords.join(' '),
      country: entry.country.name,
    });
  }

  /** The prebuilt index the page fetches (`MiniSearch.loadJSON`). */
  serialize(): string {
    return JSON.stringify(this.index);
  }
}
