import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country of the atlas, with the ISO codes the brief speaks in. */
export interface AtlasCountry {
  /** ISO 3166-1 numeric code as the atlas writes it ("762"), or undefined for the few unassigned ones. */
  numeric: string | undefined;
  /** ISO 3166-1 alpha-2 code ("TJ") when the numeric code maps to one. */
  alpha2: string | undefined;
  /** The atlas's English name ("Tajikistan"), a fallback when no code matches. */
  name: string;
  shape: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  /** Indexes of the countries sharing a border with this one. */
  neighbours: number[];
}

export interface Atlas {
  countries: AtlasCountry[];
  byAlpha2: Map<string, AtlasCountry>;
}

interface CountryProperties {
  name: string;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/** Rows of the ISO table: [alpha-2, alpha-3, numeric, …]. */
export type IsoCodeRow = readonly string[];

/**
 * Turns the world-atlas topology into countries indexed by alpha-2 code. The atlas only knows numeric
 * ISO ids, briefs only know alpha-2 ones, hence the code table.
 */
export function buildAtlas(topology: CountriesTopology, codes: readonly IsoCodeRow[]): Atlas {
  const alpha2ByNumeric = new Map<string, string>();
  for (const row of codes) {
    const [alpha2, , numeric] = row;
    if (alpha2 !== undefined && numeric !== undefined) alpha2ByNumeric.set(numeric, alpha2);
  }
  const geometries = topology.objects.countries.geometries;
  const adjacency = neighbors(geometries);
  const countries: AtlasCountry[] = geometries.map((geometry, index) => {
    const numeric = geometry.id === undefined ? undefined : String(geometry.id);
    const shape = feature(topology, geometry) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
    return {
      numeric,
      alpha2: numeric === undefined ? undefined : alpha2ByNumeric.get(numeric),
      name: (geometry.properties as CountryProperties | undefined)?.name ?? '',
      shape,
      neighbours: adjacency[index] ?? [],
    };
  });
  const byAlpha2 = new Map<string, AtlasCountry>();
  for (const country of countries) if (country.alpha2) byAlpha2.set(country.alpha2, country);
  return { countries, byAlpha2 };
}

/** Finds the brief's country by code, then by name for the few the ISO table leaves out (Kosovo). */
export function findCountry(atlas: Atlas, code: string, name: string): AtlasCountry | undefined {
  const byCode = atlas.byAlpha2.get(code.toUpperCase());
  if (byCode) return byCode;
  const wanted = name.trim().toLowerCase();
  return atlas.countries.find((country) => country.name.toLowerCase() === wanted);
}

let loading: Promise<Atlas> | undefined;

/**
 * Loads the 110m world atlas and the ISO code table once per page. The data files are imported
 * dynamically so they stay out of every bundle until a map asks for them.
 */
export function loadAtlas(): Promise<Atlas> {
  // No import attributes here: the bundler inlines the JSON into the lazy chunk, and the dev server
  // serves it as a JavaScript module, which a `type: 'json'` attribute would make the browser refuse.
  loading ??= Promise.all([
    import('world-atlas/countries-110m.json'),
    import('i18n-iso-countries/codes.json'),
  ]).then(([atlasModule, codesModule]) =>
    buildAtlas(atlasModule.default as unknown as CountriesTopology, codesModule.default as IsoCodeRow[]),
  );
  // A failed load must not poison later attempts (a flaky network on the first try).
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
