import { describe, expect, it } from 'vitest';
import { endsSentence, joinPhrases, withStop } from './punctuation.js';

describe("punctuation around the brief's own text", () => {
  it('knows a sentence that already ends, quoted or not', () => {
    expect(['Moura.', 'Moura?', 'Moura!', 'Moura…', '“in Moura.”', '(in Moura.)'].map(endsSentence)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['Moura', 'Moura,', 'e.g. Moura', '“Moura”'].map(endsSentence)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('adds a full stop only where there is none', () => {
    expect(withStop('Statement on Moura')).toBe('Statement on Moura.');
    expect(withStop('Civilians executed in Moura.')).toBe('Civilians executed in Moura.');
    expect(withStop('Who killed them?')).toBe('Who killed them?');
  });

  it('joins quoted sentences without doubling their punctuation', () => {
    expect(joinPhrases(['Civilians executed in Moura.', 'There were 300 of them.'])).toBe(
      'Civilians executed in Moura. There were 300 of them.',
    );
    expect(joinPhrases(['Jane Doe', 'John Roe', 'Rights Watch'])).toBe('Jane Doe, John Roe, Rights Watch');
    expect(joinPhrases(['A report.', 'Rights Watch', '2022'])).toBe('A report. Rights Watch, 2022');
  });
});
