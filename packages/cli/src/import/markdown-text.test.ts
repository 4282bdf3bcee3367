import type { ParagraphBlock } from '@briefkit/schema';
import { describe, expect, it } from 'vitest';
import type { ImportedDocument, Run } from './document.js';
import { compiled, importToText, inlineText } from './test-support.js';

function docWith(runs: Run[]): ImportedDocument {
  return {
    title: 'A made-up brief',
    blocks: [
      { type: 'paragraph', runs: [{ type: 'text', text: 'The lede.' }], line: 1 },
      { type: 'heading', depth: 2, text: 'Section # with {#braces}', line: 2 },
      { type: 'paragraph', runs, line: 3 },
    ],
    headingsMarked: true,
    warnings: [],
  };
}

/** The paragraph as the validator reads it back. */
function roundTrip(runs: Run[]) {
  const brief = compiled(importToText(docWith(runs)));
  return { brief, spans: (brief.sections[0]!.content[0] as ParagraphBlock).content };
}

const tricky = [
  '*not emphasis* and _not either_ and **not strong**',
  '[not a link](https://example.org) or ![no image](x.png) or [brackets]',
  '<b>not HTML</b> &amp; not an entity &#169; <https://not.an.autolink>',
  '# not a heading',
  '> not a quote',
  '- not a list',
  '+ not a list either',
  '1. not an ordered list',
  '2) nor this',
  '`not code` and a \\ backslash and a trailing one \\',
  'ends like a heading id {#not-an-id}',
  '~~~ not a fence',
  '=== not an underline',
];

describe('text written as Markdown', () => {
  it.each(tricky)('reads back exactly as written: %s', (text) => {
    expect(inlineText(roundTrip([{ type: 'text', text }]).spans)).toBe(text);
  });

  it('keeps a heading with # and {# in it', () => {
    expect(roundTrip([{ type: 'text', text: 'x' }]).brief.sections[0]!.title).toBe(
      'Section # with {#braces}',
    );
  });

  it('writes marks that read back as marks', () => {
    const { spans } = roundTrip([
      { type: 'text', text: 'plain ' },
      { type: 'text', text: 'stressed', marks: ['emphasis'] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'bold *star*', marks: ['strong'] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'a `tick`', marks: ['code'] },
    ]);
    expect(spans).toEqual([
      { type: 'text', text: 'plain ' },
      { type: 'text', text: 'stressed', marks: ['emphasis'] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'bold *star*', marks: ['strong'] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'a `tick`', marks: ['code'] },
    ]);
  });

  it('leaves a mark off rather than write a * that CommonMark would show', () => {
    // An opening * before punctuation and after a letter cannot open emphasis.
    const { spans } = roundTrip([
      { type: 'text', text: 'word' },
      { type: 'text', text: '"quoted"', marks: ['emphasis'] },
      { type: 'text', text: 'word' },
    ]);
    expect(inlineText(spans)).toBe('word"quoted"word');
  });

  it('writes link words with brackets in them as one citation', () => {
    const { spans } = roundTrip([{ type: 'link', text: 'the [2015] report', href: '#' }]);
    expect(spans).toEqual([{ type: 'citation', source: expect.any(String), text: 'the [2015] report' }]);
  });
});
