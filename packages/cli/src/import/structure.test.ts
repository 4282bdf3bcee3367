import type { ParagraphBlock } from '@briefkit/schema';
import { describe, expect, it } from 'vitest';
import { readPlainText } from './from-markdown.js';
import { isHeadingLike, outline } from './structure.js';
import { compiled, importToText, inlineText } from './test-support.js';

const text = [
  'Freedonia: a made-up brief',
  '',
  'The lede says what matters. It has two sentences.',
  '',
  'Background',
  '',
  'A paragraph of background that ends in the middle of a sentence because a page',
  '',
  '',
  'break cut it in two, and goes on here.',
  '',
  'Threats: inside and out',
  '',
  'Inside the borders',
  '',
  'Prose about inside threats.',
  '',
  'Is it getting worse?',
  '',
  'Prose that answers the question.',
  '',
  'Thanks',
].join('\n');

describe('the shape of plain text', () => {
  const shape = outline(readPlainText(text));

  it('takes the first line as the title and the first paragraph as the lede', () => {
    expect(shape.title).toBe('Freedonia: a made-up brief');
    expect(shape.lede?.map((r) => r.text).join('')).toBe('The lede says what matters. It has two sentences.');
  });

  it('makes a short line followed by prose a heading, one level deeper when it follows another heading', () => {
    expect(shape.sections.map((s) => [s.depth, s.title])).toEqual([
      [2, 'Background'],
      [2, 'Threats: inside and out'],
      [3, 'Inside the borders'],
      [2, 'Is it getting worse?'],
    ]);
  });

  it('keeps a short last line as text: no prose follows it', () => {
    const last = shape.sections.at(-1)!.blocks.at(-1)!;
    expect(last.type === 'paragraph' && last.runs[0]!.text).toBe('Thanks');
  });

  it('joins a paragraph cut by a page break, and says where', () => {
    const background = shape.sections[0]!.blocks[0]!;
    expect(background.type === 'paragraph' && background.runs.map((r) => r.text).join('')).toBe(
      'A paragraph of background that ends in the middle of a sentence because a page break cut it in two, and goes on here.',
    );
    expect(shape.warnings).toEqual([expect.objectContaining({ line: 10, rule: 'import-paragraphs-joined' })]);
  });

  it('does not take a sentence, a clause or a long line for a heading', () => {
    const para = (t: string) => ({
      type: 'paragraph' as const,
      runs: [{ type: 'text' as const, text: t }],
      line: 1,
    });
    expect(isHeadingLike(para('The end.'))).toBe(false);
    expect(isHeadingLike(para('As follows:'))).toBe(false);
    expect(isHeadingLike(para('lower-case start'))).toBe(false);
    expect(isHeadingLike(para(Array.from({ length: 16 }, () => 'Word').join(' ')))).toBe(false);
    expect(isHeadingLike(para('A question?'))).toBe(true);
  });

  it('writes a brief that compiles to those sections', () => {
    const brief = compiled(importToText(readPlainText(text)));
    expect(brief.title).toBe('Freedonia: a made-up brief');
    expect(brief.sections.map((s) => s.title)).toEqual([
      'Background',
      'Threats: inside and out',
      'Is it getting worse?',
    ]);
    expect(brief.sections[1]!.sections?.map((s) => s.title)).toEqual(['Inside the borders']);
    expect(inlineText(brief.lede)).toBe('The lede says what matters. It has two sentences.');
  });

  it('opens the body with a marked section when paragraphs come between the lede and the first heading', () => {
    const markdown = importToText(
      readPlainText('Title line\n\nThe lede.\n\nA second paragraph.\n\nHeading\n\nProse.'),
    );
    expect(markdown).toContain('<!-- briefkit import: the source has no heading here');
    const brief = compiled(markdown);
    expect(brief.sections.map((s) => s.title)).toEqual(['Introduction', 'Heading']);
    expect(inlineText((brief.sections[0]!.content[0] as ParagraphBlock).content)).toBe('A second paragraph.');
  });
});
