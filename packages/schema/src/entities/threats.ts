import { z } from 'zod';
import { Id, IdList, Text } from '../primitives.js';

/** ICD 203 expressions of likelihood, lowest to highest. */
export const Likelihood = z
  .enum([
    'almost-no-chance',
    'very-unlikely',
    'unlikely',
    'roughly-even-chance',
    'likely',
    'very-likely',
    'almost-certain',
  ])
  .meta({ id: 'Likelihood' });

/** Analytic confidence, kept separate from likelihood (ICD 203). */
export const Confidence = z.enum(['low', 'moderate', 'high']).meta({ id: 'Confidence' });

export const Trend = z.enum(['increasing', 'stable', 'decreasing', 'unclear']).meta({ id: 'Trend' });

/** What an actor does about a threat: "Russia plans to send more personnel". */
export const Response = z
  .strictObject({ actor: Id, text: Text, events: IdList.optional(), sources: IdList.optional() })
  .meta({ id: 'Response' });

export const Threat = z
  .strictObject({
    id: Id,
    title: Text,
    scope: z.enum(['internal', 'external']),
    description: Text.optional(),
    actors: IdList.optional(),
    places: IdList.optional(),
    events: IdList.optional(),
    trend: Trend.optional(),
    likelihood: Likelihood.optional(),
    confidence: Confidence.optional(),
    responses: z.array(Response).optional(),
    sources: IdList.optional(),
  })
  .meta({ id: 'Threat' });
export type Threat = z.infer<typeof Threat>;
export type Likelihood = z.infer<typeof Likelihood>;
export type Confidence = z.infer<typeof Confidence>;
export type Trend = z.infer<typeof Trend>;
export type ThreatResponse = z.infer<typeof Response>;
