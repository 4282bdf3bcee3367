import { z } from 'zod';
import { Section } from './blocks.js';
import { Actor } from './entities/actors.js';
import { Claim } from './entities/claims.js';
import { Event } from './entities/events.js';
import { Figure } from './entities/figures.js';
import { Place } from './entities/places.js';
import { Rating } from './entities/ratings.js';
import { Source } from './entities/sources.js';
import { Threat } from './entities/threats.js';
import { Inline } from './inline.js';
import { CountryCode, EdtfDate, Id, LanguageTag, Text, Url } from './primitives.js';

export const FormatVersion = z
  .string()
  .regex(/^1\.\d+$/, { error: 'must be a supported format version: 1.x (this package writes 1.1)' })
  .meta({ id: 'FormatVersion', description: 'MAJOR.MINOR of the brief format; this schema reads 1.x.' });

export const Person = z
  .strictObject({ name: Text, affiliation: Text.optional(), url: Url.optional() })
  .meta({ id: 'Person' });

export const Organisation = z.strictObject({ name: Text, url: Url.optional() }).meta({ id: 'Organisation' });

export const Licence = z
  .strictObject({ name: Text, spdx: Text.optional(), url: Url.optional() })
  .meta({ id: 'Licence' });

export const Country = z.strictObject({ code: CountryCode, name: Text }).meta({ id: 'Country' });

export const BriefKind = z.enum(['country', 'thematic', 'crisis-update']).meta({ id: 'BriefKind' });

/** The canonical country-security brief. */
export const Brief = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: FormatVersion,
    id: Id,
    kind: BriefKind.optional(),
    country: Country,
    title: Text,
    subtitle: Text.optional(),
    series: Text.optional(),
    lede: Inline,
    published: EdtfDate,
    asOf: EdtfDate.optional(),
    language: LanguageTag,
    publisher: Organisation.optional(),
    authors: z.array(Person).optional(),
    licence: Licence.optional(),
    supersedes: Id.optional(),
    keywords: z.array(Text).optional(),
    sections: z.array(Section),
    actors: z.array(Actor).optional(),
    places: z.array(Place).optional(),
    events: z.array(Event).optional(),
    figures: z.array(Figure).optional(),
    ratings: z.array(Rating).optional(),
    claims: z.array(Claim).optional(),
    threats: z.array(Threat).optional(),
    sources: z.array(Source).optional(),
  })
  .meta({ id: 'Brief', title: 'Country security brief' });

export type Brief = z.infer<typeof Brief>;
export type Person = z.infer<typeof Person>;
export type Organisation = z.infer<typeof Organisation>;
export type Licence = z.infer<typeof Licence>;
export type Country = z.infer<typeof Country>;
export type BriefKind = z.infer<typeof BriefKind>;

/** The collections whose entries carry brief-unique ids, in a fixed order. */
export const ENTITY_COLLECTIONS = [
  'actors',
  'places',
  'events',
  'figures',
  'ratings',
  'claims',
  'threats',
  'sources',
] as const;
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];
