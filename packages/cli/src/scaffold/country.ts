import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { CliError } from '../errors.js';

countries.registerLocale(english);

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
  const name = display?.replace(/ & /g, ' and ') ?? countries.getName(code, 'en') ?? code;
  return { code, name };
}
