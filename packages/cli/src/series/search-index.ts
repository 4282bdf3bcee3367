import MiniSearch, { type Options } from 'minisearch';
import type { SeriesEntry } from './entry.js';

/** One searchable document per brief: its title, and every other word of it in one field. */
export interface SearchDocument {
  id: string;
  title: string;
  text: string;
}

/**
 * How the index is built and how the page searches it. The page loads the serialized index with these same
 * options (MiniSearch needs them to read it), so they are plain data, written into the page's script.
 */
// Two fields, not one per part of the brief: the index keeps a map per field for every word, and a series of
// thousands must fit in memory while it is built (and in the page that loads it).
export const SEARCH_OPTIONS = {
  fields: ['title', 'text'],
  storeFields: [],
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 3 } },
} satisfies Options<SearchDocument>;

/** Adds briefs one at a time, so their text is indexed and dropped, never all held at once. */
export class SearchIndexBuilder {
  private readonly index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);

  add(entry: SeriesEntry, text: string): void {
    this.index.add({
      id: entry.id,
      title: entry.subtitle === undefined ? entry.title : `${entry.title} ${entry.subtitle}`,
      text: [entry.lede, entry.keywords.join(' '), entry.country.name, text].join('\n'),
    });
  }

  /** The prebuilt index the page fetches (`MiniSearch.loadJSON`). */
  serialize(): string {
    return JSON.stringify(this.index);
  }
}
