import { describe, expect, it } from 'vitest';
import { readHtml } from './from-html.js';

describe('reading HTML', () => {
  it('takes the title from the one <h1>, else from <title>, and the language from <html lang>', () => {
    expect(readHtml('<html lang="fr"><title>Tab</title><h1>Heading</h1><p>x</p>').blocks[0]).toMatchObject({
      type: 'heading',
      depth: 1,
      text: 'Heading',
    });
    const doc = readHtml(
      '<html lang="fr"><head><title>The title</title></head><body><p>Text.</p></body></html>',
    );
    expect(doc.title).toBe('The title');
    expect(doc.language).toBe('fr');
  });

  it('keeps words, marks and links, and collapses white space as a browser does', () => {
    const doc = readHtml(
      '<p>An <em>important</em>\n   point, <a href="https://example.org"> cited </a>&amp; more.</p>',
    );
    expect(doc.blocks).toEqual([
      {
        type: 'paragraph',
        line: 1,
        runs: [
          { type: 'text', text: 'An ' },
          { type: 'text', text: 'important', marks: ['emphasis'] },
          { type: 'text', text: ' point, ' },
          { type: 'link', text: 'cited', href: 'https://example.org' },
          { type: 'text', text: ' & more.' },
        ],
      },
    ]);
  });

  it('drops scripts, handlers and script links, and names the line of each', () => {
    const doc = readHtml(
      [
        '<p>One.</p>',
        '<script>alert(1)</script>',
        '<p onclick="x()">Two <a href=" JavaScript:alert(2)">words</a> and <a href="java\nscript:void(0)">more</a>.</p>',
        '<iframe src="https://example.org"></iframe>',
      ].join('\n'),
    );
    expect(doc.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'a <script> was left out: scripts are never imported'],
      [3, 'the onclick handler of a <p> was left out: scripts are never imported'],
      [3, 'a javascript: link was left out (its words are kept as text)'],
      [3, 'a javascript: link was left out (its words are kept as text)'],
      [5, 'an <iframe> was left out: embedded pages are not imported'],
    ]);
    const text = JSON.stringify(doc.blocks);
    expect(text).not.toContain('alert');
    expect(text).toContain('Two words and more.');
  });

  it('reads lists and quotes, with nested list items after the item they were in', () => {
    const doc = readHtml(
      '<ol><li>First<ul><li>inner</li></ul></li><li>Second</li></ol><blockquote><p>Said.</p></blockquote>',
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['list', 'quote']);
    const list = doc.blocks[0]!;
    expect(list.type === 'list' && list.items.map((i) => i.map((r) => r.text).join(''))).toEqual([
      'First',
      'inner',
      'Second',
    ]);
  });
});
