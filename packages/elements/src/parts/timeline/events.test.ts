import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { beforeAll, describe, expect, it } from 'vitest';
import { casualtiesText } from '../../shared/casualties.js';
import { loadLanguage } from '../../shared/i18n.js';
import { orderedEvents } from './events.js';

// Languages other than English load on demand; rendering outside an element must ask first.
beforeAll(() => loadLanguage('fr'));

describe('orderedEvents', () => {
  it('orders by date, ranges by their start, ties in brief order', () => {
    const brief = {
      ...minimalBrief,
      events: [
        { id: 'c', title: 'C', date: '2015-09-04' },
        { id: 'a', title: 'A', date: '1992/1997' },
        { id: 'd', title: 'D', date: '2015-09-04' },
        { id: 'b', title: 'B', date: '2015' },
        { id: 'e', title: 'E', date: '1997-06' },
      ],
    } as Brief;
    expect(orderedEvents(brief).map((e) => e.id)).toEqual(['a', 'e', 'b', 'c', 'd']);
  });

  it('copes with a brief without events', () => {
    expect(orderedEvents(minimalBrief)).toEqual([]);
    expect(orderedEvents(undefined)).toEqual([]);
  });
});

describe('casualtiesText', () => {
  it('names each group with its outcome', () => {
    const attack = fullBrief.events?.find((e) => e.id === 'sep-2015-attacks');
    expect(casualtiesText(attack?.casualties ?? [], 'en')).toBe(
      '9 police officers killed, 13 militants killed',
    );
  });

  it('joins the same tolls anew in each language, and other tolls anew in the same one', () => {
    // Fresh copies of the same lists: nothing is remembered per list, only per wording.
    const tolls = () => [
      { group: 'police officers', outcome: 'killed' as const, count: { value: 9 } },
      { group: 'militants', outcome: 'killed' as const, count: { value: 13 } },
    ];
    expect(casualtiesText(tolls(), 'en')).toBe('9 police officers killed, 13 militants killed');
    expect(casualtiesText(tolls(), 'fr')).toBe('9 police officers tués et 13 militants tués');
    const more = [...tolls(), { group: 'civilians', outcome: 'injured' as const, count: { value: 4 } }];
    expect(casualtiesText(more, 'en')).toBe(
      '9 police officers killed, 13 militants killed, 4 civilians injured',
    );
    expect(casualtiesText(tolls(), 'en')).toBe('9 police officers killed, 13 militants killed');
  });

  it('keeps bounds honest and speaks French', () => {
    const text = casualtiesText(
      [
        { group: 'personnes', outcome: 'killed', count: { value: 100000, qualifier: 'almost' } },
        { group: 'membres', outcome: 'arrested', count: { value: 125, low: 100, high: 150 } },
      ],
      'fr',
    );
    expect(text).toBe('près de 100\u202f000 personnes tués et 100 à 150 membres arrêtés');
  });
});
