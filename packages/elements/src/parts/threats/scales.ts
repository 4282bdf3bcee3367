import type { Confidence, Likelihood, Threat, Trend } from '@briefkit/schema';
import { everyValue } from '../../shared/every-value.js';

/** ICD 203's likelihood words, lowest to highest: the position is what a scale graphic shows. */
export const LIKELIHOODS: readonly Likelihood[] = everyValue<Likelihood>()([
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even-chance',
  'likely',
  'very-likely',
  'almost-certain',
]);

export const CONFIDENCES: readonly Confidence[] = everyValue<Confidence>()(['low', 'moderate', 'high']);

export const TRENDS: readonly Trend[] = everyValue<Trend>()([
  'increasing',
  'stable',
  'decreasing',
  'unclear',
]);

/** Only values of the format are shown as judgments; anything else is left out rather than misread. */
export function known<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

export type ThreatGroup = 'internal' | 'external' | 'other';

/** Threats by scope, internal first, each group in the brief's order. Empty groups are dropped. */
export function groupThreats(threats: unknown): { group: ThreatGroup; threats: Threat[] }[] {
  const list = Array.isArray(threats)
    ? (threats as Threat[]).filter((t) => t && typeof t.id === 'string')
    : [];
  const groups: { group: ThreatGroup; threats: Threat[] }[] = [
    { group: 'internal', threats: list.filter((t) => t.scope === 'internal') },
    { group: 'external', threats: list.filter((t) => t.scope === 'external') },
    { group: 'other', threats: list.filter((t) => t.scope !== 'internal' && t.scope !== 'external') },
  ];
  return groups.filter((g) => g.threats.length > 0);
}
