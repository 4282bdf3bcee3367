import { createRequire } from 'node:module';
import countries, { type LocaleData } from 'i18n-iso-countries';
import type { CountryInfo } from '../scaffold/country.js';
import { lookupCountry } from '../scaffold/country.js';

let names: [string, string][] | undefined;

/** Every English name and alias of every country, longest first so "South Sudan" wins over "Sudan". */
function countryNames(): [string, string][] {
  if (names === undefined) {
    countries.registerLocale(
      createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as LocaleData,
    );
    names = Object.entries(countries.getNames('en', { select: 'all' }))
      .flatMap(([code, list]) => list.map((name): [string, string] => [name, code]))
      // Two-letter aliases such as "US" are too often other words' capitals to count on.
      .filter(([name]) => name.length > 3)
      .sort((a, b) => b[0].length - a[0].length);
  }
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, name: string): number {
  return (
    text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0
  );
}

export interface CountryGuess {
  country: CountryInfo;
  /** The name found, and where: the title, or the text (most often named). */
  name: string;
  from: 'title' | 'text';
}

/**
 * The country a brief is about, guessed from the first country named in its title, else from the country
 * named most often in its text. Undefined when neither names one.
 */
export function guessCountry(title: string, text: () => string): CountryGuess | undefined {
  let best: { at: number; name: string; code: string } | undefined;
  for (const [name, code] of countryNames()) {
    if (!title.includes(name)) continue;
    const at = title.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u'));
    if (at !== -1 && (best === undefined || at < best.at)) best = { at, name, code };
  }
  if (best) return { country: lookupCountry(best.code), name: best.name, from: 'title' };
  let most: { count: number; name: string; code: string } | undefined;
  const all = text();
  const sample = all.length > 200_000 ? all.slice(0, 200_000) : all;
  for (const [name, code] of countryNames()) {
    if (!sample.includes(name)) continue;
    const count = mentions(sample, name);
    if (count > 0 && (most === undefined || count > most.count)) most = { count, name, code };
  }
  return most ? { country: lookupCountry(most.code), name: most.name, from: 'text' } : undefined;
}
