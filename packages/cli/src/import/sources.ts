import type { Run } from './document.js';
import { type IdPool, slugWords } from './slug.js';

/** A source as the front matter declares it. */
export interface ImportedSource {
  id: string;
  citedAs?: string;
  url?: string;
  linkUnknown?: true;
  note?: string;
}

const WEB = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/**
 * One source per link, with honest targets: a web address is kept as `url`; `#`, an empty target or one that
 * is not a web address (a page-relative path, an in-page anchor) becomes `linkUnknown`. Links to the same web
 * address share one source. Links whose target was lost never share: two links that both say "statement" may
 * be two statements, and nothing in the source says they are one.
 */
export class SourceTable {
  readonly sources: ImportedSource[] = [];
  citations = 0;
  private readonly byUrl = new Map<string, ImportedSource>();
  /** Lost links repeat their words ("announced", "said"): the id's base is worked out once per wording. */
  private readonly baseOf = new Map<string, string>();

  constructor(private readonly ids: IdPool) {}

  /** The id of the source a link cites, declaring the source on first use. */
  cite(run: Extract<Run, { type: 'link' }>): string {
    this.citations++;
    const href = run.href.trim();
    const web = WEB.test(href);
    const known = web ? this.byUrl.get(href) : undefined;
    if (known) return known.id;
    const words = run.text.trim();
    let base = web ? undefined : this.baseOf.get(words);
    if (base === undefined) {
      base =
        slugWords(words, 40) ||
        (web ? slugWords(href.replace(/^[a-z]+:(?:\/\/)?(?:www\.)?/i, ''), 40) : '') ||
        'link';
      if (!web) this.baseOf.set(words, base);
    }
    const source: ImportedSource = { id: this.ids.take(`src-${base}`) };
    if (words !== '') source.citedAs = words;
    if (web) {
      source.url = href;
      this.byUrl.set(href, source);
    } else {
      source.linkUnknown = true;
      if (href !== '' && href !== '#')
        source.note = `The original link pointed to "${href}", which is not a web address.`;
    }
    this.sources.push(source);
    return source.id;
  }
}
