import { describe, expect, it } from 'vitest';
import { readMarkdown, readPlainText } from './from-markdown.js';
import { compiled, importToText, inlineText } from './test-support.js';

const markdown = `# Freedonia: a made-up brief

The lede, with a [reference link][ref] and *emphasis*.

## Background

- One item
- Two [items](https://example.org/two)

> A quoted line.

<div>raw HTML</div>

A [bad link](javascript:alert(1)) in the text.

[ref]: https://example.org/ref
`;

describe('reading Markdown', () => {
  const doc = readMarkdown(markdown);

  it('keeps headings, lists, quotes, marks and links, inline or by reference', () => {
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'quote',
      'paragraph',
    ]);
    expect(doc.blocks[1]).toMatchObject({
      runs: [
        { type: 'text', text: 'The lede, with a ' },
        { type: 'link', text: 'reference link', href: 'https://example.org/ref' },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'emphasis', marks: ['emphasis'] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('leaves out raw HTML and javascript: links, saying where', () => {
    expect(doc.warnings.map((w) => [w.line, w.rule])).toEqual([
      [12, 'import-html-dropped'],
      [14, 'import-script-dropped'],
    ]);
    expect(JSON.stringify(doc.blocks)).not.toContain('javascript');
  });

  it('writes a brief that compiles, with the first # heading as its title', () => {
    const brief = compiled(importToText(doc));
    expect(brief.title).toBe('Freedonia: a made-up brief');
    expect(inlineText(brief.lede)).toBe('The lede, with a reference link and emphasis.');
    expect(brief.sections[0]!.content.map((b) => b.type)).toEqual(['list', 'quote', 'paragraph']);
    expect(brief.sources?.map((s) => s.url)).toEqual(['https://example.org/ref', 'https://example.org/two']);
  });
});

describe('reading plain text', () => {
  it('takes # - > and indented lines for text, not Markdown constructs', () => {
    const doc = readPlainText('# not a heading\n\n- not a list\n\n    not code\n\n<b>not html</b>');
    expect(
      doc.blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.type)),
    ).toEqual(['# not a heading', '- not a list', 'not code', '<b>not html</b>']);
  });
});
