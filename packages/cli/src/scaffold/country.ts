import { createRequire } from 'node:module';
import countries, { type LocaleData } from 'i18n-iso-countries';
import { CliError } from '../errors.js';

let englishRegistered = false;

/** English names from the ISO list, for a Node built without full ICU (no Intl.DisplayNames data). */
function isoEnglishName(code: string): string | undefined {
  if (!englishRegistered) {
    countries.registerLocale(
      createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as LocaleData,
    );
    englishRegistered = true;
  }
  return countries.getName(code, 'en');
}

export interface CountryInfo {
  code: string;
  name: string;
}

/**
 * The assigned ISO 3166-1 alpha-2 code and its common English name ("Russia", not "Russian Federation").
 * CLDR region codes that are not countries (EU, UN, ZZ) are refused like any unknown code.
 */
export function lookupCountry(input: string): CountryInfo {
  const code = input.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) {
    throw new CliError(`"${input}" is not an ISO 3166-1 alpha-2 country code`, {
      hint: 'Give two letters, for example: briefkit new KG',
    });
  }
  if (!countries.isValid(code)) {
    throw new CliError(`"${code}" is not an assigned ISO 3166-1 alpha-2 country code`, {
      hint: 'Check the code at https://www.iso.org/obp/ui/#search (Tajikistan is TJ, Kyrgyzstan is KG).',
    });
  }
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  // CLDR's display names are written for menus ("Bosnia & Herzegovina"); a brief spells "and" out.
  const name = display?.replace(/ & /g, ' and ') ?? isoEnglishName(code) ?? code;
  return { code, name };
}
