import { z } from 'zod';
import { EdtfDate, Id, IdList, Quantity, Text } from '../primitives.js';

export const ClaimKind = z
  .enum(['designation', 'account', 'denial', 'allegation', 'statement', 'assessment', 'announcement'])
  .meta({ id: 'ClaimKind' });

/**
 * Who asserts what about whom, and when: a court's designation, an official account, a denial.
 * `disputes` names the claims this one contradicts, so a reader sees both sides attributed. A claim about
 * a number ("the ministry says 22 were killed") carries it as `quantity` with its `unit`.
 */
export const Claim = z
  .strictObject({
    id: Id,
    kind: ClaimKind,
    claimant: Id,
    subjects: IdList.optional(),
    text: Text,
    quote: Text.optional(),
    quantity: Quantity.optional(),
    unit: Text.optional(),
    date: EdtfDate.optional(),
    event: Id.optional(),
    disputes: IdList.optional(),
    sources: IdList.optional(),
  })
  .meta({ id: 'Claim' });
export type Claim = z.infer<typeof Claim>;
export type ClaimKind = z.infer<typeof ClaimKind>;
