import { describe, expect, it } from 'vitest';
import { inlineToPlainText, truncateAtWord } from './plain-text.js';

describe('inlineToPlainText', () => {
  it('keeps the words of every span, quotes quoted, and no citation numbers', () => {
    expect(
      inlineToPlainText([
        { type: 'text', text: 'Tajikistan’s  ' },
        { type: 'citation', source: 'src-war', text: 'civil war' },
        { type: 'citation', source: 'src-x' },
        { type: 'text', text: ' was ' },
        { type: 'quote', text: 'deadly' },
        { type: 'text', text: ', said ' },
        { type: 'mention', entity: 'rahmon', text: 'Rahmon' },
        { type: 'text', text: ' (' },
        { type: 'link', href: 'https://x.org', text: 'link' },
        { type: 'text', text: ').' },
      ]),
    ).toBe('Tajikistan’s civil war was ‘deadly’, said Rahmon (link).');
  });
});

describe('truncateAtWord', () => {
  it('leaves short text alone and cuts long text at a word with an ellipsis', () => {
    expect(truncateAtWord('short text', 50)).toBe('short text');
    const cut = truncateAtWord('Tajikistan is facing both internal and external security challenges', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe('Tajikistan is facing both…');
  });
});
