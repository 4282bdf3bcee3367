import { z } from 'zod';
import { EdtfDate, Id, IdList, Text } from '../primitives.js';

/** The scale a rating is on: numeric with a range and direction, or ordered categories. */
export const RatingScale = z
  .strictObject({
    name: Text,
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    direction: z.enum(['higher-is-better', 'lower-is-better']).optional(),
    categories: z.array(Text).optional(),
  })
  .meta({ id: 'RatingScale' });

/** A rater's rating of a subject on a scale: "Freedom House: consolidated authoritarian". */
export const Rating = z
  .strictObject({
    id: Id,
    rater: Id,
    subject: Id,
    scale: RatingScale,
    value: z.union([Text, z.number().finite()]),
    edition: Text.optional(),
    date: EdtfDate.optional(),
    sources: IdList.optional(),
  })
  .meta({ id: 'Rating' });
export type Rating = z.infer<typeof Rating>;
export type RatingScale = z.infer<typeof RatingScale>;
