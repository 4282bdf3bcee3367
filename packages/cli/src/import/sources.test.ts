import { describe, expect, it } from 'vitest';
import { IdPool } from './slug.js';
import { SourceTable } from './sources.js';

const link = (text: string, href: string) => ({ type: 'link' as const, text, href });

describe('sources from links', () => {
  it('keeps a web address as the url, and shares one source between links to the same address', () => {
    const table = new SourceTable(new IdPool());
    const a = table.cite(link('the report', 'https://example.org/r'));
    const b = table.cite(link('said so', 'https://example.org/r'));
    expect(a).toBe(b);
    expect(table.sources).toEqual([
      { id: 'src-the-report', citedAs: 'the report', url: 'https://example.org/r' },
    ]);
    expect(table.citations).toBe(2);
  });

  it('marks a lost target as unknown, and never merges two lost links', () => {
    const table = new SourceTable(new IdPool());
    const a = table.cite(link('statement', '#'));
    const b = table.cite(link('statement', '#'));
    const c = table.cite(link('announced', ''));
    expect(new Set([a, b, c]).size).toBe(3);
    expect(table.sources).toEqual([
      { id: 'src-statement', citedAs: 'statement', linkUnknown: true },
      { id: 'src-statement-2', citedAs: 'statement', linkUnknown: true },
      { id: 'src-announced', citedAs: 'announced', linkUnknown: true },
    ]);
  });

  it('does not take a page-relative target for a web address, but says what it was', () => {
    const table = new SourceTable(new IdPool());
    table.cite(link('annex', '../annex.html'));
    expect(table.sources).toEqual([
      {
        id: 'src-annex',
        citedAs: 'annex',
        linkUnknown: true,
        note: 'The original link pointed to "../annex.html", which is not a web address.',
      },
    ]);
  });
});
