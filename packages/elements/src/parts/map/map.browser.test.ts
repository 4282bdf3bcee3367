import type { Brief } from '@briefkit/schema';
import { fullBrief, minimalBrief } from '@briefkit/schema/fixtures';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { type MapGeometry, SecurityBriefMap } from './map.js';

class MapWithoutGeodata extends SecurityBriefMap {
  static failWith: Error | undefined;
  protected override loadGeometry(): Promise<MapGeometry> {
    const error = MapWithoutGeodata.failWith;
    // Never settles unless told to fail: the state a server-rendered page has before scripts load.
    return error ? Promise.reject(error) : new Promise<MapGeometry>(() => {});
  }
}

if (!customElements.get('security-brief-map')) customElements.define('security-brief-map', SecurityBriefMap);
customElements.define('test-map-without-geodata', MapWithoutGeodata);

async function mount(
  brief: Brief,
  attributes: Record<string, string> = {},
  tag = 'security-brief-map',
): Promise<SecurityBriefMap> {
  const el = document.createElement(tag) as SecurityBriefMap;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.brief = brief;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Mounts and waits until the lazily loaded map is drawn. */
async function mountDrawn(brief: Brief, attributes: Record<string, string> = {}): Promise<SecurityBriefMap> {
  const el = await mount(brief, attributes);
  await expect.poll(() => root(el).querySelector('svg[role="img"]'), { timeout: 10_000 }).toBeTruthy();
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
const cellText = (cell: Element) => {
  const items = [...cell.querySelectorAll('li')];
  return items.length > 0 ? items.map(text).join('; ') : text(cell);
};
const rows = (el: Element) =>
  [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(cellText));

afterEach(() => {
  document.body.replaceChildren();
  MapWithoutGeodata.failWith = undefined;
});

describe('<security-brief-map>', () => {
  it('highlights the brief’s country and puts one labelled dot on each place with coordinates', async () => {
    const el = await mountDrawn(fullBrief);
    const country = root(el).querySelector('[part="country"]');
    expect(country?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    const box = (country as SVGGraphicsElement).getBBox();
    expect(box.width).toBeGreaterThan(50);
    const places = [...root(el).querySelectorAll('[part="place"]')];
    expect(places.map((p) => p.getAttribute('data-place')).sort()).toEqual(['dushanbe', 'kunduz', 'vahdat']);
    expect(places.map((p) => text(p.querySelector('text'))).sort()).toEqual(['Dushanbe', 'Kunduz', 'Vahdat']);
    expect(root(el).querySelectorAll('.neighbours path').length).toBe(4);
  });

  it('puts the dots where the places are: Kunduz south of Dushanbe, Vahdat east of it', async () => {
    const el = await mountDrawn(fullBrief);
    const at = (id: string) => {
      const c = root(el).querySelector(`[data-place="${id}"] circle`);
      return { x: Number(c?.getAttribute('cx')), y: Number(c?.getAttribute('cy')) };
    };
    expect(at('kunduz').y).toBeGreaterThan(at('dushanbe').y);
    expect(at('vahdat').x).toBeGreaterThan(at('dushanbe').x);
    // Both dots lie inside the highlighted country's outline, Kunduz outside it.
    const country = root(el).querySelector('[part="country"]') as SVGGeometryElement;
    const inside = (p: { x: number; y: number }) => country.isPointInFill(new DOMPoint(p.x, p.y));
    expect([inside(at('dushanbe')), inside(at('vahdat')), inside(at('kunduz'))]).toEqual([true, true, false]);
  });

  it('describes itself as an image with a label naming the country and the places', async () => {
    const el = await mountDrawn(fullBrief);
    const map = root(el).querySelector('svg');
    expect(map?.getAttribute('role')).toBe('img');
    expect(map?.getAttribute('aria-label')).toBe(
      'Map of Tajikistan and its neighbours, showing Dushanbe, Vahdat, and Kunduz',
    );
  });

  it('lists every located place in a table with its coordinates and the events there', async () => {
    const el = await mountDrawn(fullBrief);
    expect(text(root(el).querySelector('caption'))).toBe('Places shown on the map');
    expect(rows(el)).toEqual([
      [
        'Dushanbe',
        '38.56° N, 68.79° E',
        'Civil war (1992–1997); Attacks in Dushanbe and Vahdat (September 4, 2015)',
      ],
      ['Vahdat', '38.56° N, 69.02° E', 'Attacks in Dushanbe and Vahdat (September 4, 2015)'],
      ['Kunduz', '36.73° N, 68.86° E', 'Taliban seize Kunduz (September 28, 2015)'],
    ]);
  });

  it('leaves out places without coordinates and keeps far places in the table only', async () => {
    const brief = {
      ...fullBrief,
      places: [
        ...(fullBrief.places ?? []),
        { id: 'somewhere', name: 'Somewhere' },
        { id: 'brussels', name: 'Brussels', coordinates: { lat: 50.85, lon: 4.35 } },
      ],
    } as Brief;
    const el = await mountDrawn(brief);
    const plotted = [...root(el).querySelectorAll('[part="place"]')].map((p) => p.getAttribute('data-place'));
    expect(plotted.sort()).toEqual(['dushanbe', 'kunduz', 'vahdat']);
    expect(rows(el).map((r) => r[0])).toEqual([
      'Dushanbe',
      'Vahdat',
      'Kunduz',
      'Brussels (not on the map: too far from Tajikistan)',
    ]);
  });

  it('speaks French: names, coordinates and the label', async () => {
    const el = await mountDrawn(fullBrief, { lang: 'fr' });
    expect(root(el).querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Carte : Tadjikistan et pays voisins, avec Dushanbe, Vahdat et Kunduz',
    );
    expect(rows(el)[0]?.[1]).toBe('38,56° N, 68,79° E');
    const labels = [...root(el).querySelectorAll('.country-labels text')].map((t) => text(t));
    expect(labels).toContain('Tadjikistan');
  });

  it('keeps a box of the map’s shape while the map loads, then the same box holds the map', async () => {
    await page.viewport(800, 600);
    const waiting = await mount(fullBrief, {}, 'test-map-without-geodata');
    const placeholder = root(waiting).querySelector('[part="canvas"]')?.getBoundingClientRect();
    expect(root(waiting).querySelector('svg')).toBeNull();
    expect(placeholder && placeholder.width / placeholder.height).toBeCloseTo(1.6, 1);
    expect(getComputedStyle(root(waiting).querySelector('.placeholder') as Element, '::after').content).toBe(
      '"Loading the map…"',
    );
    // The text alternative does not wait for the map.
    expect(rows(waiting)).toHaveLength(3);
    waiting.remove();
    const drawn = await mountDrawn(fullBrief);
    const canvas = root(drawn).querySelector('[part="canvas"]')?.getBoundingClientRect();
    expect(canvas?.height).toBeCloseTo(placeholder?.height ?? 0, 0);
  });

  it('says the map could not be loaded, and keeps the table, when the geodata fails', async () => {
    MapWithoutGeodata.failWith = new Error('offline');
    const el = await mount(fullBrief, {}, 'test-map-without-geodata');
    await expect
      .poll(() => text(root(el).querySelector('[role="status"]')))
      .toBe('The map could not be loaded.');
    expect(rows(el)).toHaveLength(3);
  });

  it('finds its country by code alone and centres on it', async () => {
    const brief = {
      ...minimalBrief,
      country: { code: 'KG', name: 'Kyrgyz Republic' },
      places: [{ id: 'bishkek', name: 'Bishkek', kind: 'capital', coordinates: { lat: 42.87, lon: 74.59 } }],
    } as Brief;
    const el = await mountDrawn(brief);
    const country = root(el).querySelector('[part="country"]') as SVGGraphicsElement;
    const box = country.getBBox();
    // The country sits in the middle of the frame.
    expect(box.x + box.width / 2).toBeGreaterThan(640 * 0.3);
    expect(box.x + box.width / 2).toBeLessThan(640 * 0.7);
    expect(root(el).querySelector('[data-place="bishkek"].capital')).not.toBeNull();
  });

  it('treats names as text, never markup', async () => {
    const brief = {
      ...fullBrief,
      places: [
        { id: 'x', name: '<img src=x onerror="window.pwned=1">', coordinates: { lat: 38.5, lon: 68.8 } },
      ],
    } as Brief;
    const el = await mountDrawn(brief);
    expect(root(el).querySelector('img')).toBeNull();
    expect(text(root(el).querySelector('[part="place"] text'))).toContain('<img');
  });

  it('has no accessibility violations, and looks like a publication', async () => {
    await page.viewport(860, 900);
    const el = await mountDrawn(fullBrief);
    const results = await axe.run(el);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ element: el, path: '../../../test-output/map.png' });
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    const dark = await axe.run(el);
    expect(dark.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ element: el, path: '../../../test-output/map-dark.png' });
  });
});
