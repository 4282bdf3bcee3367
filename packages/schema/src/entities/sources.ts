import { z } from 'zod';
import { CalendarDate, EdtfDate, Id, Text, Url } from '../primitives.js';

export const SourceKind = z
  .enum(['news', 'report', 'statement', 'legal', 'official-record', 'dataset', 'academic', 'other'])
  .meta({ id: 'SourceKind' });

/**
 * A cited source. `url` is optional; `linkUnknown: true` says honestly that the original link target is not
 * known (never invent one). `citedAs` keeps the words the original publication linked.
 */
export const Source = z
  .strictObject({
    id: Id,
    title: Text.optional(),
    citedAs: Text.optional(),
    kind: SourceKind.optional(),
    publisher: Text.optional(),
    authors: z.array(Text).optional(),
    url: Url.optional(),
    linkUnknown: z.boolean().optional(),
    date: EdtfDate.optional(),
    accessed: CalendarDate.optional(),
    note: Text.optional(),
  })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof Source>;
