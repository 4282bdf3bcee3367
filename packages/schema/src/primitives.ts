import { z } from 'zod';

/**
 * An id that is unique within one brief: lower-case letters, digits, and `-`, `_` or `.` between them.
 * Every entity is referenced by its id, never nested (STIX-style).
 */
export const Id = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?$/, {
    error: 'must be an id like "rahmon" or "sep-2015-attacks": lower-case letters, digits and - _ . inside',
  })
  .meta({
    id: 'Id',
    description: 'A brief-unique id: lower-case letters, digits and - _ . (not at the ends).',
  });
export type Id = z.infer<typeof Id>;

const year = String.raw`\d{4}`;
const month = '(?:0[1-9]|1[0-2])';
const day = String.raw`(?:0[1-9]|[12]\d|3[01])`;
const single = String.raw`${year}(?:-${month}(?:-${day})?)?[~?%]?`;

/**
 * A date in the EDTF subset the format uses: `2015-09-04`, `2015-09` (month precision), `2015` (year),
 * with `~` approximate, `?` uncertain or `%` both, and intervals `1992/1997`, `2015-09/..`, `../2016`.
 * Whether the calendar date is real (no 30 February) is a semantic rule of the validator.
 */
export const EdtfDate = z
  .string()
  .regex(new RegExp(String.raw`^(?:${single}(?:/(?:${single}|\.\.))?|\.\./${single})$`), {
    error:
      'must be a date like 2015-09-04, 2015-09 or 2015 (add ~ for approximate, use 1992/1997 for a range)',
  })
  .meta({
    id: 'EdtfDate',
    description:
      'EDTF date: 2015-09-04 (day), 2015-09 (month), 2015 (year); suffix ~ approximate, ? uncertain, % both; ranges 1992/1997, 2015/.., ../2016.',
    examples: ['2015-09-04', '2015-09', '1992/1997', '2015~'],
  });
export type EdtfDate = z.infer<typeof EdtfDate>;

/** A full calendar day, `YYYY-MM-DD`: for access dates. */
export const CalendarDate = z
  .string()
  .regex(new RegExp(String.raw`^${year}-${month}-${day}$`), { error: 'must be a full date like 2016-02-01' })
  .meta({ id: 'CalendarDate', description: 'A full calendar date, YYYY-MM-DD.' });

/** ISO 3166-1 alpha-2 country code; whether it is assigned is a validator rule. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO 3166-1 country code in capitals, like TJ' })
  .meta({ id: 'CountryCode', description: 'ISO 3166-1 alpha-2 code, e.g. TJ.' });

/** BCP 47 language tag (`en`, `fr`, `en-GB`, `tg-Cyrl`). */
export const LanguageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, { error: 'must be a language tag like en, fr or en-GB' })
  .meta({ id: 'LanguageTag', description: 'BCP 47 language tag.' });

/**
 * A URL as written by the author. Which schemes may become links (http, https, mailto) is checked by the
 * validator's `url-scheme` rule and enforced again by the elements, so a bad URL is reported at its line.
 */
export const Url = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(2048, { error: 'must be at most 2048 characters' })
  .meta({
    id: 'Url',
    description: 'An absolute URL; only http:, https: and mailto: are ever rendered as links.',
  });

/** Non-empty, single-line-or-more human text. */
export const Text = z.string().min(1, { error: 'must not be empty' });

/** How an approximate number was worded: "almost 100 000", "over 1 000", "up to 1 000". */
export const Qualifier = z
  .enum(['exactly', 'about', 'almost', 'over', 'under', 'at-least', 'at-most', 'up-to'])
  .meta({ id: 'Qualifier' });

/**
 * A number with honest bounds (Wikidata amount/lower/upper, UCDP best/low/high).
 * `value` is the best estimate; `low`/`high` bound it where known.
 */
export const Quantity = z
  .strictObject({
    value: z.number().finite(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    approximate: z.boolean().optional(),
    qualifier: Qualifier.optional(),
  })
  .meta({ id: 'Quantity', description: 'A best estimate with optional bounds and wording.' });
export type Quantity = z.infer<typeof Quantity>;

export const IdList = z.array(Id);
