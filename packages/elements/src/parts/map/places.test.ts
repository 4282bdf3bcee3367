import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import { describe, expect, it } from 'vitest';
import { formatCoordinates, locatedPlaces } from './places.js';

describe('locatedPlaces', () => {
  it('lists the places with coordinates and the events there', () => {
    const located = locatedPlaces(fullBrief);
    expect(located.map((p) => p.place.id)).toEqual(['dushanbe', 'vahdat', 'kunduz']);
    expect(located[0]?.events.map((e) => e.id)).toEqual(['civil-war', 'sep-2015-attacks']);
    expect(located[2]?.events.map((e) => e.id)).toEqual(['kunduz-seized']);
  });

  it('leaves out places without usable coordinates', () => {
    const brief = {
      ...minimalBrief,
      places: [
        { id: 'a', name: 'Nowhere' },
        { id: 'b', name: 'Bad', coordinates: { lat: 123, lon: 0 } },
        { id: 'c', name: 'Good', coordinates: { lat: -1, lon: -2 } },
      ],
    } as Brief;
    expect(locatedPlaces(brief).map((p) => p.place.id)).toEqual(['c']);
    expect(locatedPlaces(undefined)).toEqual([]);
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres and the language decimal separator', () => {
    expect(formatCoordinates(38.5598, 68.787, 'en')).toBe('38.56° N, 68.79° E');
    expect(formatCoordinates(-33.9, -70.65, 'fr')).toBe('33,90° S, 70,65° O');
  });
});
