import { describe, expect, it } from 'vitest';
import { loadAtlas } from './atlas.js';
import { drawMap, type MapInput, type MapPlace } from './draw.js';

const dushanbe: MapPlace = { id: 'dushanbe', name: 'Dushanbe', lat: 38.5598, lon: 68.787, capital: true };
const vahdat: MapPlace = { id: 'vahdat', name: 'Vahdat', lat: 38.556, lon: 69.019, capital: false };
const kunduz: MapPlace = { id: 'kunduz', name: 'Kunduz', lat: 36.728, lon: 68.857, capital: false };

const tajikistan: MapInput = {
  countryCode: 'TJ',
  countryName: 'Tajikistan',
  places: [vahdat, dushanbe, kunduz],
  width: 640,
  height: 400,
  lang: 'en',
};

describe('drawMap', () => {
  it('highlights the country and mutes exactly its bordering countries', async () => {
    const map = drawMap(await loadAtlas(), tajikistan);
    expect(map?.country?.name).toBe('Tajikistan');
    expect(map?.country?.d).toMatch(/^M[\d.-]+,[\d.-]+L/);
    expect(map?.neighbours.map((n) => n.name).sort()).toEqual([
      'Afghanistan',
      'China',
      'Kyrgyzstan',
      'Uzbekistan',
    ]);
    expect(map?.others.map((n) => n.name)).toContain('Kazakhstan');
    expect(map?.others.map((n) => n.name)).not.toContain('Brazil');
  });

  it('plots every nearby place inside the frame, capital first, labels apart', async () => {
    const map = drawMap(await loadAtlas(), tajikistan);
    expect(map?.dots.map((d) => d.id)).toEqual(['dushanbe', 'vahdat', 'kunduz']);
    for (const dot of map?.dots ?? []) {
      expect(dot.x).toBeGreaterThan(0);
      expect(dot.x).toBeLessThan(640);
      expect(dot.y).toBeGreaterThan(0);
      expect(dot.y).toBeLessThan(400);
    }
    const [d, v] = map?.dots ?? [];
    // Vahdat lies just east of Dushanbe: their labels must go to opposite sides.
    expect(v && d && v.x > d.x).toBe(true);
    expect(d?.label.side).not.toBe(v?.label.side);
  });

  it('keeps places far from the country off the map but reports them', async () => {
    const washington: MapPlace = { id: 'dc', name: 'Washington', lat: 38.9, lon: -77.04, capital: false };
    const map = drawMap(await loadAtlas(), { ...tajikistan, places: [dushanbe, washington] });
    expect(map?.dots.map((d) => d.id)).toEqual(['dushanbe']);
    expect(map?.outside.map((p) => p.id)).toEqual(['dc']);
  });

  it('names countries in the brief language', async () => {
    const map = drawMap(await loadAtlas(), { ...tajikistan, lang: 'fr' });
    expect(map?.country?.name).toBe('Tadjikistan');
    expect(map?.neighbours.map((n) => n.name)).toContain('Ouzbékistan');
  });

  it('finds a country the ISO table lacks by its name', async () => {
    const map = drawMap(await loadAtlas(), {
      ...tajikistan,
      countryCode: 'XK',
      countryName: 'Kosovo',
      places: [],
    });
    expect(map?.country?.d).toBeTruthy();
    expect(map?.neighbours.length).toBeGreaterThan(0);
  });

  it('centres on the places when the country is not in the atlas, and gives up when nothing is located', async () => {
    const atlas = await loadAtlas();
    const tiny = drawMap(atlas, {
      ...tajikistan,
      countryCode: 'SG',
      countryName: 'Singapore',
      places: [dushanbe],
    });
    expect(tiny?.country).toBeUndefined();
    expect(tiny?.dots).toHaveLength(1);
    expect(
      drawMap(atlas, { ...tajikistan, countryCode: 'SG', countryName: 'Singapore', places: [] }),
    ).toBeUndefined();
  });

  it('frames countries across the antimeridian without losing them', async () => {
    const map = drawMap(await loadAtlas(), {
      ...tajikistan,
      countryCode: 'FJ',
      countryName: 'Fiji',
      places: [],
    });
    expect(map?.country?.d.length).toBeGreaterThan(20);
  });

  it('gives a scale bar of a round distance', async () => {
    const map = drawMap(await loadAtlas(), tajikistan);
    expect(String(map?.scale.km)).toMatch(/^[125]0*$/);
    expect(map?.scale.px).toBeGreaterThan(20);
    expect(map?.scale.px).toBeLessThan(640 / 2);
  });
});
