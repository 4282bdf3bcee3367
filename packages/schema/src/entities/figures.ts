import { z } from 'zod';
import { EdtfDate, Id, IdList, Quantity, Text } from '../primitives.js';

/** A key number: what it counts, the quantity with its bounds, the unit, and when/where it applies. */
export const Figure = z
  .strictObject({
    id: Id,
    label: Text,
    quantity: Quantity,
    unit: Text.optional(),
    date: EdtfDate.optional(),
    subject: Id.optional(),
    place: Id.optional(),
    sources: IdList.optional(),
  })
  .meta({ id: 'Figure' });
export type Figure = z.infer<typeof Figure>;
