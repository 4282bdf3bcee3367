import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findInOrder,
  findTokens,
  seedParagraphs,
  seedSentences,
  splitSentences,
  tokenize,
} from './seed-sentences.js';

const seedPath = fileURLToPath(
  new URL('../../seed/tajikistan-new-challenges-to-security.txt', import.meta.url),
);

describe('reading the seed', () => {
  it('joins the paragraph split by the page break and keeps every other paragraph apart', () => {
    const paragraphs = seedParagraphs(
      'Heading one\n\nA text with obstacles which\n\n\n\nprevented the party.\n\nNext one.',
    );
    expect(paragraphs).toEqual([
      'Heading one',
      'A text with obstacles which prevented the party.',
      'Next one.',
    ]);
  });

  it('drops link markers and shows escaped parentheses as written', () => {
    const [line] = seedParagraphs(
      "President Rahmon's [People's Democratic Party of Tajikistan \\(PDPT\\)](#).",
    );
    expect(line).toBe("President Rahmon's People's Democratic Party of Tajikistan (PDPT).");
  });

  it('splits sentences after closing quotes but not inside numbers', () => {
    expect(
      splitSentences("It said 'we are radicals.' Tajikistan's court approved. Up to 1 000 left."),
    ).toEqual(["It said 'we are radicals.'", "Tajikistan's court approved.", 'Up to 1 000 left.']);
  });

  it('finds the title, the headings and the page-break sentence in the real seed', () => {
    const sentences = seedSentences(seedPath);
    expect(sentences[0]).toBe('Tajikistan: New challenges to security');
    expect(sentences).toContain('Internal threats: rising terrorism and extremism');
    expect(sentences.some((s) => s.includes('artificial obstacles which prevented the party'))).toBe(true);
    expect(sentences.join(' ')).not.toMatch(/\(#\)|\\\(|\[|\]/);
    // Every paragraph gives at least one sentence, and most give several.
    expect(sentences.length).toBeGreaterThan(seedParagraphs(readFileSync(seedPath, 'utf8')).length * 2);
  });
});

describe('finding sentences in page text', () => {
  it('treats typographic apostrophes and quotes like plain ones', () => {
    expect(tokenize('Tajikistan’s ‘Leader of the Nation’')).toEqual(
      tokenize("Tajikistan's 'Leader of the Nation'"),
    );
  });

  it('allows citation numbers between words', () => {
    const page = tokenize('winning two seats in the 2000 23, 2005 24 and 2010 25 elections 26.');
    expect(findTokens(page, tokenize('winning two seats in the 2000, 2005 and 2010 elections.'), 0)).toEqual([
      0, 13,
    ]);
  });

  it('does not let a citation number stand in for a number of the text', () => {
    const page = tokenize('leaving 9 police officers');
    expect(findTokens(page, tokenize('leaving 13 police officers'), 0)).toBeUndefined();
  });

  it('backtracks when a citation number equals the next number in the text', () => {
    const page = tokenize('passed the 5 5% threshold');
    expect(findTokens(page, tokenize('passed the 5% threshold'), 0)).toEqual([0, 5]);
  });

  it('rejects words out of order and reports the sentences that are missing', () => {
    const found = findInOrder('Second sentence here. First sentence here.', [
      'First sentence here.',
      'Second sentence here.',
    ]);
    expect(found.map((f) => f.start >= 0)).toEqual([true, false]);
  });

  it('does not accept other words between the words of a sentence', () => {
    expect(findTokens(tokenize('the civil extra war'), tokenize('the civil war'), 0)).toBeUndefined();
  });
});
