import { z } from 'zod';
import { CountryCode, Id, IdList, Text } from '../primitives.js';

export const ActorKind = z
  .enum([
    'person',
    'party',
    'government-body',
    'state',
    'armed-group',
    'international-organisation',
    'ngo',
    'media',
    'other',
  ])
  .meta({ id: 'ActorKind' });
export type ActorKind = z.infer<typeof ActorKind>;

/** Anyone who acts or speaks in a brief: people, parties, state bodies, states, armed groups, organisations. */
export const Actor = z
  .strictObject({
    id: Id,
    kind: ActorKind,
    name: Text,
    shortName: Text.optional(),
    aliases: z.array(Text).optional(),
    role: Text.optional(),
    country: CountryCode.optional(),
    memberOf: IdList.optional(),
    description: Text.optional(),
    sources: IdList.optional(),
  })
  .meta({ id: 'Actor' });
export type Actor = z.infer<typeof Actor>;
