import { describe, expect, it } from 'vitest';
import { sentences } from './plain-text.js';
import { diffSentences, similarity, wordChanges } from './sentence-diff.js';

describe('sentences', () => {
  it('splits prose at sentence ends, not at abbreviations inside numbers or initials', () => {
    expect(
      sentences('The war lasted almost five years. It ended in 1997. Over 1 000 fighters remain.', 'en'),
    ).toEqual(['The war lasted almost five years.', 'It ended in 1997.', 'Over 1 000 fighters remain.']);
  });

  it('falls back to default rules for a language tag the runtime does not know', () => {
    expect(sentences('One. Two.', 'xx-Qqqq')).toEqual(['One.', 'Two.']);
  });
});

describe('diffSentences', () => {
  const before = ['The attacks killed 9 police officers.', 'The IRPT was banned.', 'Russia sent troops.'];

  it('reports nothing for the same sentences', () => {
    expect(diffSentences(before, [...before])).toEqual([]);
  });

  it('pairs a reworded sentence with its old wording', () => {
    const after = ['The attacks killed 11 police officers.', 'The IRPT was banned.', 'Russia sent troops.'];
    expect(diffSentences(before, after)).toEqual([
      {
        kind: 'changed',
        old: 'The attacks killed 9 police officers.',
        new: 'The attacks killed 11 police officers.',
      },
    ]);
  });

  it('tells an added and a removed sentence apart from a reworded one', () => {
    const after = ['The attacks killed 9 police officers.', 'Russia sent troops.', 'The EU followed suit.'];
    expect(diffSentences(before, after)).toEqual([
      { kind: 'removed', old: 'The IRPT was banned.' },
      { kind: 'added', new: 'The EU followed suit.' },
    ]);
  });

  it('does not call an unrelated replacement a rewording', () => {
    const after = [
      'The attacks killed 9 police officers.',
      'Kunduz fell to the Taliban in late September.',
      'Russia sent troops.',
    ];
    expect(diffSentences(before, after)).toEqual([
      { kind: 'removed', old: 'The IRPT was banned.' },
      { kind: 'added', new: 'Kunduz fell to the Taliban in late September.' },
    ]);
  });

  it('keeps reading order when a new sentence comes before a reworded one', () => {
    const after = [
      'A new opening.',
      'The attacks killed 9 police officers and 13 militants.',
      'The IRPT was banned.',
      'Russia sent troops.',
    ];
    expect(diffSentences(before, after)).toEqual([
      { kind: 'added', new: 'A new opening.' },
      {
        kind: 'changed',
        old: 'The attacks killed 9 police officers.',
        new: 'The attacks killed 9 police officers and 13 militants.',
      },
    ]);
  });
});

describe('similarity and wordChanges', () => {
  it('rates shared wording between 0 and 1', () => {
    expect(similarity('a b c', 'a b c')).toBe(1);
    expect(similarity('alpha beta', 'gamma delta')).toBeLessThan(0.3);
  });

  it('marks exactly the words that changed', () => {
    const parts = wordChanges('keeping 5 500 troops there', 'keeping about 8 400 troops there');
    expect(parts.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['5 500']);
    expect(parts.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(['about 8 400']);
    expect(
      parts
        .filter((p) => p.op !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('keeping 5 500 troops there');
  });
});
