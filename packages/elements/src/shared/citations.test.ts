import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { citationNumbers } from './citations.js';

describe('citationNumbers', () => {
  it('numbers sources in the order a reader meets them', () => {
    const numbers = citationNumbers(fullBrief);
    // civil war (paragraph 1), agreement (paragraph 1), statement (quote span), eeas (quote block)
    expect([...numbers.entries()]).toEqual([
      ['src-civil-war', 1],
      ['src-agreement', 2],
      ['src-statement', 3],
      ['src-eeas', 4],
    ]);
  });
  it('puts sources no text cites after the cited ones, and ignores unknown ids', () => {
    const brief = structuredClone(minimalBrief) as Brief;
    brief.lede = [
      { type: 'citation', source: 'b' },
      { type: 'citation', source: 'ghost' },
    ];
    brief.sources = [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ];
    expect([...citationNumbers(brief).entries()]).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
  it('survives malformed content', () => {
    const brief = { ...minimalBrief, lede: null, sections: [null, { content: 'x' }] } as unknown as Brief;
    expect(citationNumbers(brief).size).toBe(0);
  });
});
