import { z } from 'zod';
import { EdtfDate, Id, IdList, Quantity, Text } from '../primitives.js';
import { Estimates, needsNumber } from './estimates.js';

export const CasualtyOutcome = z
  .enum(['killed', 'injured', 'casualties', 'arrested', 'missing', 'displaced', 'departed', 'returned'])
  .meta({ id: 'CasualtyOutcome' });

const count = needsNumber('count');

/**
 * One group's toll: "9 police officers killed", "125 members arrested". A toll that claimants report
 * differently carries their `estimates` (each with its own group, if they name the dead differently).
 */
export const Casualty = z
  .strictObject({
    group: Text,
    actor: Id.optional(),
    outcome: CasualtyOutcome,
    count: Quantity.optional(),
    estimates: Estimates.optional(),
    sources: IdList.optional(),
  })
  .refine(count.check, { error: count.error })
  .meta({ id: 'Casualty', anyOf: count.anyOf });

export const EventKind = z
  .enum([
    'attack',
    'armed-clash',
    'military',
    'political',
    'legal',
    'election',
    'diplomatic',
    'statement',
    'other',
  ])
  .meta({ id: 'EventKind' });

export const Event = z
  .strictObject({
    id: Id,
    title: Text,
    date: EdtfDate,
    kind: EventKind.optional(),
    description: Text.optional(),
    places: IdList.optional(),
    actors: IdList.optional(),
    casualties: z.array(Casualty).optional(),
    claims: IdList.optional(),
    sources: IdList.optional(),
  })
  .meta({ id: 'Event' });
export type Event = z.infer<typeof Event>;
export type Casualty = z.infer<typeof Casualty>;
export type CasualtyOutcome = z.infer<typeof CasualtyOutcome>;
