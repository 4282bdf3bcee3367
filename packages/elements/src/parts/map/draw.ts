import {
  type ExtendedFeature,
  type ExtendedFeatureCollection,
  type GeoPath,
  type GeoProjection,
  geoArea,
  geoAzimuthalEqualArea,
  geoCentroid,
  geoCircle,
  geoDistance,
  geoGraticule,
  geoPath,
} from 'd3-geo';
import { type Atlas, type AtlasCountry, findCountry } from './atlas.js';
import { type PlacedLabel, placeLabels } from './labels.js';
import { regionName } from './places.js';

/** A place the map can plot. */
export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  capital: boolean;
}

export interface MapInput {
  countryCode: string;
  countryName: string;
  places: readonly MapPlace[];
  width: number;
  height: number;
  lang: string;
}

export interface MapShape {
  d: string;
  name: string;
}

export interface MapLabel {
  x: number;
  y: number;
  text: string;
  /** The brief's own country, as opposed to a neighbour. */
  main: boolean;
}

export interface MapDot extends MapPlace {
  x: number;
  y: number;
  label: PlacedLabel;
}

export interface MapDrawing {
  width: number;
  height: number;
  sphere: string;
  graticule: string;
  /** Countries that are neither the brief's country nor its neighbours. */
  others: MapShape[];
  neighbours: MapShape[];
  country: MapShape | undefined;
  countryLabels: MapLabel[];
  dots: MapDot[];
  /** Places too far from the country to share the map with it; the table still lists them. */
  outside: MapPlace[];
  scale: { km: number; px: number; x: number; y: number };
}

// Places more than this far from the country's centre would shrink the country to a speck.
const MAX_PLACE_DISTANCE = (35 * Math.PI) / 180;
// Even a small country gets this much surrounding context, in degrees of arc from its centre.
const MIN_CONTEXT_RADIUS = 6.5;
const EARTH_RADIUS_KM = 6371;
const PADDING = 24;
// Room kept around a dot for its label: the capital marker with its ring is the widest.
export const DOT_RADIUS = 6;
export const PLACE_FONT_SIZE = 13;
export const COUNTRY_FONT_SIZE = 11;

type Shape = AtlasCountry['shape'];

/** The biggest polygon of a country, so overseas territories do not decide the map's frame. */
function mainland(shape: Shape): ExtendedFeature {
  if (shape.geometry.type === 'Polygon') return shape;
  let best = shape.geometry.coordinates[0] ?? [];
  let bestArea = -1;
  for (const polygon of shape.geometry.coordinates) {
    const area = geoArea({ type: 'Polygon', coordinates: polygon });
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

function niceDistance(km: number): number {
  const power = 10 ** Math.floor(Math.log10(km));
  const steps = [1, 2, 5, 10];
  let best = power;
  for (const step of steps) if (step * power <= km) best = step * power;
  return best;
}

function graticuleStep(projection: GeoProjection, width: number, height: number): number {
  const west = projection.invert?.([0, height / 2]);
  const east = projection.invert?.([width, height / 2]);
  const span = west && east ? (geoDistance(west, east) * 180) / Math.PI : 90;
  return span > 60 ? 15 : span > 25 ? 10 : span > 10 ? 5 : 2;
}

function shapeOf(path: GeoPath, country: AtlasCountry, lang: string): MapShape | undefined {
  const d = path(country.shape);
  return d ? { d, name: regionName(country.alpha2, country.name, lang) } : undefined;
}

/**
 * Computes the locator map as plain data (SVG path strings and positions): an azimuthal equal-area
 * projection centred on the brief's country, framed to show the country, its surroundings and the
 * brief's places. Returns undefined when there is nothing to centre on (an unknown country without
 * any located place).
 */
export function drawMap(atlas: Atlas, input: MapInput): MapDrawing | undefined {
  const { width, height, lang } = input;
  const target = findCountry(atlas, input.countryCode, input.countryName);
  const located = input.places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const frameShape = target ? mainland(target.shape) : undefined;
  const centre: [number, number] | undefined = frameShape
    ? geoCentroid(frameShape)
    : located.length > 0
      ? geoCentroid({ type: 'MultiPoint', coordinates: located.map((p) => [p.lon, p.lat]) })
      : undefined;
  if (!centre) return undefined;

  const inside = located.filter((p) => geoDistance(centre, [p.lon, p.lat]) <= MAX_PLACE_DISTANCE);
  const outside = located.filter((p) => !inside.includes(p));

  const frame: ExtendedFeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: geoCircle().center(centre).radius(MIN_CONTEXT_RADIUS)() },
      ...(frameShape ? [frameShape] : []),
      ...(inside.length > 0
        ? [
            {
              type: 'Feature' as const,
              properties: {},
              geometry: { type: 'MultiPoint' as const, coordinates: inside.map((p) => [p.lon, p.lat]) },
            },
          ]
        : []),
    ],
  };
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .clipAngle(90)
    .fitExtent(
      [
        [PADDING, PADDING],
        [width - PADDING, height - PADDING],
      ],
      frame,
    );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);

  const neighbourIndexes = new Set(target?.neighbours ?? []);
  const others: MapShape[] = [];
  const neighbours: MapShape[] = [];
  const neighbourCountries: AtlasCountry[] = [];
  atlas.countries.forEach((country, index) => {
    if (country === target) return;
    const shape = shapeOf(path, country, lang);
    if (!shape) return;
    if (neighbourIndexes.has(index)) {
      neighbours.push(shape);
      neighbourCountries.push(country);
    } else others.push(shape);
  });
  const country = target ? shapeOf(path, target, lang) : undefined;

  const points = [...inside]
    // Capitals claim the best label position first.
    .sort((a, b) => Number(b.capital) - Number(a.capital))
    .map((place) => {
      const [x, y] = projection([place.lon, place.lat]) ?? [Number.NaN, Number.NaN];
      return { place, x, y };
    })
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const placed = placeLabels(
    points.map((p) => ({ x: p.x, y: p.y, text: p.place.name })),
    { width, height, fontSize: PLACE_FONT_SIZE, dotRadius: DOT_RADIUS },
  );
  const dots: MapDot[] = points.map((p, i) => ({
    ...p.place,
    x: p.x,
    y: p.y,
    label: placed[i] ?? { x: p.x, y: p.y, side: 'right', anchor: 'start' },
  }));

  const countryLabels = labelCountries(
    path,
    [...(target && country ? [{ shape: target.shape, text: country.name, main: true }] : [])].concat(
      neighbourCountries.map((c) => ({
        shape: c.shape,
        text: regionName(c.alpha2, c.name, lang),
        main: false,
      })),
    ),
    dots,
    width,
    height,
  );

  const step = graticuleStep(projection, width, height);
  const kmPerPx = EARTH_RADIUS_KM / projection.scale();
  const km = niceDistance((width / 6) * kmPerPx);
  return {
    width,
    height,
    sphere: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule().step([step, step])()) ?? '',
    others,
    neighbours,
    country,
    countryLabels,
    dots,
    outside,
    scale: { km, px: km / kmPerPx, x: PADDING, y: height - PADDING / 2 },
  };
}

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function hits(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Country names go at the visible part's centroid, nudged up or down when they would cover a place
 * or its label, and left out when the visible part is too small to hold them.
 */
function labelCountries(
  path: GeoPath,
  countries: { shape: Shape; text: string; main: boolean }[],
  dots: readonly MapDot[],
  width: number,
  height: number,
): MapLabel[] {
  const blocked: Rect[] = dots.flatMap((dot) => {
    const w = dot.name.length * PLACE_FONT_SIZE * 0.56;
    const { x, y, anchor } = dot.label;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return [
      {
        left: dot.x - DOT_RADIUS,
        right: dot.x + DOT_RADIUS,
        top: dot.y - DOT_RADIUS,
        bottom: dot.y + DOT_RADIUS,
      },
      { left, right: left + w, top: y - PLACE_FONT_SIZE / 2, bottom: y + PLACE_FONT_SIZE / 2 },
    ];
  });
  const labels: MapLabel[] = [];
  for (const { shape, text, main } of countries) {
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    const [cx, cy] = path.centroid(shape);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    // Upper-case, letter-spaced names are wider than running text.
    const w = text.length * COUNTRY_FONT_SIZE * 0.75;
    if (x1 - x0 < w * 0.6 || y1 - y0 < COUNTRY_FONT_SIZE * 2) continue;
    for (const dy of [0, -1.6, 1.6, -3.2, 3.2]) {
      const y = cy + dy * COUNTRY_FONT_SIZE;
      const rect = {
        left: cx - w / 2,
        right: cx + w / 2,
        top: y - COUNTRY_FONT_SIZE / 2,
        bottom: y + COUNTRY_FONT_SIZE / 2,
      };
      const inside = rect.left >= 4 && rect.right <= width - 4 && rect.top >= 4 && rect.bottom <= height - 4;
      if (inside && !blocked.some((b) => hits(b, rect))) {
        labels.push({ x: cx, y, text, main });
        blocked.push(rect);
        break;
      }
    }
  }
  return labels;
}
