import { z } from 'zod';
import { EdtfDate, Id, IdList, Quantity, Text } from '../primitives.js';
import { Estimates, needsNumber } from './estimates.js';

const number = needsNumber('quantity');

/**
 * A key number: what it counts, the quantity with its bounds (or the estimates of several claimants when
 * the number is contested), the unit, and when/where it applies.
 */
export const Figure = z
  .strictObject({
    id: Id,
    label: Text,
    quantity: Quantity.optional(),
    estimates: Estimates.optional(),
    unit: Text.optional(),
    date: EdtfDate.optional(),
    subject: Id.optional(),
    place: Id.optional(),
    sources: IdList.optional(),
  })
  .refine(number.check, { error: number.error })
  .meta({ id: 'Figure', anyOf: number.anyOf });
export type Figure = z.infer<typeof Figure>;
