import { z } from 'zod';
import { EdtfDate, Id, IdList, Quantity, Text } from '../primitives.js';

/**
 * One claimant's number for a contested quantity: "at least 500 civilians, according to the opposition".
 * A quantity reported differently by different claimants carries one estimate per claimant, so a reader
 * sees every figure next to who gives it. `id` lets another estimate of the same list name this one in
 * its `disputes`.
 */
export const Estimate = z
  .strictObject({
    id: Id.optional(),
    claimant: Id.optional(),
    quantity: Quantity,
    unit: Text.optional(),
    group: Text.optional(),
    date: EdtfDate.optional(),
    disputes: IdList.optional(),
    sources: IdList.optional(),
    note: Text.optional(),
  })
  .meta({
    id: 'Estimate',
    description:
      'An attributed number: who says it (claimant, an actor id), the quantity, unit and group, when, and which estimates of the same list it disputes.',
  });
export type Estimate = z.infer<typeof Estimate>;

/** Estimates of one quantity: at least one, each ideally attributed. */
export const Estimates = z.array(Estimate).min(1, { error: 'must list at least one estimate' });

/**
 * A figure or a casualty gives its number either as one `quantity` (`count` for a casualty) or as
 * `estimates` by several claimants, or both (a headline number and who disputes it). One of them must be
 * there; the JSON Schema says the same with `anyOf`.
 */
export function needsNumber(field: 'quantity' | 'count') {
  return {
    check: (value: { estimates?: unknown } & Record<string, unknown>) =>
      value[field] !== undefined || value.estimates !== undefined,
    error: `needs a ${field} or a list of estimates`,
    anyOf: [{ required: [field] }, { required: ['estimates'] }],
  };
}
