import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import { defineMeta } from '../meta.js';
import { defineRule } from '../rule.js';

// Only the code table is imported (no locale data): it is the ISO 3166-1 list. `Intl.DisplayNames` is not exact
// enough: it also names EU, UN, EZ, QO, ZZ and withdrawn codes such as YU.
let assigned: Set<string> | undefined;

export function isAssignedCountryCode(code: string): boolean {
  assigned ??= new Set((codes as string[][]).map((row) => row[0]!));
  return assigned.has(code);
}

export const countryCodeUnknown = defineRule({
  meta: defineMeta({
    id: 'country-code-unknown',
    severity: 'error',
    description: 'Country codes are assigned ISO 3166-1 alpha-2 codes (TJ, AF, RU; XK for Kosovo).',
    configurable: true,
  }),
  countryCode(ctx, code) {
    if (!isAssignedCountryCode(code)) {
      ctx.report(
        `${code} is not an ISO 3166-1 country code: use the two-letter code, e.g. TJ for Tajikistan`,
      );
    }
  },
});
