import { describe, expect, it } from 'vitest';
import { findInOrder, words } from './words.js';

describe('words', () => {
  it('keeps apostrophes inside words and drops quotation marks and punctuation', () => {
    expect(words("the 'Islamists' of Tajikistan's ISIL/Da'esh – 5%")).toEqual([
      'the',
      'islamists',
      'of',
      "tajikistan's",
      'isil',
      "da'esh",
      '5',
    ]);
  });

  it('treats a typographic apostrophe like a straight one', () => {
    expect(words('Tajikistan’s')).toEqual(["tajikistan's"]);
  });
});

describe('findInOrder', () => {
  const haystack = words('one two three four five six');

  it('finds sentences in order', () => {
    expect(findInOrder(haystack, [words('two three'), words('five')])).toEqual({
      missing: -1,
      starts: [1, 4],
    });
  });

  it('reports a sentence that only occurs before the previous one', () => {
    expect(findInOrder(haystack, [words('four'), words('two')]).missing).toBe(1);
  });

  it('reports a sentence whose words are not contiguous', () => {
    expect(findInOrder(haystack, [words('two four')]).missing).toBe(0);
  });
});
