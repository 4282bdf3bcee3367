import { z } from 'zod';
import { CountryCode, Id, Text } from '../primitives.js';

export const Coordinates = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .meta({ id: 'Coordinates', description: 'WGS 84 latitude and longitude in decimal degrees.' });

export const PlaceKind = z
  .enum(['capital', 'city', 'town', 'region', 'country', 'border', 'site', 'other'])
  .meta({ id: 'PlaceKind' });

export const Place = z
  .strictObject({
    id: Id,
    name: Text,
    kind: PlaceKind.optional(),
    country: CountryCode.optional(),
    coordinates: Coordinates.optional(),
    aliases: z.array(Text).optional(),
    description: Text.optional(),
  })
  .meta({ id: 'Place' });
export type Place = z.infer<typeof Place>;
export type Coordinates = z.infer<typeof Coordinates>;
