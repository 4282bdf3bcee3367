import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedLinks, seedParagraphs, seedSentences, sentences } from './seed-text.js';

const seed = readFileSync(
  new URL('../../seed/tajikistan-new-challenges-to-security.txt', import.meta.url),
  'utf8',
);

describe('the seed text', () => {
  it('joins the paragraph the page break split', () => {
    const joined = seedParagraphs(seed).find((p) => p.includes('artificial obstacles which'));
    expect(joined).toContain('artificial obstacles which prevented the party from organising a congress');
    expect(seedParagraphs(seed).some((p) => p.startsWith('prevented'))).toBe(false);
  });

  it('shows the PDPT escape as plain parentheses and drops the lost link targets', () => {
    const text = seedParagraphs(seed).join('\n');
    expect(text).toContain("People's Democratic Party of Tajikistan (PDPT)");
    expect(text).not.toMatch(/\\\(|\(#\)|\[/);
  });

  it('finds the 65 links with their words', () => {
    const links = seedLinks(seed);
    expect(links).toHaveLength(65);
    expect(links[0]?.words).toBe('civil war');
    expect(links[7]?.words).toBe("People's Democratic Party of Tajikistan (PDPT)");
    expect(links[64]?.words).toBe('Council Conclusions');
  });

  it('starts with the title and keeps headings as sentences of their own', () => {
    const all = seedSentences(seed);
    expect(all[0]).toBe('Tajikistan: New challenges to security');
    expect(all).toContain('September attacks: A failed coup attempt?');
    expect(all).toContain('Russia assumes more responsibility, the USA and EU follow suit');
  });
});

describe('sentences', () => {
  it('ends a sentence after a closing quotation mark', () => {
    expect(sentences("He stated that 'we are not extremists.' The court approved it.")).toEqual([
      "He stated that 'we are not extremists.'",
      'The court approved it.',
    ]);
  });

  it('does not split inside a sentence at a number or an abbreviation-free capital', () => {
    expect(sentences('On 4 September 2015, a Ministry of Defence complex was attacked.')).toHaveLength(1);
  });
});
