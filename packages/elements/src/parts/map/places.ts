import type { Brief } from '@briefkit/schema';

type Place = NonNullable<Brief['places']>[number];
type BriefEvent = NonNullable<Brief['events']>[number];

/** A place with coordinates, and the brief's events that happened there. */
export interface LocatedPlace {
  place: Place;
  lat: number;
  lon: number;
  events: BriefEvent[];
}

function usable(n: unknown, limit: number): n is number {
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= limit;
}

/**
 * The brief's places that can go on a map, in the brief's order. Coordinates out of range are left
 * out rather than drawn somewhere wrong (the validator reports them).
 */
export function locatedPlaces(brief: Brief | undefined): LocatedPlace[] {
  const places = Array.isArray(brief?.places) ? brief.places : [];
  const events = Array.isArray(brief?.events) ? brief.events : [];
  const located: LocatedPlace[] = [];
  for (const place of places) {
    const lat = place?.coordinates?.lat;
    const lon = place?.coordinates?.lon;
    if (!usable(lat, 90) || !usable(lon, 180)) continue;
    located.push({
      place,
      lat,
      lon,
      events: events.filter((event) => Array.isArray(event?.places) && event.places.includes(place.id)),
    });
  }
  return located;
}

/** "38.56° N, 68.79° E", with the decimal separator of the language. */
export function formatCoordinates(lat: number, lon: number, lang: string): string {
  const number = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const ns = lat >= 0 ? 'N' : 'S';
  // French writes O for ouest; N, S and E are shared.
  const ew = lon >= 0 ? 'E' : lang.toLowerCase().startsWith('fr') ? 'O' : 'W';
  return `${number.format(Math.abs(lat))}° ${ns}, ${number.format(Math.abs(lon))}° ${ew}`;
}

/** A country's name in `lang` from its ISO code ("Tadjikistan" in French), else `fallback`. */
export function regionName(alpha2: string | undefined, fallback: string, lang: string): string {
  if (!alpha2) return fallback;
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(alpha2) ?? fallback;
  } catch {
    return fallback;
  }
}
